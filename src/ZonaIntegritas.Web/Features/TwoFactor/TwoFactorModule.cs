using ZonaIntegritas.Web.Configuration;

namespace ZonaIntegritas.Web.Features.TwoFactor;

public sealed class TwoFactorModule : IFeatureModule
{
    public void AddServices(IServiceCollection services, IConfiguration configuration) => services.AddScoped<TwoFactorService>();
}
