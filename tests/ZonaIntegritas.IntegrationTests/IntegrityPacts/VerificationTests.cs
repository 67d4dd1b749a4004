using System.Net;
using Microsoft.EntityFrameworkCore;
using ZonaIntegritas.IntegrationTests.Infrastructure;
using ZonaIntegritas.Web.Domain.IntegrityPacts;

namespace ZonaIntegritas.IntegrationTests.IntegrityPacts;

[Collection(PactsAndDashboardDemoPortalCollection.Name)]
public class VerificationTests(DemoPortal demo)
{
    private readonly PortalFactory factory = demo.For(typeof(VerificationTests));

    private Task<PactSignature> DemoSignatureAsync(int skip = 0) =>
        factory.WithDbAsync(db => db.Set<PactSignature>().Include(s => s.Campaign).OrderBy(s => s.Id).Skip(skip).FirstAsync());

    [Fact]
    public async Task A_valid_code_shows_name_jabatan_unit_campaign_and_date_without_sign_in_and_leaks_no_nip()
    {
        var signature = await DemoSignatureAsync();
        signature.SignerNip.ShouldNotBeNullOrEmpty();
        var anonymous = new PortalClient(factory);

        var response = await anonymous.Http.GetAsync($"/verifikasi/{signature.VerificationCode}");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        var page = await PortalClient.ParseAsync(response);
        page.QuerySelector("[data-testid=verification-status]")!.GetAttribute("data-status").ShouldBe("valid");
        var details = page.QuerySelector("[data-testid=verification-details]")!.TextContent;
        details.ShouldContain(signature.SignerName);
        details.ShouldContain(signature.SignerPosition!);
        details.ShouldContain(signature.SignerUnitName);
        details.ShouldContain(signature.Campaign!.Title);
        details.ShouldContain(Web.Infrastructure.Web.Fmt.Date(signature.SignedOn));
        html.ShouldNotContain(signature.SignerNip!);
        // The label, in the text a visitor reads (asset URLs carry content hashes that may spell anything).
        page.Body!.TextContent.ShouldNotContain("NIP");
        html.ShouldNotContain(signature.Ip!);
        html.ShouldNotContain(signature.TextSha256);
    }

    [Fact]
    public async Task Codes_are_read_case_insensitively_and_with_dashes()
    {
        var signature = await DemoSignatureAsync(1);
        var code = signature.VerificationCode;
        var messy = $"{code[..8].ToLowerInvariant()}-{code[8..16]}-{code[16..]}";

        var page = await new PortalClient(factory).GetDocumentAsync($"/verifikasi/{messy}");

        page.QuerySelector("[data-testid=verification-status]")!.GetAttribute("data-status").ShouldBe("valid");
    }

    [Fact]
    public async Task An_unknown_code_shows_not_found()
    {
        var anonymous = new PortalClient(factory);
        foreach (var code in new[] { new string('A', 32), "bukan-kode", "0" })
        {
            var response = await anonymous.Http.GetAsync($"/verifikasi/{code}");
            response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
            var page = await PortalClient.ParseAsync(response);
            page.QuerySelector("[data-testid=verification-status]")!.GetAttribute("data-status").ShouldBe("not-found");
            page.QuerySelector("[data-testid=verification-status]")!.TextContent.ShouldContain("Tidak ditemukan");
            page.QuerySelector("[data-testid=verification-details]").ShouldBeNull();
        }
    }

