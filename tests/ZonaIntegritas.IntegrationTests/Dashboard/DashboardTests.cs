using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using ZonaIntegritas.IntegrationTests.Infrastructure;
using ZonaIntegritas.Web.Domain.Assessments;
using ZonaIntegritas.Web.Domain.Lke;
using ZonaIntegritas.Web.Domain.Staff;
using ZonaIntegritas.Web.Domain.WorkPlans;
using ZonaIntegritas.Web.Features.Assessments;
using ZonaIntegritas.Web.Features.Dashboard;
using ZonaIntegritas.Web.Infrastructure.Lke;
using ZonaIntegritas.Web.Infrastructure.Web;
using static ZonaIntegritas.IntegrationTests.Dashboard.DashboardTestKit;

namespace ZonaIntegritas.IntegrationTests.Dashboard;

public class DashboardTests(QueryCountingFactory factory) : IClassFixture<QueryCountingFactory>
{
    private async Task<(ScoreResult Unit, ScoreResult Assessor, int AssessmentId)> ScoresAsync(string unitCode)
    {
        var unitId = await UnitIdAsync(factory, unitCode);
        return await factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ZonaIntegritas.Web.Infrastructure.Data.AppDbContext>();
            var a = await db.Set<Assessment>().AsNoTracking().Where(x => x.UnitId == unitId).OrderByDescending(x => x.Year).FirstAsync();
            var unit = await db.Units.AsNoTracking().SingleAsync(u => u.Id == unitId);
            var template = await sp.GetRequiredService<ILkeTemplateProvider>().GetAsync(a.LkeVersionCode);
            var answers = new AssessmentAnswers(
                await db.Set<UnitAnswer>().AsNoTracking().Where(x => x.AssessmentId == a.Id).ToListAsync(),
                await db.Set<HasilEntry>().AsNoTracking().Where(x => x.AssessmentId == a.Id).ToListAsync(),
                await db.Set<AssessorAnswer>().AsNoTracking().Where(x => x.AssessmentId == a.Id).ToListAsync());
            return (LkeScorer.Score(template, answers.UnitSet(unit.HoldsWbk)), LkeScorer.Score(template, answers.AssessorSet(unit.HoldsWbk)), a.Id);
        });
    }

    [Fact]
    public async Task Pimpinan_lands_on_the_dashboard_and_other_roles_keep_the_home_page()
    {
        var pimpinan = new PortalClient(factory);
        var signedIn = await pimpinan.SignInAsync("pimpinan@zi.demo", PortalClient.DemoPassword);
        signedIn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        signedIn.Headers.Location!.ToString().ShouldBe("/kesiapan");
        (await pimpinan.Http.GetAsync("/")).StatusCode.ShouldBe(HttpStatusCode.OK, "the home page stays reachable");

        var ketua = await PortalClient.SignedInAsync(factory, "ketua@zi.demo");
        var page = await ketua.GetDocumentAsync("/");
        page.QuerySelector("[data-home-link='Kesiapan ZI']").ShouldNotBeNull();
    }

    [Fact]
    public async Task Dashboard_numbers_and_gates_equal_the_scorer_for_the_unit_basis()
    {
        var (score, _, _) = await ScoresAsync(ZonaIntegritas.Web.Infrastructure.Seeding.DemoSeeder.OfficeCode);
        var client = await PortalClient.SignedInAsync(factory, "pimpinan@zi.demo");
        var doc = await client.GetDocumentAsync("/kesiapan");

        doc.QuerySelector("[data-score='Total'] [data-value]")!.TextContent.ShouldStartWith(Fmt.Number(score.Total));
        doc.QuerySelector("[data-score='Pengungkit'] [data-value]")!.TextContent.ShouldStartWith(Fmt.Number(score.Pengungkit));
        var rows = doc.QuerySelectorAll("[data-gate]");
        rows.Length.ShouldBe(score.Wbk.Checks.Count);
        foreach (var check in score.Wbk.Checks)
        {
            var row = doc.QuerySelector($"[data-gate='{check.Code}']")!;
            row.TextContent.ShouldContain(Fmt.Number(check.Value));
            row.TextContent.ShouldContain(Fmt.Number(check.Minimum));
            row.TextContent.ShouldContain(check.Passed ? "Memenuhi" : $"kurang {Fmt.Number(check.Gap)} poin");
        }
        doc.QuerySelectorAll("[data-tile]").Length.ShouldBe(12);
        doc.QuerySelector("[data-tile='PPA']")!.TextContent.ShouldContain(Fmt.Number(score.Areas["PPA"]));
    }

    [Fact]
    public async Task The_assessor_basis_shows_the_assessors_score_and_the_difference()
    {
        var (unit, assessor, _) = await ScoresAsync("KUA-KLOJEN");
        assessor.Total.ShouldBeLessThan(unit.Total);
        var kuaId = await UnitIdAsync(factory, "KUA-KLOJEN");
        var client = await PortalClient.SignedInAsync(factory, "kanwil@zi.demo");
        var doc = await client.GetDocumentAsync($"/kesiapan?unit={kuaId}&basis=penilai");
        var total = doc.QuerySelector("[data-score='Total']")!.TextContent;
        total.ShouldContain(Fmt.Number(assessor.Total));
        total.ShouldContain(Fmt.Number(unit.Total));
        doc.QuerySelector("[data-testid='dashboard-header']")!.TextContent.ShouldContain("Hanya baca");
    }

    [Fact]
    public async Task Dashboard_uses_the_same_number_of_queries_whatever_the_data_size()
    {
        var client = await PortalClient.SignedInAsync(factory, "pimpinan@zi.demo");
        await client.Http.GetAsync("/kesiapan"); // warm-up: identity
        // Cold both times (nothing cached in memory): every aggregate is counted, so a per-row query would show.
        var memory = (MemoryCache)factory.Services.GetRequiredService<IMemoryCache>();
        memory.Compact(1.0);
        var before = await factory.CountAsync(client, "/kesiapan");

        var office = await UnitIdAsync(factory, ZonaIntegritas.Web.Infrastructure.Seeding.DemoSeeder.OfficeCode);
        var (_, _, assessmentId) = await ScoresAsync(ZonaIntegritas.Web.Infrastructure.Seeding.DemoSeeder.OfficeCode);
        await factory.WithDbAsync(async db =>
        {
            var year = await db.Set<Assessment>().Where(a => a.Id == assessmentId).Select(a => a.Year).SingleAsync();
            var plan = await db.Set<WorkPlan>().FirstOrDefaultAsync(p => p.UnitId == office && p.Year == year) ?? new WorkPlan { UnitId = office, Year = year };
            if (plan.Id == 0)
            {
                db.Add(plan);
            }
            var pic = await db.Staff.Where(s => s.UnitId == office).Select(s => s.Id).FirstAsync();
            for (var i = 0; i < 60; i++)
            {
                db.Add(new StaffMember { FullName = $"Pegawai Tambahan {i}", UnitId = office });
                var month = new DateOnly(year, 1 + i % 12, 1);
                plan.Items.Add(new WorkPlanItem { AreaCode = "ABCDEF"[i % 6].ToString(), Activity = $"Kegiatan {i}", Output = "Keluaran", PicStaffId = pic, OriginalStartMonth = month, OriginalEndMonth = month, StartMonth = month, EndMonth = month });
            }
            await db.SaveChangesAsync();
        });
        memory.Compact(1.0);
        var after = await factory.CountAsync(client, "/kesiapan");

        after.ShouldBe(before);
        // Identity, unit scope, a dozen dashboard queries and the home widgets shown on top (work plan, pacts…).
        before.ShouldBeLessThanOrEqualTo(45);
    }

    [Fact]
    public async Task Snapshot_job_run_twice_in_a_day_writes_one_row_per_assessment_and_basis()
    {
        var day = new DateOnly(2031, 3, 14);
        var first = await factory.WithScopeAsync(sp => sp.GetRequiredService<ScoreSnapshotService>().TakeDailySnapshotsAsync(day));
        var second = await factory.WithScopeAsync(sp => sp.GetRequiredService<ScoreSnapshotService>().TakeDailySnapshotsAsync(day));

        first.ShouldBeGreaterThan(0);
        second.ShouldBe(0);
        var rows = await factory.WithDbAsync(db => db.Set<ScoreSnapshot>().Where(s => s.Day == day).ToListAsync());
        rows.Count.ShouldBe(first);
        rows.GroupBy(r => (r.AssessmentId, r.Basis)).ShouldAllBe(g => g.Count() == 1);
        var (score, _, id) = await ScoresAsync(ZonaIntegritas.Web.Infrastructure.Seeding.DemoSeeder.OfficeCode);
        rows.Single(r => r.AssessmentId == id && r.Basis == ScoreBasis.Unit).Total.ShouldBe(Math.Round(score.Total, 6));
    }
}
