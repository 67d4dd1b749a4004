using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using ZonaIntegritas.Web.Configuration;
using ZonaIntegritas.Web.Features.IntegrityPacts.Campaigns;
using ZonaIntegritas.Web.Features.IntegrityPacts.Common;
using ZonaIntegritas.Web.Features.IntegrityPacts.Evidence;
using ZonaIntegritas.Web.Features.IntegrityPacts.Exports;
using ZonaIntegritas.Web.Features.IntegrityPacts.Signatures;
using ZonaIntegritas.Web.Features.IntegrityPacts.Signing;
using ZonaIntegritas.Web.Features.IntegrityPacts.Templates;
using ZonaIntegritas.Web.Features.IntegrityPacts.Verification;
using ZonaIntegritas.Web.Infrastructure.Authorization;
using ZonaIntegritas.Web.Infrastructure.Mail;

namespace ZonaIntegritas.Web.Features.IntegrityPacts;

/// <summary>
/// Pakta Integritas: templates, campaigns, signing (electronic and paper), signed PDFs, public verification,
/// coverage with reminders and exports, and filing as LKE evidence. See docs/integrity-pacts.md.
/// </summary>
public sealed class IntegrityPactsModule : IFeatureModule
{
    private const string Group = "Pakta Integritas";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PactOptions>().BindConfiguration(PactOptions.Section);
        services.AddOptions<SmtpOptions>().BindConfiguration(SmtpOptions.Section);
        services.TryAddSingleton<IMailSender, SmtpMailSender>();
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


        services.Configure<RazorViewEngineOptions>(o => o.ViewLocationExpanders.Add(new ControllerFolderViewLocationExpander()));

        // The public verification page is rate limited per client address (RateLimitSetup answers refusals).
        services.AddPerAddressLimit(VerificationController.RateLimitPolicy,
            sp => sp.GetRequiredService<IOptions<PactOptions>>().Value.VerificationRequestsPerMinute,
            "Terlalu banyak permintaan verifikasi dari alamat Anda. Coba lagi dalam satu menit.");
    }

    public IEnumerable<NavItem> Navigation =>
    [
        new("Pakta Saya", "/pakta/saya", "bi-pen", Permissions.SignPacts, 300, Group),
        new("Kampanye Pakta", "/pakta/kampanye", "bi-clipboard-check", Permissions.ViewPactCoverage, 301, Group),
        new("Teks Pakta", "/pakta/templat", "bi-file-earmark-text", Permissions.ManagePacts, 302, Group),
    ];

    public IEnumerable<HomeWidget> HomeWidgets => [new("PendingPacts", Permissions.SignPacts, 10)];
}
