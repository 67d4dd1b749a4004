using ZonaIntegritas.Web.Configuration;
using ZonaIntegritas.Web.Infrastructure.Authorization;

namespace ZonaIntegritas.Web.Features.Dashboard;

public sealed class DashboardModule : IFeatureModule
{
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<DashboardService>();
        services.AddScoped<DashboardDataLoader>();
        services.AddScoped<PlannerService>();
        services.AddScoped<ScoreSnapshotService>();
        services.AddScheduledJob<ScoreSnapshotJob>();
    }

    public IEnumerable<NavItem> Navigation => [new("Kesiapan ZI", "/kesiapan", "bi-speedometer2", Permissions.ViewDashboard, 5)];
}
