using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;
using ZonaIntegritas.IntegrationTests.Infrastructure;
using ZonaIntegritas.Web.Domain.Assessments;
using ZonaIntegritas.Web.Domain.IntegrityPacts;
using ZonaIntegritas.Web.Features.Pacts;
using ZonaIntegritas.Web.Infrastructure.Data;
using ZonaIntegritas.Web.Infrastructure.Seeding;
using ZonaIntegritas.Web.Infrastructure.Web.PageCache;
using static ZonaIntegritas.IntegrationTests.Worksheet.WorksheetTestKit;

namespace ZonaIntegritas.IntegrationTests.Performance;

/// <summary>
/// Query budgets (docs/decisions/0016): each daily page sends at most a fixed number of SQL commands for one
/// request, and no more on the bigger data set (<see cref="LargeDemoPortalFactory"/>, the demo office inside a
/// Kanwil-sized tree) than on the demo set, so no page grows with the data (no N+1).
/// </summary>
[Collection(PactsAndDashboardDemoPortalCollection.Name)]
public class QueryBudgetTests(DemoPortal demo, LargeDemoPortalFactory large, ITestOutputHelper output)
    : IClassFixture<LargeDemoPortalFactory>
{
    private readonly PortalFactory small = demo.For(typeof(QueryBudgetTests));

    /// <summary>
    /// Commands a page may send beyond its count on the demo set when the data grows: a page may add a query
    /// when a list it shows turns non-empty (e.g. a second page exists), never one per row.
    /// </summary>
    private const int GrowthAllowance = 2;

    public static TheoryData<string, string, string, int> Pages => new()
    {
        { "home", "ketua@zi.demo", "/", QueryBudgets.Home },
        { "worksheet", "ketua@zi.demo", "/lembar-kerja/{office-assessment}", QueryBudgets.Worksheet },
        { "evidence list", "ketua@zi.demo", "/eviden", QueryBudgets.EvidenceList },
        { "review", "penilai@zi.demo", "/reviu/{review-assessment}", QueryBudgets.Review },
        { "work plan", "ketua@zi.demo", "/rencana-kerja", QueryBudgets.WorkPlan },
        { "pact campaign", "admin@zi.demo", "/pakta/kampanye/{campaign}", QueryBudgets.PactCampaign },
        { "staff list", "admin@zi.demo", "/pegawai", QueryBudgets.StaffList },
        { "dashboard", "pimpinan@zi.demo", "/kesiapan", QueryBudgets.Dashboard },
        { "roll-up", "kanwil@zi.demo", "/rekap", QueryBudgets.Rollup },
        { "report PDF", "ketua@zi.demo", "/laporan/pdf/{office-assessment}", QueryBudgets.ReportPdf },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Daily_page_stays_within_its_query_budget_on_the_demo_and_the_large_set(string page, string email, string url, int budget)
    {
        var onSmall = await CountGetAsync(small, email, url);
        var onLarge = await CountGetAsync(large, email, url);
        output.WriteLine($"{page}: {onSmall} commands on the demo set, {onLarge} on the large set (budget {budget})");
        output.WriteLine(Listing(large));

        onSmall.ShouldBeLessThanOrEqualTo(budget, Listing(small));
        onLarge.ShouldBeLessThanOrEqualTo(budget, Listing(large));
        onLarge.ShouldBeLessThanOrEqualTo(onSmall + GrowthAllowance, $"{page} grows with the data: {Listing(large)}");
    }

    [Fact]
    public async Task Worksheet_answer_save_takes_at_most_five_round_trips_on_both_sets()
    {
        foreach (var factory in new PortalFactory[] { small, large })
        {
            var id = await OfficeAssessmentAsync(factory);
            var client = await PortalClient.SignedInAsync(factory, "ketua@zi.demo");
            var form = await QuestionFormAsync(client, id, "PPA1A");
            (await PostHtmxAsync(client, form, new() { ["OptionKey"] = "Tidak" })).StatusCode.ShouldBe(HttpStatusCode.OK);
            form = await QuestionFormAsync(client, id, "PPA1A");

            factory.Queries.Reset();
            var response = await PostHtmxAsync(client, form, new() { ["OptionKey"] = "Ya" });
            var count = factory.Queries.Count;

            response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
            output.WriteLine($"worksheet save: {count} commands");
            count.ShouldBeLessThanOrEqualTo(QueryBudgets.WorksheetSave + QueryBudgets.SessionCheck + (factory.Provider == DatabaseProvider.Sqlite ? QueryBudgets.SqliteUnbatchedWrite : 0), Listing(factory));
            (await UnitAnswerAsync(factory, id, "PPA1A"))!.OptionKey.ShouldBe("Ya");
        }
    }

    [Fact]
    public async Task Pact_coverage_pages_its_participant_lists_and_counts_every_participant_on_the_large_set()
    {
        var id = await DemoCampaignAsync(large);
        var (total, signed) = await large.WithDbAsync(async db => (
            await db.Set<PactParticipant>().CountAsync(p => p.CampaignId == id),
            await db.Set<PactSignature>().CountAsync(s => s.CampaignId == id && s.VoidedAtUtc == null)));
        total.ShouldBeGreaterThan(2 * 50, "the large set has more participants than one page");
        var client = await PortalClient.SignedInAsync(large, "admin@zi.demo");

        var page = await client.GetDocumentAsync($"/pakta/kampanye/{id}");

        page.QuerySelector("[data-testid=coverage-total]")!.TextContent.ShouldContain($"{signed} dari {total}".Replace(",", "."));
        page.QuerySelectorAll("[data-testid=not-signed] tbody tr").Length.ShouldBeLessThanOrEqualTo(50);
        page.QuerySelectorAll("[data-testid=signed] tbody tr").Length.ShouldBe(50);
        var next = page.QuerySelectorAll("[data-testid=pager] a.page-link").Select(a => a.GetAttribute("href")!).First(h => h.Contains("pageSigned=2"));
        var second = await client.GetDocumentAsync(next);
        var firstIds = page.QuerySelectorAll("[data-testid=signed] tbody tr").Select(r => r.GetAttribute("data-staff")).ToHashSet();
        second.QuerySelectorAll("[data-testid=signed] tbody tr").Select(r => r.GetAttribute("data-staff")).ShouldAllBe(s => !firstIds.Contains(s));
    }

    private async Task<int> CountGetAsync(PortalFactory factory, string email, string url)
    {
        url = url.Replace("{office-assessment}", (await OfficeAssessmentAsync(factory)).ToString())
            .Replace("{review-assessment}", (await ReviewAssessmentAsync(factory)).ToString())
            .Replace("{campaign}", (await DemoCampaignAsync(factory)).ToString());
        var client = await PortalClient.SignedInAsync(factory, email);
        var warm = await client.Http.GetAsync(url);
        warm.StatusCode.ShouldBe(HttpStatusCode.OK, $"GET {url} as {email}");
        // The page's own cost: rendered, not served whole from the page cache (ADR 0021; PageCacheTests count a kept page).
        factory.Services.GetRequiredService<PageCache>().Clear();
        factory.Queries.Reset();
        var response = await client.Http.GetAsync(url);
        var count = factory.Queries.Count;
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return count;
    }

    private static string Listing(PortalFactory factory) =>
        string.Join("\n---\n", factory.Queries.Commands.Select(c => c.Length > 300 ? c[..300] + "…" : c));

    private static Task<int> OfficeAssessmentAsync(PortalFactory factory) => DemoAssessmentIdAsync(factory);

    /// <summary>The demo KUA whose assessment the roll-up demo put in Reviu Internal.</summary>
    private static Task<int> ReviewAssessmentAsync(PortalFactory factory) =>
        factory.WithDbAsync(db => db.Set<Assessment>().Where(a => a.Stage == AssessmentStage.InternalReview && db.Units.Any(u => u.Id == a.UnitId && u.Code == "KUA-KLOJEN"))
            .Select(a => a.Id).SingleAsync());

    private static Task<int> DemoCampaignAsync(PortalFactory factory) =>
        factory.WithDbAsync(db => db.Set<PactCampaign>().Where(c => c.Title == PactDemoData.CampaignTitle && db.Units.Any(u => u.Id == c.UnitId && u.Code == DemoSeeder.OfficeCode))
            .Select(c => c.Id).SingleAsync());
}

/// <summary>
/// The SQL commands one request of each daily page may send (docs/decisions/0016-paging-and-query-budgets.md).
/// Lower a budget when a page gets cheaper; raising one needs a reason in the commit message.
/// </summary>
/// <summary>
/// Every budget includes the server-side session check of a signed-in request (one query on <c>user_sessions</c>,
/// issue 18: a signed-out or invalidated session is refused at once), <see cref="SessionCheck"/>.
/// </summary>
public static class QueryBudgets
{
    /// <summary>The per-request session check (ASVS 3.3): counted in every page budget and added to the save's.</summary>
    public const int SessionCheck = 1;

    // Units come from the per-request UnitDirectory (one query), the home score from AnswerCache (one stamp query),
    // the worksheet's evidence panels from two queries for the whole tab (before: home 23, worksheet 36, evidence 14,
    // review 29, work plan 15, pact campaign 16, dashboard 30; docs/performance.md).
    public const int Home = 16;
    public const int Worksheet = 18;
    public const int EvidenceList = 13;
    public const int Review = 13;
    public const int WorkPlan = 14;
    public const int PactCampaign = 10;
    public const int StaffList = 6;

    /// <summary>Layout and home widgets plus a fixed dozen for the widgets; answers come from AnswerCache (one stamp query).</summary>
    public const int Dashboard = 25;

    /// <summary>Units, years, assessments, one answers-stamp query, evidence/staff/signature aggregates: none per unit.</summary>
    public const int Rollup = 10;

    public const int ReportPdf = 12;

    /// <summary>
    /// Issue 19 / issue 17 item 5: one answer save (the htmx round trip) in at most five round trips: the assessment
    /// with everything about the question, the unit scope, the area rights, the unit's answers, the write.
    /// </summary>
    public const int WorksheetSave = 5;

    /// <summary>
    /// The SQLite provider sends each modified row as its own command (no batching): the answer update and its
    /// history row are two commands there, one batch on PostgreSQL.
    /// </summary>
    public const int SqliteUnbatchedWrite = 1;
}
