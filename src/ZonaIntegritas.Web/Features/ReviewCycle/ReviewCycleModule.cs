namespace ZonaIntegritas.Web.Features.ReviewCycle;

public static class ReviewCycleModule
{
    public static IServiceCollection AddReviewCycle(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ReviewCycleOptions>(configuration.GetSection(ReviewCycleOptions.Section));
        services.AddScoped<ReviewCycleService>();
        services.AddScoped<ReviewCycleRecipients>();
        services.AddScoped<ReviewCycleNotifier>();
        return services;
    }
}
