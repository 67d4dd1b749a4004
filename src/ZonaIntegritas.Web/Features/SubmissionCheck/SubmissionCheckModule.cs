namespace ZonaIntegritas.Web.Features.SubmissionCheck;

public static class SubmissionCheckModule
{
    public static IServiceCollection AddSubmissionCheck(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<SubmissionCheckService>();
        services.AddOptions<SubmissionCheckOptions>().Bind(configuration.GetSection(SubmissionCheckOptions.Section));
        return services;
    }
}
