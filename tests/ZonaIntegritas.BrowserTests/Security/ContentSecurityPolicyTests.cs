using System.Collections.Concurrent;
using Microsoft.Playwright;
using ZonaIntegritas.BrowserTests.Infrastructure;

namespace ZonaIntegritas.BrowserTests.Security;

/// <summary>
/// Every main page, as the role that uses it, under the portal's Content-Security-Policy: zero violations
/// (securitypolicyviolation events and "Refused to …" console messages), scripts and charts included.
/// </summary>
[Collection(BrowserCollection.Name)]
public class ContentSecurityPolicyTests(BrowserFixture browser)
{
    private const string Recorder = """
        window.__cspViolations = [];
        document.addEventListener("securitypolicyviolation", (e) =>
            window.__cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || "inline"} at ${e.sourceFile}:${e.lineNumber}`));
        """;

    public static TheoryData<string, string[]> Pages => new()
    {
        { "admin@zi.demo", ["/", "/pengguna", "/pengguna/baru", "/unit", "/pegawai", "/pegawai/impor", "/versi-lke", "/pakta/templat", "/akun/ubah-sandi", "/akun/dua-langkah", "/akun/dua-langkah/aktifkan"] },
        { "ketua@zi.demo", ["/", "/penilaian", "/eviden", "/rencana-kerja", "/tim", "/agen-perubahan", "/pakta/kampanye", "/pakta/saya", "first:/penilaian a[href^='/lembar-kerja/']", "first:/eviden a[data-testid=evidence-title]"] },
        { "pimpinan@zi.demo", ["/kesiapan", "/", "/penilaian"] },
        { "pegawai@zi.demo", ["/", "/pakta/saya"] },
    };

    /// <summary>How many of a user's pages are open at once: each waits for its network to go quiet (idle time, not CPU).</summary>
    private const int OpenTabs = 4;

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Main_pages_raise_no_content_security_policy_violation(string email, string[] paths)
    {
        var signedIn = await browser.NewSignedInPageAsync(email);
        var context = signedIn.Context;
        await context.AddInitScriptAsync(Recorder);
        var violations = new ConcurrentQueue<string>();
        using var tabs = new SemaphoreSlim(OpenTabs);
        await Task.WhenAll(paths.Select(async entry =>
        {
            await tabs.WaitAsync();
            try
            {
                await VisitAsync(context, email, entry, violations);
            }
            finally
            {
                tabs.Release();
            }
        }));
        violations.ShouldBeEmpty();
        await context.CloseAsync();
    }

    /// <summary>Opens one page (or "first:/List selector", a detail page reached from its list) in a tab of its own.</summary>
    private async Task VisitAsync(IBrowserContext context, string email, string entry, ConcurrentQueue<string> violations)
    {
        var page = await context.NewPageAsync();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                violations.Enqueue($"{page.Url}: console: {message.Text}");
            }
        };
        var path = entry;
        if (entry.StartsWith("first:", StringComparison.Ordinal))
        {
            var (list, selector) = (entry[6..entry.IndexOf(' ', StringComparison.Ordinal)], entry[(entry.IndexOf(' ', StringComparison.Ordinal) + 1)..]);
            await page.GotoAsync(browser.Url(list));
            path = await page.Locator(selector).First.GetAttributeAsync("href") ?? throw new InvalidOperationException($"No link {selector} on {list}.");
        }
        var response = await page.GotoAsync(browser.Url(path));
        response!.Status.ShouldBeLessThan(400, $"{email} {path}");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var recorded = await page.EvaluateAsync<string[]>("() => window.__cspViolations ?? []");
        foreach (var violation in recorded)
        {
            violations.Enqueue($"{path}: {violation}");
        }
        await page.CloseAsync();
    }

    [Fact]
    public async Task The_sign_in_page_carries_the_policy_and_raises_no_violation()
    {
        var page = await browser.NewPageAsync();
        await page.Context.AddInitScriptAsync(Recorder);
        var response = await page.GotoAsync(browser.Url("/akun/masuk"));
        var headers = await response!.AllHeadersAsync();
        headers["content-security-policy"].ShouldContain("script-src 'self'");
        headers["content-security-policy"].ShouldContain("frame-ancestors 'none'");
        headers.ContainsKey("server").ShouldBeFalse();
        (await page.EvaluateAsync<string[]>("() => window.__cspViolations")).ShouldBeEmpty();
    }
}
