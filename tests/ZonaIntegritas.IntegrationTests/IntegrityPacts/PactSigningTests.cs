using System.Net;
using Microsoft.EntityFrameworkCore;
using ZonaIntegritas.IntegrationTests.Infrastructure;
using ZonaIntegritas.Web.Domain.IntegrityPacts;

namespace ZonaIntegritas.IntegrationTests.IntegrityPacts;

[Collection(PactsAndDashboardDemoPortalCollection.Name)]
public class PactSigningTests(DemoPortal demo)
{
    private readonly PortalFactory factory = demo.For(typeof(PactSigningTests));

    private static Dictionary<string, string> SignFields(string typedName, string? drawing = PactTestData.TinyPngDataUrl, bool consent = true)
    {
        var fields = new Dictionary<string, string> { ["TypedName"] = typedName };
        if (consent)
        {
            fields["Consent"] = "true";
        }
        if (drawing is not null)
        {
            fields["DrawnSignature"] = drawing;
        }
        return fields;
    }

    private static async Task<string> FullNameAsync(PortalFactory factory, string email) =>
        await factory.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.FullName).SingleAsync());

    [Fact]
    public async Task Pegawai_sees_the_demo_pact_waiting_on_the_home_page_and_in_my_pacts()
    {
        var campaignId = await PactTestData.DemoCampaignIdAsync(factory);
        var client = await PortalClient.SignedInAsync(factory, "pegawai@zi.demo");

        var home = await client.GetDocumentAsync("/");
        var widget = home.QuerySelector("[data-testid=pending-pacts-widget]");
        widget.ShouldNotBeNull();
        widget.TextContent.ShouldContain("Pakta menunggu tanda tangan Anda");
        widget.QuerySelector($"[data-pending-pact='{campaignId}']").ShouldNotBeNull();

        var mine = await client.GetDocumentAsync("/pakta/saya");
        mine.QuerySelector($"[data-pending-pact='{campaignId}']").ShouldNotBeNull();
    }

    [Fact]
    public async Task The_signing_page_renders_the_text_with_the_signers_name_nip_jabatan_unit_place_and_date()
    {
        var campaignId = await PactTestData.CreateCampaignAsync(factory, "Pakta halaman tanda tangan");
        var staffId = await PactTestData.StaffIdOfAsync(factory, "anggota@zi.demo");
        var staff = await factory.WithDbAsync(db => db.Staff.Include(s => s.Unit).SingleAsync(s => s.Id == staffId));
        var client = await PortalClient.SignedInAsync(factory, "anggota@zi.demo");

        var page = await client.GetDocumentAsync($"/pakta/saya/{campaignId}");
        var text = page.QuerySelector("[data-testid=pact-text]")!.TextContent;
        text.ShouldContain(staff.FullName);
        text.ShouldContain(staff.Nip!);
        text.ShouldContain(staff.Position!);
        text.ShouldContain(staff.Unit!.Name);
        text.ShouldContain("Malang, " + Web.Infrastructure.Web.Fmt.Date(PactTestData.Today));
        text.ShouldContain("tidak akan meminta, menerima, atau memberikan hadiah maupun gratifikasi");
    }

    [Fact]
    public async Task Signing_records_time_ip_user_agent_hash_and_drawing_and_the_pdf_holds_name_text_and_code()
    {
        var campaignId = await PactTestData.CreateCampaignAsync(factory, "Pakta rekam tanda tangan");
        var name = await FullNameAsync(factory, "penilai@zi.demo");
        var client = await PortalClient.SignedInAsync(factory, "penilai@zi.demo");
        client.Http.DefaultRequestHeaders.UserAgent.ParseAdd("UjiPeramban/1.0");

        var form = await client.GetFormAsync($"/pakta/saya/{campaignId}", "#pact-sign-form");
        var response = await client.PostFormAsync(form, SignFields(name.ToUpperInvariant()));
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var done = await client.FollowAsync(response);
        var code = done.QuerySelector("[data-testid=verification-code]")!.TextContent.Trim();

        var signature = await factory.WithDbAsync(db => db.Set<PactSignature>().SingleAsync(s => s.CampaignId == campaignId));
        signature.VerificationCode.ShouldBe(code);
        code.Length.ShouldBe(32);
        signature.Method.ShouldBe(SignatureMethod.Electronic);
        signature.SignerName.ShouldBe(name);
        signature.UserAgent!.ShouldContain("UjiPeramban/1.0");
        (DateTime.UtcNow - signature.SignedAtUtc).TotalMinutes.ShouldBeLessThan(2);
        signature.SignedAtUtc.Kind.ShouldBe(DateTimeKind.Utc);
        signature.TextSha256.ShouldBe(PactHash.Compute(signature));
        signature.RenderedText.ShouldContain(name);
        signature.DrawnSignaturePng.ShouldNotBeNull();
        (await factory.WithDbAsync(db => db.Set<IntegrityPactTemplateVersion>().Where(v => v.Id == signature.TemplateVersionId).Select(v => v.LockedAtUtc).SingleAsync()))
            .ShouldNotBeNull();

        var pdf = await client.Http.GetAsync(done.QuerySelector("[data-testid=pact-pdf-link]")!.GetAttribute("href"));
        pdf.StatusCode.ShouldBe(HttpStatusCode.OK);
        pdf.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        var text = PactTestData.Flat(PactTestData.PdfText(await pdf.Content.ReadAsByteArrayAsync()));
        text.ShouldContain(name);
        text.ShouldContain("PAKTA INTEGRITAS");
        text.ShouldContain("akan berperan aktif mencegah dan memberantas korupsi, kolusi, dan nepotisme (KKN)");
        text.ShouldContain("bersedia menerima sanksi sesuai ketentuan peraturan perundang-undangan");
        text.ShouldContain(code);
        text.ShouldContain("/verifikasi/" + code);
        text.ShouldContain("KANTOR KEMENTERIAN AGAMA KOTA MALANG");
    }

    [Fact]
    public async Task Signing_twice_is_refused()
    {
        var campaignId = await PactTestData.CreateCampaignAsync(factory, "Pakta dua kali");
        var name = await FullNameAsync(factory, "pimpinan@zi.demo");
        var client = await PortalClient.SignedInAsync(factory, "pimpinan@zi.demo");
        var form = await client.GetFormAsync($"/pakta/saya/{campaignId}", "#pact-sign-form");

        (await client.PostFormAsync(form, SignFields(name))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var again = await client.PostFormAsync(form, SignFields(name));

        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await PortalClient.ParseAsync(again)).QuerySelector("[data-testid=validation-summary]")!.TextContent.ShouldContain("sudah menandatangani");
        (await factory.WithDbAsync(db => db.Set<PactSignature>().CountAsync(s => s.CampaignId == campaignId))).ShouldBe(1);
        var page = await client.GetDocumentAsync($"/pakta/saya/{campaignId}");
        page.QuerySelector("#pact-sign-form").ShouldBeNull();
        page.QuerySelector("[data-testid=signing-blocked]")!.TextContent.ShouldContain("sudah menandatangani");
    }

    [Fact]
    public async Task Officials_get_the_officials_text_and_staff_the_staff_text()
    {
        var campaignId = await PactTestData.CreateCampaignAsync(factory, "Pakta varian");
        var kepala = await PortalClient.SignedInAsync(factory, "pimpinan@zi.demo");
        var staff = await PortalClient.SignedInAsync(factory, "penilai@zi.demo");

        (await kepala.GetDocumentAsync($"/pakta/saya/{campaignId}")).QuerySelector("[data-testid=pact-text]")!.TextContent
            .ShouldContain("sebagai pejabat yang memimpin dan membina pegawai");
        (await staff.GetDocumentAsync($"/pakta/saya/{campaignId}")).QuerySelector("[data-testid=pact-text]")!.TextContent
            .ShouldNotContain("sebagai pejabat yang memimpin");
    }

    [Fact]
    public async Task Signing_after_the_close_date_is_refused()
    {
        var campaignId = await PactTestData.CreateCampaignAsync(factory, "Pakta tutup");
        var name = await FullNameAsync(factory, "ketua@zi.demo");
        var client = await PortalClient.SignedInAsync(factory, "ketua@zi.demo");
        var form = await client.GetFormAsync($"/pakta/saya/{campaignId}", "#pact-sign-form");
        await factory.WithDbAsync(async db =>
        {
            var c = await db.Set<PactCampaign>().SingleAsync(x => x.Id == campaignId);
            c.Schedule(PactTestData.Today.AddDays(-10), PactTestData.Today.AddDays(-1));
            await db.SaveChangesAsync();
        });

        var response = await client.PostFormAsync(form, SignFields(name));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await PortalClient.ParseAsync(response)).QuerySelector("[data-testid=validation-summary]")!.TextContent.ShouldContain("sudah ditutup");
        (await factory.WithDbAsync(db => db.Set<PactSignature>().AnyAsync(s => s.CampaignId == campaignId))).ShouldBeFalse();
        var home = await client.GetDocumentAsync("/");
        home.QuerySelector($"[data-pending-pact='{campaignId}']").ShouldBeNull();
    }

    [Fact]
    public async Task A_wrong_name_a_missing_consent_or_a_bad_drawing_is_refused_with_a_clear_message()
    {
        var campaignId = await PactTestData.CreateCampaignAsync(factory, "Pakta isian salah");
        var name = await FullNameAsync(factory, "anggota@zi.demo");
        var client = await PortalClient.SignedInAsync(factory, "anggota@zi.demo");
        var form = await client.GetFormAsync($"/pakta/saya/{campaignId}", "#pact-sign-form");

        async Task<string> Refusal(Dictionary<string, string> fields)
        {
            var response = await client.PostFormAsync(form, fields);
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            return (await PortalClient.ParseAsync(response)).QuerySelector("[data-testid=validation-summary]")!.TextContent;
        }

        (await Refusal(SignFields("Orang Lain"))).ShouldContain("tidak sama dengan nama Anda");
        (await Refusal(SignFields(name, consent: false))).ShouldContain("Centang pernyataan persetujuan");
        (await Refusal(SignFields(name, drawing: "data:image/png;base64," + Convert.ToBase64String("GIF89a-bukan-png"u8.ToArray())))).ShouldContain("bukan PNG");
        var huge = "data:image/png;base64," + Convert.ToBase64String(new byte[210 * 1024]);
        (await Refusal(SignFields(name, drawing: huge))).ShouldContain("melebihi batas 200 KB");
        var tampered = new Dictionary<string, string>(SignFields(name)) { ["ShownTextSha256"] = new string('0', 64) };
        (await Refusal(tampered)).ShouldContain("Teks pakta berubah");
        (await factory.WithDbAsync(db => db.Set<PactSignature>().AnyAsync(s => s.CampaignId == campaignId))).ShouldBeFalse();
    }

    [Fact]
    public async Task Staff_outside_the_campaign_scope_cannot_open_or_sign_it()
    {
        var campaignId = await PactTestData.CreateCampaignAsync(factory, "Pakta KUA saja", unitCode: "KUA-KLOJEN", includeDescendants: false);
        var client = await PortalClient.SignedInAsync(factory, "pegawai@zi.demo");

        (await client.Http.GetAsync($"/pakta/saya/{campaignId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetDocumentAsync("/")).QuerySelector($"[data-pending-pact='{campaignId}']").ShouldBeNull();
    }
}
