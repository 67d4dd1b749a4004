using System.Net;
using Microsoft.EntityFrameworkCore;
using ZonaIntegritas.IntegrationTests.Infrastructure;
using ZonaIntegritas.Web.Domain.WorkPlans;
using WorkPlanEntity = ZonaIntegritas.Web.Domain.WorkPlans.WorkPlan;

namespace ZonaIntegritas.IntegrationTests.Rosters;

public class WorkPlanTests(RostersFactory factory) : IClassFixture<RostersFactory>
{
    private Task<int> ItemIdAsync(string activityStart) =>
        factory.DbAsync(db => db.Set<WorkPlanItem>().Where(i => i.Activity.StartsWith(activityStart)).Select(i => i.Id).SingleAsync());

    [Fact]
    public async Task Open_items_whose_planned_end_month_has_passed_are_flagged_late()
    {
        var client = await PortalClient.SignedInAsync(factory, "penilai@zi.demo");
        var page = await client.GetDocumentAsync("/rencana-kerja?year=2026");
        var late = page.QuerySelectorAll("[data-testid=plan-items] tbody tr").Where(r => r.QuerySelector("[data-testid=late-flag]") is not null)
            .Select(r => r.QuerySelector("a")!.TextContent.Trim()).ToList();
        late.ShouldBe(["Reviu dan evaluasi SOP layanan utama", "Survei kepuasan masyarakat semester II"], ignoreOrder: true);

        var filtered = await client.GetDocumentAsync("/rencana-kerja?year=2026&Late=true");
        filtered.QuerySelectorAll("[data-testid=plan-items] tbody tr[data-item]").Length.ShouldBe(2);
        var byArea = await client.GetDocumentAsync("/rencana-kerja?year=2026&Area=A&Code=PPA3");
        byArea.QuerySelectorAll("[data-testid=plan-items] tbody tr[data-item]").ShouldHaveSingleItem().TextContent.ShouldContain("Monev bulanan");
    }

    [Fact]
    public async Task Coordinator_manages_items_of_the_area_the_roster_gives_them_only()
    {
        var office = await factory.OfficeIdAsync();
        var pic = await factory.StaffIdAsync("anggota@zi.demo");
        var client = await PortalClient.SignedInAsync(factory, "anggota@zi.demo");
        var form = await client.GetFormAsync("/rencana-kerja/ubah?year=2026", "[data-testid=item-form]");
        var areaOptions = (await client.GetDocumentAsync("/rencana-kerja/ubah?year=2026")).QuerySelectorAll("#AreaCode option[value]:not([value=''])").Select(o => o.GetAttribute("value")).ToList();
        areaOptions.ShouldBe(["A"], "anggota@ coordinates area A only (and is a plain member of B)");

        var values = new Dictionary<string, string>
        {
            ["AreaCode"] = "A",
            ["QuestionCodes"] = "PPA4D",
            ["Activity"] = "Apel integritas bulanan",
            ["Output"] = "12 apel",
            ["PicStaffId"] = pic.ToString(),
            ["StartMonth"] = "2026-11",
            ["EndMonth"] = "2026-12",
            ["Status"] = "BelumMulai",
            ["Progress"] = "0",
        };
        (await client.PostFormAsync(form, values)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await client.PostFormAsync(form, new(values) { ["AreaCode"] = "B", ["Activity"] = "Kegiatan area B" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var areaC = await ItemIdAsync("Analisis kebutuhan diklat");
        var editC = await client.Http.GetAsync($"/rencana-kerja/butir/{areaC}");
        (await PortalClient.ParseAsync(editC)).QuerySelector("[data-testid=monitor-form]").ShouldBeNull();
        var token = await client.AntiforgeryTokenAsync();
        var monitorC = await client.Http.PostAsync("/rencana-kerja/pemantauan", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["ItemId"] = areaC.ToString(),
            ["Date"] = "2026-11-20",
            ["Status"] = "Berjalan",
            ["Progress"] = "50",
            ["Notes"] = "x",
        }));
        monitorC.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await factory.DbAsync(db => db.Set<WorkPlanItem>().AnyAsync(i => i.Activity == "Kegiatan area B" && i.Plan!.UnitId == office))).ShouldBeFalse();
    }

