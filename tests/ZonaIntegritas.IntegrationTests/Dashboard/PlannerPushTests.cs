using System.Net;
using Microsoft.EntityFrameworkCore;
using ZonaIntegritas.IntegrationTests.Infrastructure;
using ZonaIntegritas.Web.Domain.Assessments;
using ZonaIntegritas.Web.Domain.WorkPlans;
using ZonaIntegritas.Web.Infrastructure.Seeding;
using static ZonaIntegritas.IntegrationTests.Dashboard.DashboardTestKit;

namespace ZonaIntegritas.IntegrationTests.Dashboard;

[Collection(PactsAndDashboardDemoPortalCollection.Name)]
public class PlannerPushTests(DemoPortal demo)
{
    private readonly PortalFactory factory = demo.For(typeof(PlannerPushTests));

    [Fact]
    public async Task Pushing_a_planner_row_creates_one_work_plan_item_and_a_second_push_does_not_duplicate_it()
    {
        var office = await UnitIdAsync(factory, DemoSeeder.OfficeCode);
        var assessmentId = await factory.WithDbAsync(db => db.Set<Assessment>().Where(a => a.UnitId == office).Select(a => a.Id).FirstAsync());
        var client = await PortalClient.SignedInAsync(factory, "pimpinan@zi.demo");
        var page = await client.GetDocumentAsync($"/kesiapan/rencana?assessment={assessmentId}");
        var code = page.QuerySelector("[data-row]")!.GetAttribute("data-row")!;
        page.QuerySelectorAll("[data-row] input[type=checkbox][disabled]").Length.ShouldBe(0, "nothing is pushed yet");
        var form = await client.GetFormAsync($"/kesiapan/rencana?assessment={assessmentId}", "form[action='/kesiapan/rencana/dorong']");
        var pic = page.QuerySelector("select[name='Rows[0].PicStaffId'] option[value]:not([value=''])")!.GetAttribute("value")!;
        var values = new Dictionary<string, string> { ["Rows[0].Selected"] = "true", ["Rows[0].PicStaffId"] = pic };

        (await client.PostFormAsync(form, values)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await client.PostFormAsync(form, values)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var items = await factory.WithDbAsync(db => db.Set<WorkPlanItem>().Include(i => i.Questions)
            .Where(i => i.Plan!.UnitId == office && i.Questions.Any(q => q.QuestionCode == code)).ToListAsync());
        items.Count.ShouldBe(1);
        items[0].PicStaffId.ShouldBe(int.Parse(pic));
        items[0].Activity.ShouldStartWith($"Naikkan jawaban {code}");
        var after = await client.GetDocumentAsync($"/kesiapan/rencana?assessment={assessmentId}");
        after.QuerySelector($"[data-testid='pushed-{code}']")!.GetAttribute("href").ShouldBe($"/rencana-kerja/butir/{items[0].Id}");
    }

    [Fact]
    public async Task The_planner_never_proposes_locked_questions_after_submission()
    {
        var kua = await UnitIdAsync(factory, "KUA-KLOJEN");
        var assessmentId = await factory.WithDbAsync(db => db.Set<Assessment>().Where(a => a.UnitId == kua).Select(a => a.Id).FirstAsync());
        var client = await PortalClient.SignedInAsync(factory, "kanwil@zi.demo");
        var page = await client.GetDocumentAsync($"/kesiapan/rencana?assessment={assessmentId}&basis=penilai");
        page.QuerySelector("[data-testid='planner-locked']").ShouldNotBeNull();
        page.QuerySelectorAll("[data-row]").Length.ShouldBe(0);
    }

    [Fact]
    public async Task Anggota_tim_cannot_push_planner_rows()
    {
        var office = await UnitIdAsync(factory, DemoSeeder.OfficeCode);
        var assessmentId = await factory.WithDbAsync(db => db.Set<Assessment>().Where(a => a.UnitId == office).Select(a => a.Id).FirstAsync());
        var pimpinan = await PortalClient.SignedInAsync(factory, "pimpinan@zi.demo");
        var form = await pimpinan.GetFormAsync($"/kesiapan/rencana?assessment={assessmentId}", "form[action='/kesiapan/rencana/dorong']");
        var anggota = await PortalClient.SignedInAsync(factory, "anggota@zi.demo");
        var own = await anggota.GetDocumentAsync($"/kesiapan/rencana?assessment={assessmentId}");
        own.QuerySelector("[data-testid='planner-push']").ShouldBeNull();
        var token = (await anggota.GetFormAsync("/akun/ubah-sandi", "form[method='post']"))["__RequestVerificationToken"]!;
        var fields = form.Fields.Where(f => f.Key != "__RequestVerificationToken").Append(new("__RequestVerificationToken", token)).Append(new("Rows[0].Selected", "true"));
        var response = await anggota.Http.PostAsync(form.Action, new FormUrlEncodedContent(fields));
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/akun/akses-ditolak");
    }
}
