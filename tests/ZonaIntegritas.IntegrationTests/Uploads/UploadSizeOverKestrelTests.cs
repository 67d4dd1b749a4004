using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using ZonaIntegritas.IntegrationTests.Evidence;
using ZonaIntegritas.IntegrationTests.Infrastructure;
using ZonaIntegritas.IntegrationTests.IntegrityPacts;
using ZonaIntegritas.IntegrationTests.Rosters;
using ZonaIntegritas.Web.Domain.IntegrityPacts;
using ZonaIntegritas.Web.Domain.Teams;

namespace ZonaIntegritas.IntegrationTests.Uploads;

/// <summary>
/// Over real Kestrel sockets with the default limits (scans 20 MB, drawn signatures 200 KB): files bigger than the
/// old 30 MB body limit or the old 512 KB form-value limit reach the file intake and get its size message, not a
/// bare 400/413 (issue 17 item 4).
/// </summary>
public class UploadSizeOverKestrelTests(KestrelPortalFactory factory) : IClassFixture<KestrelPortalFactory>
{
    private async Task<PortalClient> SignedInAsync(string email)
    {
        var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() })
        {
            BaseAddress = factory.BaseAddress,
            Timeout = TimeSpan.FromMinutes(5),
        };
        var client = new PortalClient(http);
        (await client.SignInAsync(email, PortalClient.DemoPassword)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return client;
    }

    [Fact]
    public async Task A_35_MB_decree_scan_gets_the_size_message()
    {
        var client = await SignedInAsync("ketua@zi.demo");
        var form = await client.GetFormAsync("/tim/sk?year=2035", "[data-testid=decree-form]");
        var scan = new byte[35 * 1024 * 1024];
        "%PDF-1.4\n"u8.CopyTo(scan);

        var response = await client.PostMultipartAsync(form, new()
        {
            ["Number"] = "B-35/Kk.13.24/2035",
            ["DecreeDate"] = "2035-01-03",
            ["SignedBy"] = "Kepala Kantor",
        }, "Scan", scan, "sk-35mb.pdf", "application/pdf");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await PortalClient.ParseAsync(response)).QuerySelector("[data-testid=validation-summary]")!.TextContent
            .ShouldContain("Ukuran berkas melebihi batas 20 MB per berkas.");
        (await factory.WithDbAsync(db => db.Set<TeamDecree>().AnyAsync(d => d.Year == 2035))).ShouldBeFalse();
    }

    [Fact]
    public async Task A_600_KB_drawn_signature_gets_the_size_message()
    {
        var campaignId = await PactTestData.CreateCampaignAsync(factory, "Pakta tanda tangan besar");
        var client = await SignedInAsync("anggota@zi.demo");
        var form = await client.GetFormAsync($"/pakta/saya/{campaignId}", "#pact-sign-form");
        var name = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == "anggota@zi.demo").Select(u => u.FullName).SingleAsync());
        var png = new byte[600 * 1024];
        new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }.CopyTo(png, 0);

        var response = await client.PostFormAsync(form, new()
        {
            ["TypedName"] = name,
            ["Consent"] = "true",
            ["DrawnSignature"] = "data:image/png;base64," + Convert.ToBase64String(png),
        });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await PortalClient.ParseAsync(response)).QuerySelector("[data-testid=validation-summary]")!.TextContent
            .ShouldContain("Ukuran berkas melebihi batas 200 KB per berkas.");
        (await factory.WithDbAsync(db => db.Set<PactSignature>().AnyAsync(s => s.CampaignId == campaignId))).ShouldBeFalse();
    }
}
