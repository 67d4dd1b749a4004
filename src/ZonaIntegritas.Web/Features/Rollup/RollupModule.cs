using ZonaIntegritas.Web.Configuration;
using ZonaIntegritas.Web.Infrastructure.Authorization;

namespace ZonaIntegritas.Web.Features.Rollup;

public sealed class RollupModule : IFeatureModule
{
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<RollupService>();
    }

    public IEnumerable<NavItem> Navigation => [new("Rekap Unit", "/rekap", "bi-diagram-3", Permissions.ViewRollup, 6)];
}
