using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using ZonaIntegritas.IntegrationTests.Infrastructure;
using static ZonaIntegritas.IntegrationTests.Dashboard.DashboardTestKit;

namespace ZonaIntegritas.IntegrationTests.Dashboard;

/// <summary>
/// Every link the dashboard, the planner and the roll-up render comes from the route table (ADR 0017) and resolves:
/// a GET on it answers 200 or a redirect (302 to a file or a sign-in step), never 404.
/// </summary>
[Collection(PactsAndDashboardDemoPortalCollection.Name)]
public class DashboardLinkTests(DemoPortal demo)
{
    private readonly PortalFactory factory = demo.For(typeof(DashboardLinkTests));

    [Fact]
    public async Task Every_link_on_the_pimpinans_dashboard_resolves()
    {
        var client = await PortalClient.SignedInAsync(factory, "pimpinan@zi.demo");
        var links = Links(await client.GetDocumentAsync("/kesiapan"));
        links.ShouldContain(l => l.StartsWith("/lembar-kerja/", StringComparison.Ordinal), "tiles and gates open the worksheet");
        links.ShouldContain(l => l.StartsWith("/eviden?", StringComparison.Ordinal), "the evidence widget opens the filtered list");
        links.ShouldContain(l => l.StartsWith("/rencana-kerja?", StringComparison.Ordinal), "the work-plan widget opens the plan");
        links.ShouldContain(l => l.StartsWith("/kesiapan/rencana?assessment=", StringComparison.Ordinal), "the planner link");
        await ShouldAllResolveAsync(client, links);
    }

    [Fact]
    public async Task Every_link_on_the_planner_and_a_units_dashboard_from_the_rollup_resolves()
    {
        var client = await PortalClient.SignedInAsync(factory, "pimpinan@zi.demo");
        var dashboard = Links(await client.GetDocumentAsync("/kesiapan"));
        var planner = dashboard.First(l => l.StartsWith("/kesiapan/rencana?assessment=", StringComparison.Ordinal));
        var plannerLinks = Links(await client.GetDocumentAsync(planner));
        plannerLinks.ShouldContain(l => l.StartsWith("/kesiapan?", StringComparison.Ordinal), "the way back to the dashboard");
        await ShouldAllResolveAsync(client, plannerLinks);

        var kanwil = await PortalClient.SignedInAsync(factory, "kanwil@zi.demo");
        var rollup = Links(await kanwil.GetDocumentAsync("/rekap"));
        var unitDashboard = rollup.First(l => l.StartsWith("/kesiapan?unit=", StringComparison.Ordinal));
        await ShouldAllResolveAsync(kanwil, rollup.Where(l => !l.StartsWith("/rekap/", StringComparison.Ordinal)).ToList());
        await ShouldAllResolveAsync(kanwil, Links(await kanwil.GetDocumentAsync(unitDashboard)));
    }

    [Fact]
    public async Task A_work_plan_items_question_link_redirects_to_its_worksheet_tab()
    {
        var unitId = await UnitIdAsync(factory, ZonaIntegritas.Web.Infrastructure.Seeding.DemoSeeder.OfficeCode);
        var (assessmentId, year) = await factory.WithDbAsync(db => db.Set<ZonaIntegritas.Web.Domain.Assessments.Assessment>()
            .Where(a => a.UnitId == unitId).OrderByDescending(a => a.Year).Select(a => new ValueTuple<int, int>(a.Id, a.Year)).FirstAsync());
        var client = await PortalClient.SignedInAsync(factory, "pimpinan@zi.demo");
        var response = await client.Http.GetAsync($"/kesiapan/pertanyaan?unit={unitId}&year={year}&code=PPA1A");
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldBe($"/lembar-kerja/{assessmentId}?tab=A#q-PPA1A");
    }

    /// <summary>Portal links (anchors and GET forms) of the page's main content and menu, without fragments, once each.</summary>
    private static List<string> Links(IHtmlDocument doc) =>
        doc.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!)
            .Concat(doc.QuerySelectorAll("form[method='get'][action]").Select(f => f.GetAttribute("action")!))
            .Where(h => h.StartsWith('/') && !h.StartsWith("//", StringComparison.Ordinal))
            .Select(h => WebUtility.HtmlDecode(h.Split('#')[0]))
            .Distinct(StringComparer.Ordinal)
            .ToList();

    private static async Task ShouldAllResolveAsync(PortalClient client, IReadOnlyList<string> links)
    {
        links.ShouldNotBeEmpty();
        var failures = new List<string>();
        foreach (var link in links)
        {
            using var response = await client.Http.GetAsync(link);
            if (response.StatusCode is not (HttpStatusCode.OK or HttpStatusCode.Redirect))
            {
                failures.Add($"{link} → {(int)response.StatusCode}");
            }
        }
        failures.ShouldBeEmpty();
    }
}
