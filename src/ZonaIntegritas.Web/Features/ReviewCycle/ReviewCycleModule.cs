using ZonaIntegritas.Web.Configuration;

namespace ZonaIntegritas.Web.Features.ReviewCycle;

public sealed class ReviewCycleModule : IFeatureModule
{
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ReviewCycleOptions>(configuration.GetSection(ReviewCycleOptions.Section));
        services.AddScoped<ReviewCycleService>();
        services.AddScoped<ReviewCycleRecipients>();
        services.AddScoped<ReviewCycleNotifier>();
    }
}
