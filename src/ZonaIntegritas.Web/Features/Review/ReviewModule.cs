using ZonaIntegritas.Web.Configuration;

namespace ZonaIntegritas.Web.Features.Review;

public sealed class ReviewModule : IFeatureModule
{
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<ReviewService>();
    }
}
