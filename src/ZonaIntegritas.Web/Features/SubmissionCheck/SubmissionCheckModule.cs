using ZonaIntegritas.Web.Configuration;

namespace ZonaIntegritas.Web.Features.SubmissionCheck;

public sealed class SubmissionCheckModule : IFeatureModule
{
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<SubmissionCheckService>();
        services.AddOptions<SubmissionCheckOptions>().Bind(configuration.GetSection(SubmissionCheckOptions.Section));
    }
}
