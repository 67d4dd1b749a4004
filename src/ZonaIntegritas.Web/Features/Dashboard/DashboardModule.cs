using ZonaIntegritas.Web.Configuration;
using ZonaIntegritas.Web.Infrastructure.Authorization;

namespace ZonaIntegritas.Web.Features.Dashboard;

public static class DashboardModule
{
    public static IServiceCollection AddDashboard(this IServiceCollection services)
    {
        services.AddScoped<DashboardService>();
        services.AddScoped<DashboardDataLoader>();
        services.AddScoped<PlannerService>();
        services.AddScoped<ScoreSnapshotService>();
        services.AddScheduledJob<ScoreSnapshotJob>();
        services.AddNavItem(NavItem.ToAction("Kesiapan ZI", "Dashboard", nameof(DashboardController.Index), "bi-speedometer2", Permissions.ViewDashboard, 5));
        return services;
    }
}
