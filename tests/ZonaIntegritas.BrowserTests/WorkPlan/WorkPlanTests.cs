using Microsoft.Playwright;
using ZonaIntegritas.BrowserTests.Infrastructure;

namespace ZonaIntegritas.BrowserTests.WorkPlan;

public class WorkPlanTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Ketua_adds_a_plan_item_records_monitoring_and_sees_it_on_the_timeline()
    {
        var page = await fixture.NewSignedInPageAsync("ketua@zi.demo");
        const string activity = "Rapat koordinasi agen perubahan triwulan IV";

        await page.GotoAsync("/rencana-kerja?year=2026");
        await page.ClickAsync("[data-testid=add-item]");
        await page.SelectOptionAsync("#AreaCode", "A");
        await page.FillAsync("#QuestionCodes", "PPA4B, PRA1A");
        await page.FillAsync("#Activity", activity);
        await page.FillAsync("#Output", "Notulen rapat dan daftar hadir");
        await page.SelectOptionAsync("#PicStaffId", new SelectOptionValue { Index = 1 });
        await page.FillAsync("#StartMonth", "2026-10");
        await page.FillAsync("#EndMonth", "2026-12");
        await page.ClickAsync("[data-testid=item-form] button[type=submit]");

        await page.WaitForURLAsync("**/rencana-kerja/butir/**");
        (await page.TextContentAsync("[data-testid=item-title]"))!.Trim().ShouldBe(activity);

        await page.FillAsync("#Notes", "Rapat pertama terlaksana, dua agen berhalangan.");
        await page.FillAsync("#mProgress", "35");
        await page.SelectOptionAsync("#mStatus", "Berjalan");
        await page.ClickAsync("[data-testid=monitor-form] button[type=submit]");
        await page.WaitForSelectorAsync("[data-testid=monitoring-entry]");
        (await page.TextContentAsync("[data-testid=monitoring-entry]"))!.ShouldContain("dua agen berhalangan");
        (await page.TextContentAsync("[data-testid=item-progress]"))!.ShouldContain("35");

        await page.GotoAsync("/rencana-kerja?year=2026");
        await page.ClickAsync("[data-testid=tab-timeline]");
        var row = page.Locator("tr[data-timeline-item]", new PageLocatorOptions { HasText = activity });
        await row.WaitForAsync();
        var months = await row.Locator(".tl-cur").EvaluateAllAsync<string[]>("bars => bars.map(b => b.dataset.month)");
        months.ShouldBe(["10", "11", "12"]);
        (await row.TextContentAsync())!.ShouldContain("35 %");
    }
}
