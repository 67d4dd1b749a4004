using ZonaIntegritas.Web.Configuration;
using ZonaIntegritas.Web.Infrastructure.Authorization;

namespace ZonaIntegritas.Web.Features.Rollup;

public static class RollupModule
{
    public static IServiceCollection AddRollup(this IServiceCollection services)
    {
        services.AddScoped<RollupService>();
        services.AddStartupTask<RollupDemoData>();
        services.AddNavItem(new("Rekap Unit", "/rekap", "bi-diagram-3", Permissions.ViewRollup, 6));
        return services;
    }
}