    [Fact]
    public async Task Replanning_keeps_the_original_schedule_and_records_why()
    {
        var id = await ItemIdAsync("Kampanye pengendalian gratifikasi");
        var client = await PortalClient.SignedInAsync(factory, "ketua@zi.demo");
        var form = await client.GetFormAsync($"/rencana-kerja/ubah/{id}", "[data-testid=item-form]");
        form["StartMonth"].ShouldBe("2026-03");

        var noReason = await client.PostFormAsync(form, new() { ["EndMonth"] = "2027-01" });
        (await PortalClient.ParseAsync(noReason)).QuerySelector("[data-testid=validation-summary]")!.TextContent.ShouldContain("isi alasan perubahan jadwal");

        var badCode = await client.PostFormAsync(form, new() { ["QuestionCodes"] = "PPE1A, PPX9Z" });
        (await PortalClient.ParseAsync(badCode)).QuerySelector("[data-testid=validation-summary]")!.TextContent.ShouldContain("tidak dikenal: PPX9Z");

        var ok = await client.PostFormAsync(form, new() { ["EndMonth"] = "2027-01", ["RevisionReason"] = "Menunggu materi dari Itjen" });
        ok.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var item = await factory.DbAsync(db => db.Set<WorkPlanItem>().Include(i => i.Revisions).SingleAsync(i => i.Id == id));
        (item.OriginalStartMonth, item.OriginalEndMonth).ShouldBe((new DateOnly(2026, 3, 1), new DateOnly(2026, 11, 1)));
        (item.StartMonth, item.EndMonth).ShouldBe((new DateOnly(2026, 3, 1), new DateOnly(2027, 1, 1)));
        var revision = item.Revisions.ShouldHaveSingleItem();
        (revision.Kind, revision.Reason, revision.OldEndMonth, revision.NewEndMonth)
            .ShouldBe((RevisionKind.Schedule, "Menunggu materi dari Itjen", new DateOnly(2026, 11, 1), new DateOnly(2027, 1, 1)));
        var page = await client.GetDocumentAsync($"/rencana-kerja/butir/{id}");
        page.QuerySelector("[data-testid=revisions]")!.TextContent.ShouldContain("Menunggu materi dari Itjen");
    }

    [Fact]
    public async Task Monitoring_updates_progress_and_a_follow_up_stays_open_until_closed()
    {
        var id = await ItemIdAsync("Sosialisasi ZI");
        var owner = await factory.StaffIdAsync("anggota@zi.demo");
        var client = await PortalClient.SignedInAsync(factory, "anggota@zi.demo");
        var form = await client.GetFormAsync($"/rencana-kerja/butir/{id}", "[data-testid=monitor-form]");

        var invalid = await client.PostFormAsync(form, new() { ["Notes"] = "", ["FollowUpAction"] = "Cetak banner tambahan" });
        var errors = (await PortalClient.ParseAsync(invalid)).QuerySelector("[data-testid=validation-summary]")!.TextContent;
        errors.ShouldContain("Catatan monev wajib diisi");
        errors.ShouldContain("Pilih penanggung jawab tindak lanjut");

        var saved = await client.PostFormAsync(form, new()
        {
            ["Date"] = "2026-11-20",
            ["Progress"] = "90",
            ["Status"] = "Berjalan",
            ["Notes"] = "11 dari 12 unggahan terbit.",
            ["FollowUpAction"] = "Cetak banner tambahan",
            ["FollowUpOwnerStaffId"] = owner.ToString(),
            ["FollowUpDueDate"] = "2026-12-05",
        });
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var page = await client.FollowAsync(saved);
        page.QuerySelector("[data-testid=item-progress]")!.TextContent.ShouldContain("90");
        var followUpId = await factory.DbAsync(db => db.Set<FollowUpAction>().Where(f => f.Action == "Cetak banner tambahan").Select(f => f.Id).SingleAsync());
        page.QuerySelectorAll("[data-testid=follow-up]").Single(f => f.TextContent.Contains("Cetak banner tambahan")).TextContent.ShouldContain("Terbuka");

        var closeForm = HtmlForm.From(page, $"form:has(input[name=Id][value='{followUpId}'])", $"/rencana-kerja/butir/{id}");
        var noNote = await client.PostFormAsync(closeForm, new() { ["Note"] = "" });
        noNote.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await factory.DbAsync(db => db.Set<FollowUpAction>().Where(f => f.Id == followUpId).Select(f => f.ClosedOn).SingleAsync())).ShouldBeNull();

