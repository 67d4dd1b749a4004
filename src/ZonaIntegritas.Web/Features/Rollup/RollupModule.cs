using ZonaIntegritas.Web.Configuration;
using ZonaIntegritas.Web.Infrastructure.Authorization;

namespace ZonaIntegritas.Web.Features.Rollup;

public static class RollupModule
{
    public static IServiceCollection AddRollup(this IServiceCollection services)
    {
        services.AddScoped<RollupService>();
        services.AddStartupTask<RollupDemoData>();
        services.AddNavItem(NavItem.ToAction("Rekap Unit", "Rollup", nameof(RollupController.Index), "bi-diagram-3", Permissions.ViewRollup, 6));
        return services;
    }
}
