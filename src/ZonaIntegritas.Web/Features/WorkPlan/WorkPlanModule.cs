using ZonaIntegritas.Web.Configuration;
using ZonaIntegritas.Web.Infrastructure.Authorization;

namespace ZonaIntegritas.Web.Features.WorkPlan;

public sealed class WorkPlanModule : IFeatureModule
{
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<WorkPlanService>();
        services.AddScoped<WorkPlanAccess>();
        services.AddScoped<WorkPlanExcel>();
        // Replaced at merge by an implementation over the evidence library's tables.
        services.AddScoped<IEvidenceLookup, EvidenceLibraryLookup>();
    }

    public IEnumerable<HomeWidget> HomeWidgets => [new("WorkPlanSummary", Permissions.ViewWorkPlan, 40)];

    public IEnumerable<NavItem> Navigation => [new("Rencana Kerja", "/WorkPlan", "bi-calendar3", Permissions.ViewWorkPlan, 32, "Pembangunan ZI")];
}
