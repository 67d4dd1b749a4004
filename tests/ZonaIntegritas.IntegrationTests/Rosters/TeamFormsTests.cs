using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using ZonaIntegritas.IntegrationTests.Infrastructure;
using ZonaIntegritas.Web.Domain.Teams;

namespace ZonaIntegritas.IntegrationTests.Rosters;

public class TeamFormsTests(RostersFactory factory) : IClassFixture<RostersFactory>
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

    [Fact]
    public async Task Ketua_records_a_decree_with_its_scan_and_adds_members()
    {
        var client = await PortalClient.SignedInAsync(factory, "ketua@zi.demo");
        var form = await client.GetFormAsync("/tim/sk?year=2028", "[data-testid=decree-form]");
        var saved = await client.PostMultipartAsync(form, new()
        {
            ["Number"] = "B-77/Kk.13.24/2028",
            ["DecreeDate"] = "2028-01-03",
            ["SignedBy"] = "Kepala Kantor",
            ["SelectionMechanism"] = "Rapat pemilihan 2 Januari 2028",
        }, "Scan", Pdf, "sk tim.pdf", "application/pdf");
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var page = await client.FollowAsync(saved);
        page.QuerySelector("[data-testid=decree]")!.TextContent.ShouldContain("B-77/Kk.13.24/2028");
        var decreeId = await factory.DbAsync(db => db.Set<TeamDecree>().Where(d => d.Year == 2028).Select(d => d.Id).SingleAsync());
        var scan = await client.Http.GetAsync($"/tim/pindaian/{decreeId}");
        scan.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        (await scan.Content.ReadAsByteArrayAsync()).ShouldBe(Pdf);

        var staffId = await factory.PlainStaffIdAsync(3);
        var add = HtmlFormFrom(page, "[data-testid=add-member]");
        var added = await client.PostFormAsync(add, new() { ["AddMember.StaffMemberId"] = staffId.ToString(), ["AddMember.Role"] = "KoordinatorArea", ["AddMember.AreaCode"] = "D" });
        added.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var member = await factory.DbAsync(db => db.Set<TeamMembership>().SingleAsync(m => m.DecreeId == decreeId));
        (member.StaffMemberId, member.Role, member.AreaCode, member.ValidFrom, member.ValidTo)
            .ShouldBe((staffId, TeamRole.KoordinatorArea, "D", new DateOnly(2028, 1, 1), new DateOnly(2028, 12, 31)));

        // An area role without an area is refused with a clear message.
        var page2 = await client.GetDocumentAsync("/tim?year=2028");
        var bad = await client.PostFormAsync(HtmlFormFrom(page2, "[data-testid=add-member]"), new() { ["AddMember.StaffMemberId"] = staffId.ToString(), ["AddMember.Role"] = "AnggotaArea", ["AddMember.AreaCode"] = "" });
        (await PortalClient.ParseAsync(bad)).QuerySelector("[data-testid=validation-summary]")!.TextContent.ShouldContain("harus memilih area perubahan");
    }

    [Fact]
    public async Task Scan_upload_rejects_an_executable_renamed_to_pdf_and_saves_nothing()
    {
        var client = await PortalClient.SignedInAsync(factory, "ketua@zi.demo");
        var form = await client.GetFormAsync("/tim/sk?year=2029", "[data-testid=decree-form]");
        var response = await client.PostMultipartAsync(form, new() { ["Number"] = "B-1/2029", ["DecreeDate"] = "2029-01-03", ["SignedBy"] = "Kepala" },
            "Scan", [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04], "sk.pdf", "application/pdf");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await PortalClient.ParseAsync(response)).QuerySelector("[data-testid=validation-summary]")!.TextContent.ShouldContain("PDF, JPEG atau PNG");
        (await factory.DbAsync(db => db.Set<TeamDecree>().AnyAsync(d => d.Year == 2029))).ShouldBeFalse();
    }

    [Fact]
    public async Task A_second_decree_for_the_same_year_is_refused()
    {
        var client = await PortalClient.SignedInAsync(factory, "ketua@zi.demo");
        var form = await client.GetFormAsync("/tim/sk?year=2026", "[data-testid=decree-form]");
        var response = await client.PostFormAsync(form, new() { ["Number"] = "B-2/2026", ["DecreeDate"] = "2026-02-01", ["SignedBy"] = "Kepala" });
        (await PortalClient.ParseAsync(response)).QuerySelector("[data-testid=validation-summary]")!.TextContent.ShouldContain("sudah ada");
    }

    [Fact]
    public async Task Replacement_through_the_form_ends_the_old_membership_and_rejects_a_date_after_its_end()
    {
        var client = await PortalClient.SignedInAsync(factory, "ketua@zi.demo");
        var membership = await factory.DbAsync(db => db.Set<TeamMembership>()
            .Where(m => m.Role == TeamRole.KoordinatorArea && m.AreaCode == "F" && m.Decree!.Year == 2026).Select(m => m.Id).SingleAsync());
        var successor = await factory.PlainStaffIdAsync(17);
        var form = await client.GetFormAsync($"/tim/ganti/{membership}", "[data-testid=replace-form]");

        var late = await client.PostFormAsync(form, new() { ["SuccessorStaffId"] = successor.ToString(), ["EndDate"] = "2026-12-31", ["Reason"] = "Pensiun" });
        (await PortalClient.ParseAsync(late)).QuerySelector("[data-testid=validation-summary]")!.TextContent.ShouldContain("sebelum akhir masa keanggotaan");

        var ok = await client.PostFormAsync(form, new() { ["SuccessorStaffId"] = successor.ToString(), ["EndDate"] = "2026-10-31", ["Reason"] = "Pensiun" });
        ok.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var old = await factory.DbAsync(db => db.Set<TeamMembership>().Include(m => m.ReplacedBy).SingleAsync(m => m.Id == membership));
        old.ValidTo.ShouldBe(new DateOnly(2026, 10, 31));
        old.ReplacedBy!.StaffMemberId.ShouldBe(successor);
        old.ReplacedBy.ValidFrom.ShouldBe(new DateOnly(2026, 11, 1));
    }

    [Fact]
    public async Task Anggota_cannot_post_roster_changes()
    {
        var ketua = await PortalClient.SignedInAsync(factory, "ketua@zi.demo");
        var form = HtmlFormFrom(await ketua.GetDocumentAsync("/tim"), "[data-testid=add-member]");
        var anggota = await PortalClient.SignedInAsync(factory, "anggota@zi.demo");
        var token = await anggota.AntiforgeryTokenAsync();
        var fields = form.Fields.Where(f => f.Key != "__RequestVerificationToken").Append(new("__RequestVerificationToken", token));
        var response = await anggota.Http.PostAsync("/tim/tambah-anggota", new FormUrlEncodedContent(fields));
        response.Status().Code.ShouldBe(HttpStatusCode.Forbidden);
    }

    private static HtmlForm HtmlFormFrom(AngleSharp.Dom.IDocument doc, string selector) => HtmlForm.From(doc, selector, "/tim");
}
