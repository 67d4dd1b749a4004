using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ZonaIntegritas.BrowserTests.Evidence;

/// <summary>
/// Minimal browser fixture for the evidence tests (until the shared BrowserFixture lands): the real portal on a
/// Kestrel loopback port with a fresh SQLite file and demo data, and Debian's headless Chromium via Playwright.
/// </summary>
public sealed class EvidenceBrowserFixture : IAsyncLifetime
{
    public const string Password = "ZonaIntegritas#Demo1";

    private readonly string _dataPath = Path.Combine(Path.GetTempPath(), "zi-browser", Guid.NewGuid().ToString("N"));
    private PortalHost? _host;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;
    public string BaseUrl { get; private set; } = "";

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_dataPath);
        _host = new PortalHost(_dataPath);
        _host.UseKestrel(0);
        _host.StartServer();
        var address = _host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseUrl = address.Replace("[::]", "127.0.0.1").Replace("0.0.0.0", "127.0.0.1").TrimEnd('/');

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run",
            ],
        });
    }

    public async Task<IPage> SignedInPageAsync(string email, BrowserNewContextOptions? options = null)
    {
        var context = await Browser.NewContextAsync(options ?? new BrowserNewContextOptions());
        var page = await context.NewPageAsync();
        await page.GotoAsync(BaseUrl + "/Account/Login");
        await page.FillAsync("input[name=Email]", email);
        await page.FillAsync("input[name=Password]", Password);
        await page.ClickAsync("form[action='/Account/Login'] button[type=submit]");
        await page.WaitForURLAsync(BaseUrl + "/");
        return page;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }
        _playwright?.Dispose();
        _host?.Dispose();
        try
        {
            Directory.Delete(_dataPath, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private sealed class PortalHost(string dataPath) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            // Outside Development the static web assets (wwwroot, lib, compressed variants) are only mapped when asked.
            builder.UseStaticWebAssets();
            builder.UseSetting("Database:Provider", "Sqlite");
            builder.UseSetting("ConnectionStrings:Default", $"Data Source={Path.Combine(dataPath, "browser.db")}");
            builder.UseSetting("Storage:DataPath", dataPath);
            builder.UseSetting("Demo:Seed", "true");
            builder.UseSetting("Serilog:MinimumLevel", "Warning");
            builder.UseSetting("Serilog:WriteTo:1:Args:path", Path.Combine(dataPath, "logs", "browser-.log"));
        }
    }
}
