using System.Net;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ZonaIntegritas.IntegrationTests.Evidence;
using ZonaIntegritas.IntegrationTests.Infrastructure;
using ZonaIntegritas.IntegrationTests.Worksheet;
using ZonaIntegritas.Web.Domain.IntegrityPacts;
using ZonaIntegritas.Web.Domain.Teams;
using ZonaIntegritas.Web.Domain.Users;
using ZonaIntegritas.Web.Infrastructure.Authorization;

namespace ZonaIntegritas.IntegrationTests.CrossFeature;

public sealed class SuperAdminPortalFactory : PortalFactory
{
    public const string OperatorEmail = "operator.kanwil@zi.demo";

    protected override IDictionary<string, string?> ExtraSettings =>
        new Dictionary<string, string?> { ["Security:SuperAdminEmails"] = OperatorEmail };
}

/// <summary>
/// Issue 18 item 5: an Administrator acts only within his unit's subtree; the Super Admin (granted from
/// Security:SuperAdminEmails) reaches every unit. Both accounts sit in KUA Klojen; the data belongs to the office above it.
/// </summary>
public class AdministratorScopeTests(SuperAdminPortalFactory factory) : IClassFixture<SuperAdminPortalFactory>
{
    private const string KuaAdmin = "admin.klojen@zi.demo";
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

    [Fact]
    public async Task Administrator_of_a_sub_unit_is_refused_the_office_evidence_worksheet_pact_pdf_and_decree_scan()
    {
        var urls = await OfficeUrlsAsync();
        var admin = await SignedInAsync(KuaAdmin, Roles.Administrator);
        foreach (var url in urls)
        {
            var response = await admin.Http.GetAsync(url);
            response.StatusCode.ShouldBeOneOf([HttpStatusCode.Forbidden, HttpStatusCode.NotFound], url);
        }
    }

    [Fact]
    public async Task Super_Admin_reaches_the_office_evidence_worksheet_pact_pdf_and_decree_scan()
    {
        var urls = await OfficeUrlsAsync();
        var superAdmin = await SignedInAsync(SuperAdminPortalFactory.OperatorEmail, null);
        foreach (var url in urls)
        {
            var response = await superAdmin.Http.GetAsync(url);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, url);
        }
        // Every unit reached outside his own subtree is an event in the (hash-chained) audit log.
        var operatorId = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == SuperAdminPortalFactory.OperatorEmail).Select(u => u.Id).SingleAsync());
        var events = await factory.WithDbAsync(db => db.Set<ZonaIntegritas.Web.Domain.Audit.AuditEntry>()
            .Where(e => e.EntityType == ZonaIntegritas.Web.Infrastructure.Audit.AuditEvents.SuperAdminAccess && e.UserId == operatorId).ToListAsync());
        events.ShouldNotBeEmpty();
        events.ShouldAllBe(e => e.UnitId != null && e.Changes.Contains("Path"));
    }

    [Fact]
    public async Task Super_Admin_role_follows_the_configuration_only()
    {
        await SignedInAsync(SuperAdminPortalFactory.OperatorEmail, null);
        var holders = await factory.WithScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<AppUser>>();
            var demoAdmin = await users.FindByEmailAsync("admin@zi.demo");
            await users.AddToRoleAsync(demoAdmin!, Roles.SuperAdmin);
            await ActivatorUtilities.CreateInstance<SuperAdminGrant>(sp).RunAsync(sp, CancellationToken.None);
            return (await users.GetUsersInRoleAsync(Roles.SuperAdmin)).Select(u => u.Email).ToList();
        });
        holders.ShouldBe([SuperAdminPortalFactory.OperatorEmail]);
    }

    private async Task<List<string>> OfficeUrlsAsync()
    {
        var office = await EvidenceTestData.OfficeIdAsync(factory);
        var ketua = await EvidenceClient.SignedInAsync(factory, "ketua@zi.demo");
        var upload = await ketua.UploadAsync(EvidenceTestData.Pdf("lingkup"), "lingkup.pdf", office, "PPA1A");
        upload.Status.ShouldBe(HttpStatusCode.OK, upload.Body.Message);
        var assessmentId = await WorksheetTestKit.DemoAssessmentIdAsync(factory);
        var signatureId = await factory.WithDbAsync(db => db.Set<PactSignature>().Where(s => s.SignerUnitId == office).Select(s => s.Id).FirstAsync());

        var decreeId = await factory.WithDbAsync(db => db.Set<TeamDecree>().Where(d => d.UnitId == office && d.Scan != null).Select(d => (int?)d.Id).FirstOrDefaultAsync());
        if (decreeId is null)
        {
            var client = await PortalClient.SignedInAsync(factory, "ketua@zi.demo");
            var form = await client.GetFormAsync("/tim/sk?year=2029", "[data-testid=decree-form]");
            var saved = await client.PostMultipartAsync(form, "Scan", "sk tim.pdf", Pdf, "application/pdf", new()
            {
                ["Number"] = "B-99/Kk.13.24/2029",
                ["DecreeDate"] = "2029-01-03",
                ["SignedBy"] = "Kepala Kantor",
                ["SelectionMechanism"] = "Rapat pemilihan",
            });
            saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            decreeId = await factory.WithDbAsync(db => db.Set<TeamDecree>().Where(d => d.UnitId == office && d.Year == 2029).Select(d => d.Id).SingleAsync());
        }
        return
        [
            $"/eviden/berkas/unduh/{upload.Body.Id}",
            $"/eviden/{upload.Body.Id}",
            $"/lembar-kerja/{assessmentId}",
            $"/pakta/tandatangan/{signatureId}/pdf",
            $"/tim/pindaian/{decreeId}",
        ];
    }

    /// <summary>Creates the account in KUA Klojen once; a null role means "only what configuration grants" (the Super Admin).</summary>
    private async Task<PortalClient> SignedInAsync(string email, string? role)
    {
        await factory.WithScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<AppUser>>();
            if (await users.FindByEmailAsync(email) is null)
            {
                var kua = await sp.GetRequiredService<Web.Infrastructure.Data.AppDbContext>().Units.Where(u => u.Code == "KUA-KLOJEN").Select(u => u.Id).SingleAsync();
                var user = new AppUser { UserName = email, Email = email, FullName = "Uji " + email, UnitId = kua };
                (await users.CreateAsync(user, PortalClient.DemoPassword)).Succeeded.ShouldBeTrue();
                if (role is not null)
                {
                    await users.AddToRoleAsync(user, role);
                }
            }
            await ActivatorUtilities.CreateInstance<SuperAdminGrant>(sp).RunAsync(sp, CancellationToken.None);
            return 0;
        });
        return await PortalClient.SignedInAsync(factory, email);
    }
}
