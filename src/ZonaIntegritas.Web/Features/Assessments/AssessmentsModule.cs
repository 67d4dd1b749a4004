using ZonaIntegritas.Web.Configuration;
using ZonaIntegritas.Web.Infrastructure.Authorization;

namespace ZonaIntegritas.Web.Features.Assessments;

public sealed class AssessmentsModule : IFeatureModule
{
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<AssessmentAccess>();
        services.AddScoped<AssessmentService>();
        services.AddScoped<AssessmentFreeze>();
        services.AddMemoryCache();
        services.AddScoped<AnswerCache>();
    }

    public IEnumerable<HomeWidget> HomeWidgets =>
        [new("AssessmentSummary", Permissions.ViewAssessments, 20)];

    public IEnumerable<NavItem> Navigation =>
        [new("Penilaian Mandiri (LKE)", "/Assessments", "bi-clipboard-check", Permissions.ViewAssessments, 30)];
}
