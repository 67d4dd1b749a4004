using Microsoft.Extensions.DependencyInjection.Extensions;
using ZonaIntegritas.Web.Configuration;
using ZonaIntegritas.Web.Features.PactCampaigns;
using ZonaIntegritas.Web.Features.PactEvidence;
using ZonaIntegritas.Web.Features.PactExports;
using ZonaIntegritas.Web.Features.PactSignatures;
using ZonaIntegritas.Web.Features.PactSigning;
using ZonaIntegritas.Web.Features.PactTemplates;
using ZonaIntegritas.Web.Features.PactVerification;
using ZonaIntegritas.Web.Infrastructure.Authorization;

namespace ZonaIntegritas.Web.Features.Pacts;

/// <summary>
/// Pakta Integritas: templates, campaigns, signing (electronic and paper), signed PDFs, public verification,
/// coverage with reminders and exports, and filing as LKE evidence. See docs/integrity-pacts.md.
/// </summary>
public static class PactsModule
{
    private const string Group = "Pakta Integritas";

    /// <summary>
    /// The services of every pact feature folder (PactTemplates, PactCampaigns, PactSigning, PactSignatures,
    /// PactVerification, PactEvidence, PactExports) and the shared ones here; mail (MailSetup) and the verification
    /// rate limit (RateLimitSetup) are app-wide and registered there.
    /// </summary>
    public static IServiceCollection AddPacts(this IServiceCollection services)
    {
        services.AddOptions<PactOptions>().BindConfiguration(PactOptions.Section);
        services.TryAddSingleton<IPactFileStore, LocalPactFileStore>();
        services.AddScoped<IPactEvidenceFiler, EvidenceLibraryPactFiler>();

        services.AddScoped<PactAccess>();
        services.AddScoped<PactLinks>();
        services.AddScoped<PactParticipantService>();
        services.AddScoped<PactDocumentFactory>();
        services.AddScoped<PactCampaignDocuments>();
        services.AddScoped<PactTemplateService>();
        services.AddScoped<PactCampaignService>();
        services.AddScoped<PactReminderService>();
        services.AddScoped<PactSigningService>();
        services.AddScoped<PactSignatureService>();
        services.AddScoped<PactPaperService>();
        services.AddScoped<PactVerificationService>();
        services.AddScoped<PactEvidenceService>();

        services.AddStartupTask<DefaultPactTemplateSeeder>();
        services.AddStartupTask<PactDemoData>();

        services.AddNavItem(NavItem.ToAction("Pakta Saya", "PactSigning", nameof(PactSigningController.Index), "bi-pen", Permissions.SignPacts, 300, Group));
        services.AddNavItem(NavItem.ToAction("Kampanye Pakta", "PactCampaigns", nameof(PactCampaignsController.Index), "bi-clipboard-check", Permissions.ViewPactCoverage, 301, Group));
        services.AddNavItem(NavItem.ToAction("Teks Pakta", "PactTemplates", nameof(PactTemplatesController.Index), "bi-file-earmark-text", Permissions.ManagePacts, 302, Group));
        services.AddHomeWidget(new("PendingPacts", Permissions.SignPacts, 10));
        return services;
    }
}
