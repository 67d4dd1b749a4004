using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ZonaIntegritas.Web.Infrastructure.Data;

namespace ZonaIntegritas.BrowserTests.Worksheet;

/// <summary>
/// A minimal browser fixture for the worksheet journey, written while the shared BrowserFixture was not on main
/// yet: the real portal on Kestrel (loopback, free port, fresh SQLite with demo data) and Debian's headless
/// Chromium through Playwright. When the shared fixture is merged, the test can switch to it unchanged apart
/// from the fixture type (same member names: Url, NewSignedInPageAsync, ScreenshotAsync, Portal).
/// </summary>
public sealed class WorksheetBrowserFixture : IAsyncLifetime
{
    public const string DemoPassword = "ZonaIntegritas#Demo1";

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
    ];

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public WorksheetPortalFactory Portal { get; } = new();

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

    public async Task<IPage> NewSignedInPageAsync(string email, string password = DemoPassword)
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            ViewportSize = new ViewportSize { Width = 1366, Height = 900 },
            Locale = "id-ID",
            TimezoneId = "Asia/Jakarta",
        });
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync(Url("/Account/Login"));
        await page.FillAsync("input[name=Email]", email);
        await page.FillAsync("input[name=Password]", password);
        await page.ClickAsync("form[action='/Account/Login'] button[type=submit]");
        await page.Locator("[data-testid=role-labels]").WaitForAsync();
        return page;
    }

    /// <summary>Saves a PNG into $ZI_SCREENSHOTS (or the temp folder's zi-screenshots) and returns its path.</summary>
    public async Task<string> ScreenshotAsync(IPage page, string name)
    {
        var dir = Environment.GetEnvironmentVariable("ZI_SCREENSHOTS") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Path.GetTempPath(), "zi-screenshots");
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
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

public sealed class WorksheetPortalFactory : WebApplicationFactory<Program>
{
    public string DataPath { get; }

    public WorksheetPortalFactory()
    {
        DataPath = Path.Combine(Path.GetTempPath(), "zi-browser-worksheet", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(DataPath);
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
    }

    public string BaseUrl =>
        Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:Default", $"Data Source={Path.Combine(DataPath, "browser.db")}");
        builder.UseSetting("Storage:DataPath", DataPath);
        builder.UseSetting("Demo:Seed", "true");
        builder.UseSetting("Serilog:MinimumLevel", "Warning");
        builder.UseSetting("Serilog:WriteTo:1:Args:path", Path.Combine(DataPath, "logs", "browser-.log"));
        // Testing does not load static web assets by itself; wwwroot/lib (copied from npm at build) is needed.
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
                // Still open on a slow shutdown: the OS cleans the temp folder.
            }
        }
    }
}
