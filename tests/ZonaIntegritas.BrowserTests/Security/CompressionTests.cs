using Microsoft.Playwright;
using ZonaIntegritas.BrowserTests.Infrastructure;

namespace ZonaIntegritas.BrowserTests.Security;

/// <summary>
/// In a real Chromium (ADR 0022): pages and htmx fragments the portal asks for itself come compressed and work as
/// before; the same page reached from another site comes uncompressed.
/// </summary>
[Collection(BrowserCollection.Name)]
public class CompressionTests(BrowserFixture browser)
{
    private static readonly string[] Encodings = ["br", "gzip"];

    [Fact]
    public async Task The_worksheet_and_its_htmx_save_come_compressed_and_a_link_from_another_site_gets_it_uncompressed()
    {
        var id = await browser.OfficeAssessmentIdAsync();
        var page = await browser.NewSignedInPageAsync("ketua@zi.demo");
        var errors = BrowserFixture.CollectErrors(page);

        // A typed address (Sec-Fetch-Site: none).
        var typed = await page.GotoAsync(browser.Url($"/lembar-kerja/{id}?tab=A"));
        (await typed!.HeaderValueAsync("content-encoding")).ShouldBeOneOf(Encodings);

        // An answer saved with htmx: the fragment comes compressed and the page shows it.
        var card = page.Locator("[data-question]")
            .Filter(new() { Has = page.Locator("input[type=radio]") })
            .Filter(new() { Has = page.GetByText("Belum dijawab") })
            .First;
        var code = await card.GetAttributeAsync("data-question") ?? throw new InvalidOperationException("No unanswered question in area A.");
        var save = page.WaitForResponseAsync(r => r.Request.Method == "POST" && r.Url.Contains("/lembar-kerja/", StringComparison.Ordinal));
        await card.Locator("input[type=radio]").First.CheckAsync();
        (await (await save).HeaderValueAsync("content-encoding")).ShouldBeOneOf(Encodings);
        await page.Locator($"[data-testid=saved-{code}]").WaitForAsync();

        // A link on a page of another origin (cross-site): the session cookie still goes with a top-level link
        // (SameSite=Lax), the page is the same, but it is not compressed.
        var other = await page.Context.NewPageAsync();
        await other.SetContentAsync($"<a id=\"to-portal\" href=\"{browser.Url($"/lembar-kerja/{id}?tab=A")}\">Lembar kerja</a>");
        var navigation = other.WaitForResponseAsync(r => r.Request.IsNavigationRequest && r.Url.Contains("/lembar-kerja/", StringComparison.Ordinal));
        await other.ClickAsync("#to-portal");
        var crossSite = await navigation;
        (await crossSite.Request.HeaderValueAsync("sec-fetch-site")).ShouldBe("cross-site");
        (await crossSite.HeaderValueAsync("content-encoding")).ShouldBeNull();
        await Assertions.Expect(other.Locator($"form[data-question-form='{code}'] input[type=radio]").First).ToBeCheckedAsync();

        errors.ShouldBeEmpty();
        await page.Context.CloseAsync();
    }
}
