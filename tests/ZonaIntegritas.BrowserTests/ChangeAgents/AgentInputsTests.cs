using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using ZonaIntegritas.BrowserTests.Infrastructure;
using ZonaIntegritas.Web.Domain.Assessments;
using ZonaIntegritas.Web.Domain.ChangeAgents;

namespace ZonaIntegritas.BrowserTests.ChangeAgents;

/// <summary>The Agen Perubahan register's numbers offered on the worksheet's PRA1A question.</summary>
public class AgentInputsTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Accepting_the_register_numbers_fills_and_saves_the_PRA1A_worksheet_inputs()
    {
        var id = await browser.OfficeAssessmentIdAsync();
        var page = await browser.NewSignedInPageAsync("ketua@zi.demo");
        var errors = BrowserFixture.CollectErrors(page);

        await page.GotoAsync(browser.Url($"/lembar-kerja/{id}?tab=A"));
        var panel = page.Locator("#agent-inputs-PRA1A");
        var agents = int.Parse(await panel.Locator("[data-testid=computed-PRA1A] [data-key=agen]").InnerTextAsync(), CultureInfo.InvariantCulture);
        var changes = int.Parse(await panel.Locator("[data-testid=computed-PRA1A] [data-key=perubahan]").InnerTextAsync(), CultureInfo.InvariantCulture);
        agents.ShouldBeGreaterThan(0, "the demo register has active agents");

        await panel.Locator("[data-testid=accept-register]").ClickAsync();

        await Assertions.Expect(page.Locator("#agent-inputs-PRA1A [data-testid=latest-decision]")).ToContainTextAsync("Angka register digunakan");
        await Assertions.Expect(page.Locator("#q-PRA1A-in-agen")).ToHaveValueAsync(agents.ToString(CultureInfo.InvariantCulture));
        await Assertions.Expect(page.Locator("#q-PRA1A-in-perubahan")).ToHaveValueAsync(changes.ToString(CultureInfo.InvariantCulture));
        await Assertions.Expect(page.Locator("[data-testid=pct-PRA1A]")).Not.ToContainTextAsync("lengkapi");
        var expected = $"{{\"agen\":{agents},\"perubahan\":{changes}}}";
        string? stored = null;
        for (var i = 0; i < 50 && stored != expected; i++)
        {
            await Task.Delay(200);
            stored = await browser.Portal.WithDbAsync(db =>
                db.Set<UnitAnswer>().Where(a => a.AssessmentId == id && a.QuestionCode == "PRA1A").Select(a => a.InputsJson).SingleOrDefaultAsync());
        }
        stored.ShouldBe(expected, "the worksheet saved the copied numbers");
        var decision = await browser.Portal.WithDbAsync(db => db.Set<AgentInputDecision>().Where(d => d.QuestionCode == "PRA1A").OrderBy(d => d.Id).LastAsync());
        (decision.IsOverride, decision.Agents, decision.Changes).ShouldBe((false, agents, changes));
        await browser.ScreenshotAsync(page, "worksheet-agen-perubahan");
        errors.ShouldBeEmpty();
        await page.Context.CloseAsync();
    }
}