    [Fact]
    public async Task A_voided_signature_shows_as_voided_and_only_an_administrator_can_void()
    {
        var signature = await DemoSignatureAsync(2);
        var ketua = await PortalClient.SignedInAsync(factory, "ketua@zi.demo");
        var details = await ketua.GetDocumentAsync($"/pakta/tandatangan/{signature.Id}");
        details.QuerySelector("form[action$='/batalkan']").ShouldBeNull("only an Administrator sees the void form");
        var admin = await PortalClient.SignedInAsync(factory, "admin@zi.demo");
        var form = await admin.GetFormAsync($"/pakta/tandatangan/{signature.Id}", "form[action$='/batalkan']");
        // The server refuses the Ketua Tim even with a valid form.
        var ketuaForm = form with { Fields = form.Fields.Where(f => f.Key != "__RequestVerificationToken").Concat(details.QuerySelectorAll("input[name=__RequestVerificationToken]").Take(1).Select(i => new KeyValuePair<string, string>("__RequestVerificationToken", i.GetAttribute("value")!))).ToList() };
        (await ketua.PostFormAsync(ketuaForm, new() { ["Reason"] = "Tanda tangan keliru, pegawai salah akun." })).ShouldBeDenied();

        var tooShort = await admin.PostFormAsync(form, new() { ["Reason"] = "salah" });
        (await PortalClient.ParseAsync(tooShort)).QuerySelector("[data-testid=validation-summary]")!.TextContent.ShouldContain("minimal 10 karakter");

        var voided = await admin.PostFormAsync(form, new() { ["Reason"] = "Ditandatangani dengan akun orang lain." });
        voided.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var stored = await factory.WithDbAsync(db => db.Set<PactSignature>().SingleAsync(s => s.Id == signature.Id));
        stored.VoidReason.ShouldBe("Ditandatangani dengan akun orang lain.");
        stored.VoidedAtUtc.ShouldNotBeNull();
        stored.VoidedByUserId.ShouldNotBeNull();
        var page = await new PortalClient(factory).GetDocumentAsync($"/verifikasi/{signature.VerificationCode}");
        page.QuerySelector("[data-testid=verification-status]")!.GetAttribute("data-status").ShouldBe("voided");
        page.QuerySelector("[data-testid=verification-status]")!.TextContent.ShouldContain("Dibatalkan");
        page.Body!.TextContent.ShouldNotContain("akun orang lain", customMessage: "the void reason stays internal");
        (await admin.GetDocumentAsync($"/pakta/tandatangan/{signature.Id}")).QuerySelector("[data-testid=signature-voided]")!.TextContent
            .ShouldContain("Ditandatangani dengan akun orang lain.");

        var pdf = await admin.Http.GetAsync($"/pakta/tandatangan/{signature.Id}/pdf");
        PactTestData.PdfText(await pdf.Content.ReadAsByteArrayAsync()).ShouldContain("DIBATALKAN");
    }

    [Fact]
    public async Task A_voided_signer_may_sign_again_while_the_campaign_is_open()
    {
        var campaignId = await PactTestData.CreateCampaignAsync(factory, "Pakta tanda tangan ulang");
        var name = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == "anggota@zi.demo").Select(u => u.FullName).SingleAsync());
        var anggota = await PortalClient.SignedInAsync(factory, "anggota@zi.demo");
        var fields = new Dictionary<string, string> { ["TypedName"] = name, ["Consent"] = "true" };
        (await anggota.PostFormAsync(await anggota.GetFormAsync($"/pakta/saya/{campaignId}", "#pact-sign-form"), fields)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var first = await factory.WithDbAsync(db => db.Set<PactSignature>().SingleAsync(s => s.CampaignId == campaignId));
        var admin = await PortalClient.SignedInAsync(factory, "admin@zi.demo");
        await admin.PostFormAsync(await admin.GetFormAsync($"/pakta/tandatangan/{first.Id}", "form[action$='/batalkan']"), new() { ["Reason"] = "Data jabatan salah saat menandatangani." });

        (await anggota.PostFormAsync(await anggota.GetFormAsync($"/pakta/saya/{campaignId}", "#pact-sign-form"), fields)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var all = await factory.WithDbAsync(db => db.Set<PactSignature>().Where(s => s.CampaignId == campaignId).ToListAsync());
        all.Count.ShouldBe(2);
        all.Count(s => s.VoidedAtUtc == null).ShouldBe(1);
    }

    [Fact]
    public async Task A_pegawai_cannot_download_someone_elses_pact()
    {
        var signature = await DemoSignatureAsync();
        var pegawai = await PortalClient.SignedInAsync(factory, "pegawai@zi.demo");

        (await pegawai.Http.GetAsync($"/pakta/tandatangan/{signature.Id}/pdf")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await pegawai.Http.GetAsync($"/pakta/tandatangan/{signature.Id}")).ShouldBeDenied();
    }
}

/// <summary>A portal whose verification page allows three requests per minute.</summary>
public sealed class RateLimitedPortalFactory : PortalFactory
{
    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["Pakta:VerificationRequestsPerMinute"] = "3" };
}

public class VerificationRateLimitTests(RateLimitedPortalFactory factory) : IClassFixture<RateLimitedPortalFactory>
{
    [Fact]
    public async Task The_verification_page_is_rate_limited()
    {
        var client = new PortalClient(factory);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            statuses.Add((await client.Http.GetAsync($"/verifikasi/{new string('B', 32)}")).StatusCode);
        }

        statuses.Take(3).ShouldAllBe(s => s == HttpStatusCode.NotFound);
        statuses.Skip(3).ShouldAllBe(s => s == HttpStatusCode.TooManyRequests);
        var limited = await client.Http.GetAsync($"/verifikasi/{new string('B', 32)}");
        (await limited.Content.ReadAsStringAsync()).ShouldContain("Terlalu banyak permintaan");
        (await client.Http.GetAsync("/health")).StatusCode.ShouldBe(HttpStatusCode.OK, "other pages are not limited");
    }
}
