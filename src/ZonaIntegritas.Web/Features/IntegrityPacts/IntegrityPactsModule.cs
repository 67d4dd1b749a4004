using Microsoft.Extensions.DependencyInjection.Extensions;
using ZonaIntegritas.Web.Configuration;
using ZonaIntegritas.Web.Features.IntegrityPacts.Campaigns;
using ZonaIntegritas.Web.Features.IntegrityPacts.Common;
using ZonaIntegritas.Web.Features.IntegrityPacts.Demo;
using ZonaIntegritas.Web.Features.IntegrityPacts.Evidence;
using ZonaIntegritas.Web.Features.IntegrityPacts.Exports;
using ZonaIntegritas.Web.Features.IntegrityPacts.Signatures;
using ZonaIntegritas.Web.Features.IntegrityPacts.Signing;
using ZonaIntegritas.Web.Features.IntegrityPacts.Templates;
using ZonaIntegritas.Web.Features.IntegrityPacts.Verification;
using ZonaIntegritas.Web.Infrastructure.Authorization;

namespace ZonaIntegritas.Web.Features.IntegrityPacts;

/// <summary>
/// Pakta Integritas: templates, campaigns, signing (electronic and paper), signed PDFs, public verification,
/// coverage with reminders and exports, and filing as LKE evidence. See docs/integrity-pacts.md.
/// </summary>
public static class IntegrityPactsModule
{
    private const string Group = "Pakta Integritas";

    /// <summary>The pact services; mail (MailSetup), the verification rate limit (RateLimitSetup) and the view
    /// location expander (MvcSetup) are app-wide and registered there.</summary>
    public static IServiceCollection AddIntegrityPacts(this IServiceCollection services)
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

        services.AddNavItem(new("Pakta Saya", "/pakta/saya", "bi-pen", Permissions.SignPacts, 300, Group));
        services.AddNavItem(new("Kampanye Pakta", "/pakta/kampanye", "bi-clipboard-check", Permissions.ViewPactCoverage, 301, Group));
        services.AddNavItem(new("Teks Pakta", "/pakta/templat", "bi-file-earmark-text", Permissions.ManagePacts, 302, Group));
        services.AddHomeWidget(new("PendingPacts", Permissions.SignPacts, 10));
        return services;
    }
}
