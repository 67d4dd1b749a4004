using ZonaIntegritas.Web.Configuration;
using ZonaIntegritas.Web.Infrastructure.Authorization;

namespace ZonaIntegritas.Web.Features.WorkPlans;

public static class WorkPlanModule
{
    public static IServiceCollection AddWorkPlan(this IServiceCollection services)
    {
        services.AddScoped<WorkPlanService>();
        services.AddScoped<WorkPlanAccess>();
        services.AddScoped<WorkPlanExcel>();
        // Replaced at merge by an implementation over the evidence library's tables.
        services.AddScoped<IEvidenceLookup, EvidenceLibraryLookup>();
        services.AddHomeWidget(new("WorkPlanSummary", Permissions.ViewWorkPlan, 40));
        services.AddNavItem(NavItem.ToAction("Rencana Kerja", "WorkPlans", nameof(WorkPlansController.Index), "bi-calendar3", Permissions.ViewWorkPlan, 32, "Pembangunan ZI"));
        return services;
    }
}