        await client.PostFormAsync(closeForm, new() { ["Note"] = "Banner terpasang di lobi" });
        var closed = await factory.DbAsync(db => db.Set<FollowUpAction>().SingleAsync(f => f.Id == followUpId));
        (closed.ClosedOn, closed.ClosingNote).ShouldBe((RostersFactory.Today, "Banner terpasang di lobi"));
    }

    [Fact]
    public async Task Pimpinan_approves_the_version_they_saw_and_a_stale_version_is_refused()
    {
        var plan = await factory.DbAsync(db => db.Set<WorkPlanEntity>().SingleAsync(p => p.Year == 2026));
        plan.ApprovedVersion.ShouldBe(1);
        plan.Version.ShouldBeGreaterThan(1, "the SOP review was re-planned after approval");

        var pimpinan = await PortalClient.SignedInAsync(factory, "pimpinan@zi.demo");
        var form = await pimpinan.GetFormAsync("/rencana-kerja?year=2026", "form[action='/rencana-kerja/setujui']");
        var stale = await pimpinan.PostFormAsync(form, new() { ["Version"] = (plan.Version - 1).ToString() });
        (await pimpinan.FollowAsync(stale)).QuerySelector(".alert-danger")!.TextContent.ShouldContain("telah berubah");

        var ok = await pimpinan.PostFormAsync(form, new() { ["Note"] = "Disetujui rapat pimpinan November" });
        (await pimpinan.FollowAsync(ok)).QuerySelector("[data-testid=approval]")!.TextContent.ShouldContain("Disetujui");
        var approved = await factory.DbAsync(db => db.Set<WorkPlanEntity>().Include(p => p.Approvals).SingleAsync(p => p.Id == plan.Id));
        approved.ApprovedVersion.ShouldBe(plan.Version);
        var last = approved.Approvals.OrderBy(a => a.Version).Last();
        (last.Version, last.Note).ShouldBe((plan.Version, "Disetujui rapat pimpinan November"));
        last.SnapshotJson.ShouldContain("Reviu dan evaluasi SOP layanan utama");

        var ketua = await PortalClient.SignedInAsync(factory, "ketua@zi.demo");
        var token = await ketua.AntiforgeryTokenAsync();
        var byKetua = await ketua.Http.PostAsync("/rencana-kerja/setujui", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["PlanId"] = plan.Id.ToString(),
            ["Version"] = approved.Version.ToString(),
        }));
        byKetua.Status().Code.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Coverage_lists_all_110_questions_and_the_items_without_evidence()
    {
        var client = await PortalClient.SignedInAsync(factory, "pimpinan@zi.demo");
        var page = await client.GetDocumentAsync("/rencana-kerja/cakupan?year=2026");
        page.QuerySelectorAll("tr[data-question]").Length.ShouldBe(110);
        page.QuerySelectorAll("[data-area]").Length.ShouldBe(6);
        page.QuerySelector("tr[data-question=PPA1A]")!.TextContent.ShouldContain("Pembentukan Tim Kerja");
        page.QuerySelector("tr[data-question=PRA1A] [data-testid=no-plan-item]").ShouldNotBeNull();
        var withoutEvidence = page.QuerySelector("[data-testid=items-without-evidence]")!.TextContent;
        withoutEvidence.ShouldContain("Reviu standar pelayanan");
        withoutEvidence.ShouldNotContain("Pembentukan Tim Kerja");
    }

    [Fact]
    public async Task The_timeline_draws_each_item_over_its_months_and_keeps_the_original_plan_visible()
    {
        var id = await ItemIdAsync("Reviu dan evaluasi SOP");
        var client = await PortalClient.SignedInAsync(factory, "ketua@zi.demo");
        var page = await client.GetDocumentAsync("/rencana-kerja/linimasa?year=2026");
        var row = page.QuerySelector($"tr[data-timeline-item='{id}']")!;
        row.QuerySelectorAll(".tl-cur").Select(b => b.GetAttribute("data-month")).ShouldBe(["4", "5", "6", "7", "8", "9", "10"]);
        row.QuerySelectorAll(".tl-cur.tl-late").Length.ShouldBe(7);
        row.QuerySelectorAll(".tl-orig").Length.ShouldBe(4, "originally March–June");
    }
}
