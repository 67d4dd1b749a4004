using Microsoft.Playwright;
using ZonaIntegritas.BrowserTests.Infrastructure;

namespace ZonaIntegritas.BrowserTests.Dashboard;

public class DashboardJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Pimpinan_lands_on_the_dashboard_follows_a_gate_and_pushes_a_planner_row_into_the_work_plan()
    {
        var page = await fixture.NewSignedInPageAsync("pimpinan@zi.demo");
        var errors = BrowserFixture.CollectErrors(page);
        new Uri(page.Url).AbsolutePath.ShouldBe("/kesiapan", "the kepala kantor lands on Kesiapan ZI after signing in");
        await page.WaitForSelectorAsync("[data-testid=gate-verdict]");
        (await page.Locator("[data-tile]").CountAsync()).ShouldBe(12);
        // The trend chart is drawn by Chart.js from the JSON block (a canvas with a size).
        await page.WaitForFunctionAsync("() => { const c = document.querySelector('canvas[data-chart=trend]'); return c && c.width > 0 && window.Chart && Chart.getChart(c); }");

        await page.ClickAsync("[data-testid=gate-link-AREA_PPA]");
        await page.WaitForURLAsync("**/lembar-kerja/**tab=A**");
        (await page.Locator("#q-PPA1A").CountAsync()).ShouldBe(1);

        await page.GoBackAsync();
        await page.ClickAsync("[data-testid=planner-link]");
        await page.WaitForSelectorAsync("[data-testid=planner-rows]");
        var firstRow = page.Locator("tr[data-row]:has(input[type=checkbox]:not([disabled]))").First;
        var code = (await firstRow.GetAttributeAsync("data-row"))!;
        await firstRow.Locator("input[type=checkbox]").CheckAsync();
        var pic = firstRow.Locator("select");
        if (await pic.InputValueAsync() == "")
        {
            await pic.SelectOptionAsync(new SelectOptionValue { Index = 1 });
        }
        await page.ClickAsync("[data-testid=planner-push]");
        await page.WaitForSelectorAsync($"[data-testid=pushed-{code}]");
        (await page.TextContentAsync(".alert-success"))!.ShouldContain("1 kegiatan ditambahkan");

        await page.ClickAsync($"[data-testid=pushed-{code}]");
        await page.WaitForURLAsync("**/rencana-kerja/butir/**");
        (await page.TextContentAsync("[data-testid=item-title]"))!.ShouldContain($"Naikkan jawaban {code}");
        await page.ClickAsync($"[data-testid=item-questions] a:has-text('{code}')");
        await page.WaitForURLAsync($"**/lembar-kerja/**#q-{code}");

        await page.GotoAsync(fixture.Url("/rencana-kerja"));
        (await page.Locator("body").TextContentAsync())!.ShouldContain($"Naikkan jawaban {code}");
        errors.ShouldBeEmpty();
    }
}
