using System.Net;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ZonaIntegritas.IntegrationTests.Infrastructure;
using ZonaIntegritas.Web.Domain.IntegrityPacts;
using ZonaIntegritas.Web.Domain.Notifications;

namespace ZonaIntegritas.IntegrationTests.IntegrityPacts;

[Collection(PactsAndDashboardDemoPortalCollection.Name)]
public class CoverageTests(DemoPortal demo)
{
    private readonly PortalFactory factory = demo.For(typeof(CoverageTests));

    private static async Task<(int Signed, int Total)> CoverageAsync(PortalClient client, int campaignId)
    {
        var page = await client.GetDocumentAsync($"/pakta/kampanye/{campaignId}");
        var parts = page.QuerySelector("[data-testid=coverage-total]")!.TextContent.Split(" dari ");
        return (int.Parse(parts[0].Trim(), System.Globalization.CultureInfo.InvariantCulture), int.Parse(parts[1].Trim(), System.Globalization.CultureInfo.InvariantCulture));
    }

    private static async Task SignAsync(PortalFactory factory, string email, int campaignId)
    {
        var name = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.FullName).SingleAsync());
        var client = await PortalClient.SignedInAsync(factory, email);
        var response = await client.PostFormAsync(await client.GetFormAsync($"/pakta/saya/{campaignId}", "#pact-sign-form"),
            new() { ["TypedName"] = name, ["Consent"] = "true" });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task Coverage_counts_staff_who_join_the_scope_mid_campaign_and_freezes_after_closing()
    {
        var campaignId = await PactTestData.CreateCampaignAsync(factory, "Pakta Kantor saja", includeDescendants: false);
        var ketua = await PortalClient.SignedInAsync(factory, "ketua@zi.demo");
        var officeStaff = await factory.WithDbAsync(db => db.Staff.CountAsync(s => s.IsActive && s.Unit!.Code == "KEMENAG-KOTA-MALANG"));
        (await CoverageAsync(ketua, campaignId)).ShouldBe((0, officeStaff));

        await SignAsync(factory, "anggota@zi.demo", campaignId);
        (await CoverageAsync(ketua, campaignId)).ShouldBe((1, officeStaff));

        // A new employee joins the office, another moves in from a KUA, one leaves for a madrasah.
        var newcomer = await PactTestData.AddStaffAsync(factory, "Pegawai Baru Bergabung", "KEMENAG-KOTA-MALANG");
        var movedIn = await factory.WithDbAsync(async db =>
        {
            var s = await db.Staff.FirstAsync(x => x.Unit!.Code == "KUA-KLOJEN");
            s.UnitId = await db.Units.Where(u => u.Code == "KEMENAG-KOTA-MALANG").Select(u => u.Id).SingleAsync();
            await db.SaveChangesAsync();
            return s.Id;
        });
        var pegawaiStaff = await PactTestData.StaffIdOfAsync(factory, "pegawai@zi.demo");
        var movedOut = await factory.WithDbAsync(async db =>
        {
            var s = await db.Staff.OrderByDescending(x => x.Id).FirstAsync(x => x.Unit!.Code == "KEMENAG-KOTA-MALANG" && x.Id != pegawaiStaff && x.Id != newcomer && x.Id != movedIn && x.Position != "Kepala Kantor");
            s.UnitId = await db.Units.Where(u => u.Code == "MAN-2-MALANG").Select(u => u.Id).SingleAsync();
            await db.SaveChangesAsync();
            return s.Id;
        });

        (await CoverageAsync(ketua, campaignId)).ShouldBe((1, officeStaff + 1));
        var page = await ketua.GetDocumentAsync($"/pakta/kampanye/{campaignId}");
        var notSigned = page.QuerySelector("[data-testid=not-signed]")!;
        notSigned.QuerySelector($"[data-staff='{newcomer}']")!.TextContent.ShouldContain("baru");
        notSigned.QuerySelector($"[data-staff='{movedIn}']").ShouldNotBeNull();
        notSigned.QuerySelector($"[data-staff='{movedOut}']").ShouldBeNull();

        // The newcomer's account would now see the pact waiting; after closing, the list is frozen.
        await factory.WithDbAsync(async db =>
        {
            var c = await db.Set<PactCampaign>().SingleAsync(x => x.Id == campaignId);
            c.Schedule(c.OpensOn.AddDays(-5), PactTestData.Today.AddDays(-1));
            await db.SaveChangesAsync();
        });
        await PactTestData.AddStaffAsync(factory, "Pegawai Setelah Tutup", "KEMENAG-KOTA-MALANG");
        (await CoverageAsync(ketua, campaignId)).ShouldBe((1, officeStaff + 1));
    }

    [Fact]
    public async Task Coverage_is_shown_per_unit_and_filtered_by_unit()
    {
        var campaignId = await PactTestData.CreateCampaignAsync(factory, "Pakta per unit");
        await SignAsync(factory, "penilai@zi.demo", campaignId);
        var ketua = await PortalClient.SignedInAsync(factory, "ketua@zi.demo");
        var kuaId = await PactTestData.UnitIdAsync(factory, "KUA-LOWOKWARU");

        var page = await ketua.GetDocumentAsync($"/pakta/kampanye/{campaignId}");
        var units = page.QuerySelector("[data-testid=coverage-units]")!;
        units.TextContent.ShouldContain("KUA Kecamatan Lowokwaru");
        units.QuerySelectorAll("[data-coverage]").Select(e => e.GetAttribute("data-coverage")).ShouldContain("1/" + await factory.WithDbAsync(db => db.Staff.CountAsync(s => s.IsActive && s.Unit!.Code == "KEMENAG-KOTA-MALANG")));

        var filtered = await ketua.GetDocumentAsync($"/pakta/kampanye/{campaignId}?unit={kuaId}");
        filtered.QuerySelectorAll("[data-testid=not-signed] tbody tr").ShouldAllBe(r => r.TextContent.Contains("KUA Kecamatan Lowokwaru"));
        filtered.QuerySelectorAll("[data-testid=not-signed] tbody tr").Length.ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Reminders_notify_unsigned_participants_once_and_the_home_widget_shows_the_unread_count()
    {
        var campaignId = await PactTestData.CreateCampaignAsync(factory, "Pakta pengingat");
        await SignAsync(factory, "penilai@zi.demo", campaignId);
        var ketua = await PortalClient.SignedInAsync(factory, "ketua@zi.demo");
        var form = await ketua.GetFormAsync($"/pakta/kampanye/{campaignId}", "form[action$='/pengingat']");

        var response = await ketua.PostFormAsync(form);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await ketua.PostFormAsync(form);

        var pegawaiUser = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == "pegawai@zi.demo").Select(u => u.Id).SingleAsync());
        var penilaiUser = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == "penilai@zi.demo").Select(u => u.Id).SingleAsync());
        var link = $"/pakta/saya/{campaignId}";
        (await factory.WithDbAsync(db => db.Set<Notification>().CountAsync(n => n.UserId == pegawaiUser && n.Link == link))).ShouldBe(1);
        (await factory.WithDbAsync(db => db.Set<Notification>().CountAsync(n => n.UserId == penilaiUser && n.Link == link))).ShouldBe(0, "signed participants are not reminded");
        (await factory.WithDbAsync(db => db.Set<PactCampaign>().Where(c => c.Id == campaignId).Select(c => c.LastReminderAtUtc).SingleAsync())).ShouldNotBeNull();

        var pegawai = await PortalClient.SignedInAsync(factory, "pegawai@zi.demo");
        var home = await pegawai.GetDocumentAsync("/");
        home.QuerySelector("[data-testid=unread-notifications]")!.TextContent.ShouldContain("notifikasi belum dibaca");
        var list = await pegawai.GetDocumentAsync("/notifikasi");
        list.QuerySelector("[data-testid=notifications]")!.TextContent.ShouldContain("Pakta pengingat");
        var read = await pegawai.PostFormAsync(HtmlForm.From(list, "[data-testid=notifications] form", "/notifikasi"));
        read.Headers.Location!.ToString().ShouldBe(link);
    }

    [Fact]
    public async Task The_list_exports_as_csv_and_xlsx_with_the_nip_kept_as_text_and_the_combined_pdf_holds_every_signed_pact()
    {
        var campaignId = await PactTestData.CreateCampaignAsync(factory, "Pakta ekspor");
        await SignAsync(factory, "pimpinan@zi.demo", campaignId);
        await SignAsync(factory, "anggota@zi.demo", campaignId);
        var ketua = await PortalClient.SignedInAsync(factory, "ketua@zi.demo");
        var pegawaiNip = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == "pegawai@zi.demo").Select(u => u.StaffMember!.Nip).SingleAsync());
        var pimpinan = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == "pimpinan@zi.demo").Select(u => u.FullName).SingleAsync());
        var anggota = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == "anggota@zi.demo").Select(u => u.FullName).SingleAsync());

        var csv = await ketua.Http.GetAsync($"/pakta/kampanye/{campaignId}/daftar.csv?status=Belum");
        csv.StatusCode.ShouldBe(HttpStatusCode.OK);
        var csvText = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync());
        csvText.ShouldStartWith("\uFEFFNo;Nama;NIP;Jabatan");
        csvText.ShouldContain(pegawaiNip!);
        var pimpinanNip = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == "pimpinan@zi.demo").Select(u => u.StaffMember!.Nip).SingleAsync());
        csvText.ShouldNotContain(pimpinanNip!, customMessage: "only those who have not signed");

        var xlsx = await ketua.Http.GetAsync($"/pakta/kampanye/{campaignId}/daftar.xlsx");
        xlsx.StatusCode.ShouldBe(HttpStatusCode.OK);
        using (var stream = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()))
        using (var doc = SpreadsheetDocument.Open(stream, false))
        {
            var cells = doc.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Cell>().ToList();
            var nipCell = cells.Single(c => c.InnerText == pegawaiNip);
            nipCell.DataType!.Value.ShouldBe(CellValues.InlineString);
            cells.Select(c => c.InnerText).ShouldContain("Sudah");
        }

        var pdf = await ketua.Http.GetAsync($"/pakta/kampanye/{campaignId}/gabungan.pdf");
        pdf.StatusCode.ShouldBe(HttpStatusCode.OK);
        var text = PactTestData.PdfText(await pdf.Content.ReadAsByteArrayAsync());
        text.ShouldContain(pimpinan);
        text.ShouldContain(anggota);
        text.ShouldContain("Halaman 1 dari");
    }

    [Fact]
    public async Task Ketua_creates_a_campaign_through_the_form_and_bad_dates_are_refused()
    {
        var ketua = await PortalClient.SignedInAsync(factory, "ketua@zi.demo");
        var form = await ketua.GetFormAsync("/pakta/kampanye/baru", "form[action='/pakta/kampanye/simpan']");
        var kuaId = await PactTestData.UnitIdAsync(factory, "KUA-KLOJEN");

        var bad = await ketua.PostFormAsync(form, new() { ["Title"] = "Pakta pelantikan", ["UnitId"] = kuaId.ToString(System.Globalization.CultureInfo.InvariantCulture), ["OpensOn"] = "2026-03-10", ["ClosesOn"] = "2026-03-01" });
        bad.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await PortalClient.ParseAsync(bad)).QuerySelector("[data-testid=validation-summary]")!.TextContent.ShouldContain("Tanggal tutup tidak boleh sebelum tanggal buka");

        var ok = await ketua.PostFormAsync(form, new()
        {
            ["Title"] = "Pakta pelantikan KUA Klojen",
            ["Occasion"] = nameof(PactOccasion.InaugurationOrTransfer),
            ["UnitId"] = kuaId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["IncludeDescendants"] = "false",
            ["OpensOn"] = PactTestData.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["ClosesOn"] = PactTestData.Today.AddDays(7).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        });
        ok.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var campaign = await factory.WithDbAsync(db => db.Set<PactCampaign>().SingleAsync(c => c.Title == "Pakta pelantikan KUA Klojen"));
        campaign.Occasion.ShouldBe(PactOccasion.InaugurationOrTransfer);
        campaign.IncludeDescendants.ShouldBeFalse();
        var kuaStaff = await factory.WithDbAsync(db => db.Staff.CountAsync(s => s.IsActive && s.UnitId == kuaId));
        (await factory.WithDbAsync(db => db.Set<PactParticipant>().CountAsync(p => p.CampaignId == campaign.Id && !p.JoinedLater))).ShouldBe(kuaStaff);
        (await CoverageAsync(ketua, campaign.Id)).ShouldBe((0, kuaStaff));
    }

    [Fact]
    public async Task A_pegawai_cannot_see_coverage_or_manage_campaigns()
    {
        var campaignId = await PactTestData.DemoCampaignIdAsync(factory);
        var pegawai = await PortalClient.SignedInAsync(factory, "pegawai@zi.demo");

        (await pegawai.Http.GetAsync("/pakta/kampanye")).ShouldBeDenied();
        (await pegawai.Http.GetAsync($"/pakta/kampanye/{campaignId}")).ShouldBeDenied();
        (await pegawai.Http.GetAsync($"/pakta/kampanye/{campaignId}/daftar.csv")).ShouldBeDenied();
        (await pegawai.Http.GetAsync("/pakta/kampanye/baru")).ShouldBeDenied();
        (await pegawai.Http.GetAsync("/pakta/templat")).ShouldBeDenied();
    }

    [Fact]
    public async Task A_ketua_of_a_kua_sees_neither_the_office_campaign_nor_its_exports()
    {
        var campaignId = await PactTestData.DemoCampaignIdAsync(factory);
        await factory.WithScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Web.Domain.Users.AppUser>>();
            var kuaId = await PactTestData.UnitIdAsync(factory, "KUA-KLOJEN");
            var user = new Web.Domain.Users.AppUser { UserName = "ketua.kua@zi.demo", Email = "ketua.kua@zi.demo", FullName = "Ketua KUA", UnitId = kuaId };
            (await users.CreateAsync(user, PortalClient.DemoPassword)).Succeeded.ShouldBeTrue();
            await users.AddToRoleAsync(user, Web.Domain.Users.Roles.KetuaTim);
            return 0;
        });
        var kuaKetua = await PortalClient.SignedInAsync(factory, "ketua.kua@zi.demo");

        (await kuaKetua.Http.GetAsync($"/pakta/kampanye/{campaignId}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await kuaKetua.Http.GetAsync($"/pakta/kampanye/{campaignId}/gabungan.pdf")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await kuaKetua.GetDocumentAsync("/pakta/kampanye")).QuerySelector($"[data-campaign='{campaignId}']").ShouldBeNull();
    }
}
