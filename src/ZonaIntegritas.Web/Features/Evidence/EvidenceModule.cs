using ZonaIntegritas.Web.Configuration;
using ZonaIntegritas.Web.Infrastructure.Authorization;

namespace ZonaIntegritas.Web.Features.Evidence;

public static class EvidenceModule
{
    public static IServiceCollection AddEvidence(this IServiceCollection services)
    {
        services.AddScoped<EvidenceAccess>();
        services.AddScoped<EvidenceCatalog>();
        services.AddScoped<EvidenceService>();
        services.AddScoped<EvidenceListService>();
        services.AddScoped<EvidenceUploadService>();
        services.AddScoped<EvidenceFileService>();
        services.AddScoped<EvidenceReviewService>();
        services.AddScoped<EvidenceExportService>();
        services.AddScoped<EvidenceSummaryService>();
        services.AddScoped<EvidenceCarryOverService>();
        services.AddScoped<Assessments.IAssessmentCreatedHandler, EvidenceYearPreparation>();
        services.AddStartupTask<EvidenceDemoSeeder>();
        services.AddNavItem(NavItem.ToAction("Eviden", "Evidence", nameof(EvidenceController.Index), "bi-folder2-open", Permissions.ViewEvidence, 30));
        services.AddWorksheetPanel(new("QuestionEvidence", 10));
        return services;
    }
}
