using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using ZonaIntegritas.Web.Domain.Assessments;
using ZonaIntegritas.Web.Infrastructure.Seeding;

namespace ZonaIntegritas.BrowserTests.Infrastructure;

/// <summary>
/// One real portal (Kestrel on a loopback port, its own SQLite copy of the demo data) in the run's one headless
/// Chromium. Add a browser test like this:
/// <code>
/// [Collection(BrowserCollection.Name)]
/// public class EvidenceJourneyTests(BrowserFixture browser)
/// {
///     [Fact]
///     public async Task Ketua_uploads_a_pdf_and_sees_it_listed()
///     {
///         var page = await browser.NewSignedInPageAsync("ketua@zi.demo");
///         await page.GotoAsync(browser.Url("/eviden"));
///         ...
///         await browser.ScreenshotAsync(page, "evidence-list");
///     }
/// }
/// </code>
/// API: <see cref="BaseUrl"/> / <see cref="Url"/>; <see cref="NewPageAsync"/> (a fresh browser context = own
/// cookies, optional viewport); <see cref="NewSignedInPageAsync"/> (signs in through the login form and waits
/// for the home page); <see cref="ScreenshotAsync"/> (PNG into test-output/screenshots, or $ZI_SCREENSHOTS);
/// <see cref="Portal"/> (the app: <c>Portal.Services</c>, <c>Portal.WithDbAsync</c>).
/// Use it as a collection fixture (one portal for the classes in <see cref="BrowserCollection"/>) or as a class
/// fixture (<c>IClassFixture&lt;BrowserFixture&gt;</c>: a portal of the class's own, for journeys that change
/// shared demo data). Within one portal, create your own records (unique names) instead of relying on others' changes.
/// A fixture's contexts are closed when it is disposed; close long-lived ones yourself with <c>page.Context.CloseAsync()</c>.
/// Chromium is Debian's /usr/bin/chromium-headless-shell, else /usr/bin/chromium (override with $ZI_CHROMIUM); no browser
/// is ever downloaded.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string DemoPassword = "ZonaIntegritas#Demo1";

    /// <summary>A desktop viewport, used when a test does not ask for another.</summary>
    public static readonly ViewportSize Desktop = new() { Width = 1366, Height = 900 };

    /// <summary>A phone-sized viewport (a common Android phone).</summary>
    public static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
    ];

    /// <summary>One Chromium for the whole run: every fixture opens its contexts in it (a launch per portal cost CPU, not isolation).</summary>
    private static readonly Lazy<Task<IBrowser>> SharedBrowser = new(LaunchAsync, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly List<IBrowserContext> _contexts = [];
    private IBrowser? _browser;

    public BrowserPortalFactory Portal { get; } = new();

    public string BaseUrl { get; private set; } = "";

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser is not started.");

    /// <summary>Where screenshots go: $ZI_SCREENSHOTS, else test-output/screenshots under the repository root.</summary>
    public static string ScreenshotDirectory { get; } = ResolveScreenshotDirectory();

    public async Task InitializeAsync()
    {
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        Portal.StartServer();
        BaseUrl = Portal.BaseUrl;

        _browser = await SharedBrowser.Value;
    }

    private static async Task<IBrowser> LaunchAsync()
    {
        var executable = ChromiumExecutable();
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException(
                $"Chromium not found at {executable}. Install Debian's chromium-headless-shell (scripts/test.sh does) or set ZI_CHROMIUM.");
        }
        // Closed with the test process: the Playwright driver ends the browser when its parent goes away.
        var playwright = await Playwright.CreateAsync();
        return await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>
    /// $ZI_CHROMIUM, else Debian's chromium-headless-shell (the "old" headless Chromium Playwright itself uses for headless
    /// runs: the same Blink and V8 without the browser shell, half the CPU of the full browser here), else the full chromium.
    /// </summary>
    public static string ChromiumExecutable()
    {
        if (Environment.GetEnvironmentVariable("ZI_CHROMIUM") is { Length: > 0 } custom)
        {
            return custom;
        }
        const string shell = "/usr/bin/chromium-headless-shell";
        return File.Exists(shell) ? shell : "/usr/bin/chromium";
    }

    /// <summary>The id of the demo office's assessment (the one the demo's Tim ZI works on).</summary>
    public Task<int> OfficeAssessmentIdAsync() => Portal.WithDbAsync(db =>
        db.Set<Assessment>().Where(a => db.Units.Any(u => u.Id == a.UnitId && u.Code == DemoSeeder.OfficeCode)).Select(a => a.Id).SingleAsync());

    /// <summary>An absolute URL for a path of the portal, e.g. <c>Url("/akun/masuk")</c>.</summary>
    public string Url(string path) => BaseUrl + (path.StartsWith('/') ? path : "/" + path);

    /// <summary>A page in a new browser context (own cookies), Indonesian locale, WIB time zone; <paramref name="hasTouch"/> for phone journeys.</summary>
    public Task<IPage> NewPageAsync(ViewportSize? viewport = null, bool hasTouch = false) =>
        NewPageAsync(new BrowserNewContextOptions { ViewportSize = viewport ?? Desktop, HasTouch = hasTouch });

    /// <summary>A page in a new browser context with these options (e.g. a phone's user agent); the portal's address, id-ID and WIB are filled in when unset.</summary>
    public async Task<IPage> NewPageAsync(BrowserNewContextOptions options)
    {
        options.BaseURL ??= BaseUrl;
        options.ViewportSize ??= Desktop;
        options.Locale ??= "id-ID";
        options.TimezoneId ??= "Asia/Jakarta";
        var context = await Browser.NewContextAsync(options);
        lock (_contexts)
        {
            _contexts.Add(context);
        }
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    /// <summary>Signs in through the login form (demo password by default) and waits for the home page.</summary>
    public Task<IPage> NewSignedInPageAsync(string email, string password = DemoPassword, ViewportSize? viewport = null, bool hasTouch = false) =>
        NewSignedInPageAsync(email, new BrowserNewContextOptions { ViewportSize = viewport ?? Desktop, HasTouch = hasTouch }, password);

    /// <summary>Signs in within a context made with <paramref name="options"/> (see <see cref="NewPageAsync(BrowserNewContextOptions)"/>).</summary>
    public async Task<IPage> NewSignedInPageAsync(string email, BrowserNewContextOptions options, string password = DemoPassword)
    {
        var page = await NewPageAsync(options);
        await page.GotoAsync(Url("/akun/masuk"));
        await page.FillAsync("input[name=Email]", email);
        await page.FillAsync("input[name=Password]", password);
        await page.ClickAsync("form[action='/akun/masuk'] button[type=submit]");
        // The home page shows the role labels (a Pimpinan's home is the Kesiapan ZI dashboard, a parent unit's
        // Pimpinan the roll-up); a refused sign-in shows the validation summary instead.
        var home = page.Locator("[data-testid=role-labels]").Or(page.Locator("[data-testid=dashboard-header]"))
            .Or(page.Locator("[data-testid=rollup-counts]")).Or(page.Locator("[data-testid=dashboard-empty]"));
        var refused = page.Locator("[data-testid=validation-summary]");
        await home.Or(refused).First.WaitForAsync();
        if (await refused.CountAsync() > 0 || new Uri(page.Url).AbsolutePath is not ("/" or "/kesiapan" or "/rekap"))
        {
            throw new InvalidOperationException($"Sign-in as {email} did not reach the home page (now at {page.Url}).");
        }
        return page;
    }

    /// <summary>
    /// Collects what goes wrong on a page from now on: console errors and responses with status 400 or more.
    /// A console line "Failed to load resource" is left to the status check (the browser's own favicon request
    /// is not a page resource).
    /// </summary>
    public static List<string> CollectErrors(IPage page)
    {
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && !message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal))
            {
                errors.Add("console: " + message.Text);
            }
        };
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                errors.Add($"{response.Status} {response.Url}");
            }
        };
        return errors;
    }

    /// <summary>Saves a PNG of the page as <c>{name}.png</c> in <see cref="ScreenshotDirectory"/> and returns its path.</summary>
    public async Task<string> ScreenshotAsync(IPage page, string name, bool fullPage = true)
    {
        ArgumentNullException.ThrowIfNull(page);
        Directory.CreateDirectory(ScreenshotDirectory);
        var safe = string.Concat(name.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '-'));
        var path = Path.Combine(ScreenshotDirectory, safe + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = fullPage });
        return path;
    }

    /// <summary>Closes this fixture's contexts (the shared browser stays for the other fixtures) and stops its portal.</summary>
    public async Task DisposeAsync()
    {
        List<IBrowserContext> contexts;
        lock (_contexts)
        {
            contexts = [.. _contexts];
        }
        foreach (var context in contexts)
        {
            await context.CloseAsync();
        }
        await Portal.DisposeAsync();
    }

    private static string ResolveScreenshotDirectory()
    {
        if (Environment.GetEnvironmentVariable("ZI_SCREENSHOTS") is { Length: > 0 } configured)
        {
            return Path.GetFullPath(configured);
        }
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ZonaIntegritas.sln")))
        {
            dir = dir.Parent;
        }
        return Path.Combine(dir?.FullName ?? Path.GetTempPath(), "test-output", "screenshots");
    }
}

/// <summary>All browser tests share one <see cref="BrowserFixture"/>: mark test classes <c>[Collection(BrowserCollection.Name)]</c>.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
