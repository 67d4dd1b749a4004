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
        services.AddNavItem(new("Kesiapan ZI", "/kesiapan", "bi-speedometer2", Permissions.ViewDashboard, 5));
        return services;
    }
}
