using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using ZonaIntegritas.BrowserTests.Infrastructure;
using ZonaIntegritas.Web.Domain.Assessments;

namespace ZonaIntegritas.BrowserTests.Worksheet;

public class WorksheetTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Ketua_answers_in_two_areas_and_sees_progress_and_score_change_without_reloading()
    {
        var id = await browser.OfficeAssessmentIdAsync();
        var page = await browser.NewSignedInPageAsync("ketua@zi.demo");
        var errors = BrowserFixture.CollectErrors(page);

        var codeA = await AnswerFirstUnansweredAsync(page, id, "A");
        var codeB = await AnswerFirstUnansweredAsync(page, id, "B");

        // Typing numbers shows the percentage at once, before anything is saved.
        await page.GotoAsync(browser.Url($"/lembar-kerja/{id}?tab=A"));
        await page.FillAsync("#q-PRA1A-in-agen", "4");
        await page.FillAsync("#q-PRA1A-in-perubahan", "3");
        (await page.Locator("[data-testid=pct-PRA1A]").InnerTextAsync()).ShouldBe("75,00 %");
        // Leaving the first box saved a draft while the second was typed: the typed number must survive that save.
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.Locator("[data-testid=value-PRA1A]")).ToContainTextAsync("Nilai 0,75");
        (await page.InputValueAsync("#q-PRA1A-in-perubahan")).ShouldBe("3");
        (await page.Locator("[data-testid=pct-PRA1A]").InnerTextAsync()).ShouldBe("75,00 %");
        var stored = await browser.Portal.WithDbAsync(db => db.Set<UnitAnswer>().Where(a => a.AssessmentId == id && a.QuestionCode == "PRA1A").Select(a => a.InputsJson).SingleAsync());
        stored.ShouldBe("{\"agen\":4,\"perubahan\":3}");
        await browser.ScreenshotAsync(page, "worksheet-area-A");

        // After a reload the answers are still there.
        await page.GotoAsync(browser.Url($"/lembar-kerja/{id}?tab=B"));
        (await page.Locator($"form[data-question-form='{codeB}'] input[type=radio]").First.IsCheckedAsync()).ShouldBeTrue();
        await page.ReloadAsync();
        (await page.Locator($"form[data-question-form='{codeB}'] input[type=radio]").First.IsCheckedAsync()).ShouldBeTrue();
        await page.GotoAsync(browser.Url($"/lembar-kerja/{id}?tab=A"));
        (await page.Locator($"form[data-question-form='{codeA}'] input[type=radio]").First.IsCheckedAsync()).ShouldBeTrue();
        (await page.Locator($"[data-testid=value-{codeA}]").InnerTextAsync()).ShouldContain("Nilai 1,00");
        await page.GotoAsync(browser.Url($"/penilaian/{id}"));
        (await page.Locator("[data-testid=unit-provisional]").IsVisibleAsync()).ShouldBeTrue("the seeded Hasil values are marked provisional");
        await browser.ScreenshotAsync(page, "assessment-details");
        await page.GotoAsync(browser.Url($"/reviu/{id}?area=A"));
        await browser.ScreenshotAsync(page, "review-side-by-side");
        errors.ShouldBeEmpty();
        await page.Context.CloseAsync();
    }

    /// <summary>Opens the area tab, answers its first unanswered option question with the best option, checks in-place updates.</summary>
    private async Task<string> AnswerFirstUnansweredAsync(IPage page, int id, string area)
    {
        await page.GotoAsync(browser.Url($"/lembar-kerja/{id}?tab={area}"));
        var url = page.Url;
        await page.EvaluateAsync("() => { window.__noReload = 'ok'; }");
        var progress = page.Locator($"[data-testid=progress-{area}]");
        var pengungkit = page.Locator("[data-testid=score-pengungkit]");
        var total = page.Locator("[data-testid=score-total]");
        var progressBefore = await progress.InnerTextAsync();
        var pengungkitBefore = await pengungkit.InnerTextAsync();
        var totalBefore = await total.InnerTextAsync();

        var card = page.Locator("[data-question]")
            .Filter(new() { Has = page.Locator("input[type=radio]") })
            .Filter(new() { Has = page.GetByText("Belum dijawab") })
            .First;
        var code = await card.GetAttributeAsync("data-question") ?? throw new InvalidOperationException($"No unanswered question in area {area}.");
        await card.Locator("input[type=radio]").First.CheckAsync();
        await page.Locator($"[data-testid=saved-{code}]").WaitForAsync();

        await Assertions.Expect(progress).Not.ToHaveTextAsync(progressBefore);
        await Assertions.Expect(pengungkit).Not.ToHaveTextAsync(pengungkitBefore);
        await Assertions.Expect(total).Not.ToHaveTextAsync(totalBefore);
        Answered(await progress.InnerTextAsync()).ShouldBe(Answered(progressBefore) + 1);
        page.Url.ShouldBe(url);
        (await page.EvaluateAsync<string>("() => window.__noReload")).ShouldBe("ok", "the page was not reloaded");
        return code;
    }

    private static int Answered(string progress) => int.Parse(progress.Split('/')[0].Trim(), System.Globalization.CultureInfo.InvariantCulture);
}
