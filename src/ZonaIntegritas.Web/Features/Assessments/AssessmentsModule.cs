using ZonaIntegritas.Web.Configuration;
using ZonaIntegritas.Web.Infrastructure.Authorization;

namespace ZonaIntegritas.Web.Features.Assessments;

public static class AssessmentsModule
{
    public static IServiceCollection AddAssessments(this IServiceCollection services)
    {
        services.AddScoped<AssessmentAccess>();
        services.AddScoped<AssessmentService>();
        services.AddScoped<AssessmentFreeze>();
        services.AddMemoryCache();
        services.AddScoped<AnswerCache>();
        services.AddStartupTask<AssessmentDemoData>();
        services.AddHomeWidget(new("AssessmentSummary", Permissions.ViewAssessments, 20));
        services.AddNavItem(NavItem.ToAction("Penilaian Mandiri (LKE)", "Assessments", nameof(AssessmentsController.Index), "bi-clipboard-check", Permissions.ViewAssessments, 30));
        return services;
    }
}
