using ZonaIntegritas.Web.Configuration;
using ZonaIntegritas.Web.Infrastructure.Authorization;

namespace ZonaIntegritas.Web.Features.Evidence;

public sealed class EvidenceModule : IFeatureModule
{
    public void AddServices(IServiceCollection services, IConfiguration configuration)
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
    }

    public IEnumerable<NavItem> Navigation => [new("Eviden", "/Evidence", "bi-folder2-open", Permissions.ViewEvidence, 30)];

    public IEnumerable<WorksheetPanel> WorksheetPanels => [new("QuestionEvidence", 10)];
}
