using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ZonaIntegritas.Web.Infrastructure.Data;

namespace ZonaIntegritas.BrowserTests.IntegrityPacts;

/// <summary>
/// A minimal browser fixture for the pact journey: the real portal on Kestrel (loopback, free port, fresh
/// SQLite with demo data) and Debian's headless Chromium through Playwright. Its API mirrors the shared
/// <c>BrowserFixture</c> (Url, NewPageAsync, NewSignedInPageAsync, Portal.WithDbAsync) so the coordinator can
/// swap it for the shared one when the branches are merged.
/// </summary>
public sealed class PactBrowserFixture : IAsyncLifetime
{
    public const string DemoPassword = "ZonaIntegritas#Demo1";

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
    ];

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public PactPortalFactory Portal { get; } = new();

    public string BaseUrl { get; private set; } = "";

    public async Task InitializeAsync()
    {
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        Portal.StartServer();
        BaseUrl = Portal.BaseUrl;
        var executable = Environment.GetEnvironmentVariable("ZI_CHROMIUM") is { Length: > 0 } custom ? custom : "/usr/bin/chromium";
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException($"Chromium not found at {executable}: apt-get install -y chromium, or set ZI_CHROMIUM.");
        }
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = executable, Headless = true, Args = ChromiumArgs });
    }

    public string Url(string path) => BaseUrl + (path.StartsWith('/') ? path : "/" + path);

    public async Task<IPage> NewPageAsync(ViewportSize? viewport = null, bool hasTouch = false)
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            ViewportSize = viewport ?? new ViewportSize { Width = 1366, Height = 900 },
            HasTouch = hasTouch,
            IsMobile = hasTouch,
            Locale = "id-ID",
            TimezoneId = "Asia/Jakarta",
            AcceptDownloads = true,
        });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    public async Task<IPage> NewSignedInPageAsync(string email, ViewportSize? viewport = null, bool hasTouch = false)
    {
        var page = await NewPageAsync(viewport, hasTouch);
        await page.GotoAsync(Url("/Account/Login"));
        await page.FillAsync("input[name=Email]", email);
        await page.FillAsync("input[name=Password]", DemoPassword);
        await page.ClickAsync("form[action='/Account/Login'] button[type=submit]");
        await page.Locator("[data-testid=role-labels]").WaitForAsync();
        return page;
    }

    /// <summary>Saves a full-page PNG as {name}.png in $ZI_SCREENSHOTS, else test-output/screenshots under the repository.</summary>
    public static async Task ScreenshotAsync(IPage page, string name)
    {
        var dir = Environment.GetEnvironmentVariable("ZI_SCREENSHOTS") is { Length: > 0 } configured ? configured : DefaultScreenshotDirectory();
        Directory.CreateDirectory(dir);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(dir, name + ".png"), FullPage = true });
    }

    private static string DefaultScreenshotDirectory()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ZonaIntegritas.sln")))
        {
            dir = dir.Parent;
        }
        return Path.Combine(dir?.FullName ?? Path.GetTempPath(), "test-output", "screenshots");
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }
        _playwright?.Dispose();
        await Portal.DisposeAsync();
    }
}

/// <summary>The portal on Kestrel with a fresh SQLite file and demo data (a copy of the shared browser factory).</summary>
public sealed class PactPortalFactory : WebApplicationFactory<Program>
{
    public string DataPath { get; } = Path.Combine(Path.GetTempPath(), "zi-browser-pakta", Guid.NewGuid().ToString("N"));

    public PactPortalFactory()
    {
        Directory.CreateDirectory(DataPath);
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
    }

    public string BaseUrl => Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:Default", $"Data Source={Path.Combine(DataPath, "browser.db")}");
        builder.UseSetting("Storage:DataPath", DataPath);
        builder.UseSetting("Demo:Seed", "true");
        builder.UseSetting("Serilog:MinimumLevel", "Warning");
        builder.UseSetting("Serilog:WriteTo:1:Args:path", Path.Combine(DataPath, "logs", "browser-.log"));
        // Testing does not load static web assets by itself: serve wwwroot/lib from the web project.
        builder.UseStaticWebAssets();
    }

    public async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            try
            {
                Directory.Delete(DataPath, recursive: true);
            }
            catch (IOException)
            {
                // A file still open on a slow shutdown: the temp folder is cleaned by the OS.
            }
        }
    }
}
