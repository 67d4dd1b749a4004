using Microsoft.EntityFrameworkCore;
using ZonaIntegritas.IntegrationTests.Infrastructure;
using ZonaIntegritas.Web.Domain.WorkPlans;
using ZonaIntegritas.Web.Features.WorkPlans;
using ZonaIntegritas.Web.Infrastructure.Seeding;

namespace ZonaIntegritas.IntegrationTests.Performance;

/// <summary>
/// The work plan list on a Kantor-sized plan (issue 19): filtered, counted and paged in SQL, one page of rows, and a
/// PIC filter that offers the plan's PICs instead of every staff member of the unit. The demo office's plan is grown
/// past two pages first.
/// </summary>
[Collection(PactsAndDashboardDemoPortalCollection.Name)]
public class WorkPlanPagingTests(DemoPortal demo)
{
    private readonly PortalFactory portal = demo.For(typeof(WorkPlanPagingTests));

    private const int Added = (2 * WorkPlanService.PageSize) + 7;

    private Task GrowPlanAsync() => portal.WithDbAsync(async db =>
    {
        var plan = await db.Set<WorkPlan>().Where(p => db.Units.Any(u => u.Id == p.UnitId && u.Code == DemoSeeder.OfficeCode))
            .OrderByDescending(p => p.Year).FirstAsync();
        if (await db.Set<WorkPlanItem>().AnyAsync(i => i.WorkPlanId == plan.Id && i.Activity.StartsWith("Kegiatan uji halaman")))
        {
            return;
        }
        var template = await db.Set<WorkPlanItem>().AsNoTracking().FirstAsync(i => i.WorkPlanId == plan.Id);
        for (var n = 1; n <= Added; n++)
        {
            db.Add(new WorkPlanItem
            {
                WorkPlanId = plan.Id,
                AreaCode = template.AreaCode,
                Activity = $"Kegiatan uji halaman {n:000}",
                Output = "Keluaran uji",
                PicStaffId = template.PicStaffId,
                OriginalStartMonth = template.StartMonth,
                OriginalEndMonth = template.EndMonth,
                StartMonth = template.StartMonth,
                EndMonth = template.EndMonth,
            });
        }
        await db.SaveChangesAsync();
    });

    [Fact]
    public async Task The_list_shows_one_page_with_the_counts_of_the_whole_plan()
    {
        await GrowPlanAsync();
        var (planId, total, pics) = await portal.WithDbAsync(async db =>
        {
            var plan = await db.Set<WorkPlan>().Where(p => db.Units.Any(u => u.Id == p.UnitId && u.Code == DemoSeeder.OfficeCode))
                .OrderByDescending(p => p.Year).Select(p => new { p.Id, p.Year }).FirstAsync();
            var items = db.Set<WorkPlanItem>().Where(i => i.WorkPlanId == plan.Id);
            return (plan.Id, await items.CountAsync(), await items.Select(i => i.PicStaffId).Distinct().CountAsync());
        });
        total.ShouldBeGreaterThan(WorkPlanService.PageSize, "the grown plan has more items than two pages");
        var year = await portal.WithDbAsync(db => db.Set<WorkPlan>().Where(p => p.Id == planId).Select(p => p.Year).FirstAsync());
        var client = await PortalClient.SignedInAsync(portal, "ketua@zi.demo");

        var first = await client.GetDocumentAsync($"/rencana-kerja?year={year}");

        var rows = first.QuerySelectorAll("[data-testid=plan-items] tbody tr[data-item]");
        rows.Length.ShouldBe(WorkPlanService.PageSize);
        first.Body!.TextContent.ShouldContain($"{total} dari {total} kegiatan");
        first.QuerySelectorAll("#fPic option[value]").Count(o => o.GetAttribute("value") != "").ShouldBe(pics);
        var lastPage = (total + WorkPlanService.PageSize - 1) / WorkPlanService.PageSize;
        var last = await client.GetDocumentAsync($"/rencana-kerja?year={year}&page={lastPage}");
        var lastRows = last.QuerySelectorAll("[data-testid=plan-items] tbody tr[data-item]").Select(r => r.GetAttribute("data-item")).ToList();
        lastRows.Count.ShouldBe(total - ((lastPage - 1) * WorkPlanService.PageSize));
        lastRows.ShouldAllBe(id => rows.All(r => r.GetAttribute("data-item") != id));
    }

    [Fact]
    public async Task A_filter_is_applied_before_paging_and_counted_in_sql()
    {
        await GrowPlanAsync();
        var (year, area, inArea) = await portal.WithDbAsync(async db =>
        {
            var plan = await db.Set<WorkPlan>().Where(p => db.Units.Any(u => u.Id == p.UnitId && u.Code == DemoSeeder.OfficeCode))
                .OrderByDescending(p => p.Year).Select(p => new { p.Id, p.Year }).FirstAsync();
            var byArea = await db.Set<WorkPlanItem>().Where(i => i.WorkPlanId == plan.Id).GroupBy(i => i.AreaCode)
                .Select(g => new { g.Key, Count = g.Count() }).OrderByDescending(g => g.Count).FirstAsync();
            return (plan.Year, byArea.Key, byArea.Count);
        });
        var client = await PortalClient.SignedInAsync(portal, "ketua@zi.demo");

        var page = await client.GetDocumentAsync($"/rencana-kerja?year={year}&Area={area}");

        var rows = page.QuerySelectorAll("[data-testid=plan-items] tbody tr[data-item]");
        rows.Length.ShouldBe(Math.Min(inArea, WorkPlanService.PageSize));
        rows.ShouldAllBe(r => r.QuerySelector("td")!.TextContent.Trim() == area);
        page.Body!.TextContent.ShouldContain($"{inArea} dari ");
    }

    [Fact]
    public async Task The_status_filter_reads_the_written_name_the_english_name_and_the_number_and_keeps_the_written_name()
    {
        var (year, inProgress) = await portal.WithDbAsync(async db =>
        {
            var plan = await db.Set<WorkPlan>().Where(p => db.Units.Any(u => u.Id == p.UnitId && u.Code == DemoSeeder.OfficeCode))
                .OrderByDescending(p => p.Year).Select(p => new { p.Id, p.Year }).FirstAsync();
            return (plan.Year, await db.Set<WorkPlanItem>().CountAsync(i => i.WorkPlanId == plan.Id && i.Status == WorkPlanStatus.InProgress));
        });
        inProgress.ShouldBeGreaterThan(0, "the demo plan has items under way");
        var client = await PortalClient.SignedInAsync(portal, "ketua@zi.demo");

        // "Berjalan" is what the form posts and what links bookmarked before the rename carry.
        foreach (var spelling in new[] { "Berjalan", "berjalan", "InProgress", "2" })
        {
            var page = await client.GetDocumentAsync($"/rencana-kerja?year={year}&Status={spelling}");
            page.Body!.TextContent.ShouldContain($"{inProgress} dari ", customMessage: spelling);
            page.QuerySelector("#fStatus option[selected]")!.GetAttribute("value").ShouldBe("Berjalan", spelling);
        }
        var unknown = await client.Http.GetAsync($"/rencana-kerja?year={year}&Status=Ngawur");
        unknown.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK, "an unknown status is no filter, not an error page");
    }
}
