using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ZonaIntegritas.Web.Infrastructure.Data;
using ZonaIntegritas.Web.Infrastructure.Identity.Passwords;

namespace ZonaIntegritas.BrowserTests.Infrastructure;

/// <summary>
/// The real portal served by Kestrel on a free loopback port, on its own SQLite file in a temp folder, with demo data.
/// A small copy of the integration tests' factory, so the two test projects stay independent. The demo data is seeded
/// once per run into a baseline folder; each portal starts on a copy of it (database and files), so its start-up finds
/// nothing to seed (as the integration tests' <c>TestBaseline</c>, ADR 0018).
/// </summary>
public sealed class BrowserPortalFactory : WebApplicationFactory<Program>
{
    private const string DatabaseFile = "browser.db";

    private static readonly Lazy<string> Baseline = new(BuildBaseline, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly bool _keepsFolder;

    public string DataPath { get; }

    public BrowserPortalFactory()
        : this(Path.Combine(Path.GetTempPath(), "zi-browser-tests", Guid.NewGuid().ToString("N")), keepsFolder: false)
    {
        CopyFolder(Baseline.Value, DataPath);
    }

    private BrowserPortalFactory(string dataPath, bool keepsFolder)
    {
        DataPath = dataPath;
        _keepsFolder = keepsFolder;
        Directory.CreateDirectory(DataPath);
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
    }

    /// <summary>Starts one portal on an empty folder (migrations, demo data, start-up tasks) and keeps the folder it filled.</summary>
    private static string BuildBaseline()
    {
        var folder = Path.Combine(Path.GetTempPath(), "zi-browser-tests", "baseline-" + Guid.NewGuid().ToString("N"));
        using (var portal = new BrowserPortalFactory(folder, keepsFolder: true))
        {
            _ = portal.Services;
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var logs = Path.Combine(folder, "logs");
        if (Directory.Exists(logs))
        {
            Directory.Delete(logs, recursive: true);
        }
        AppDomain.CurrentDomain.ProcessExit += (_, _) => TryDelete(folder);
        return folder;
    }

    private static void CopyFolder(string from, string to)
    {
        // Empty folders too: services create theirs once, at start-up.
        foreach (var folder in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, folder)));
        }
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)), overwrite: true);
        }
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on a slow shutdown: the temp folder is cleaned by the OS.
        }
    }

    /// <summary>The address Kestrel listens on, e.g. <c>http://127.0.0.1:41234</c> (no trailing slash).</summary>
    public string BaseUrl
    {
        get
        {
            var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
            return addresses.First().TrimEnd('/');
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:Default", $"Data Source={Path.Combine(DataPath, DatabaseFile)}");
        builder.UseSetting("Storage:DataPath", DataPath);
        builder.UseSetting("Demo:Seed", "true");
        // No scheduled jobs (daily score snapshots, clean-ups) writing beside the journeys, as in the integration tests.
        builder.UseSetting("Jobs:Enabled", "false");
        // Many sign-ins from one test address: the per-address sign-in limit is tested on its own.
        builder.UseSetting("Security:SignInAttemptsPerMinute", "100000");
        builder.UseSetting("Security:PasswordResetsPerMinute", "100000");
        // Password hashes at 1,000 PBKDF2 iterations instead of 100,000: sign-ins were a fifth of the tests' CPU. Only
        // the Testing environment may lower it; a factory that switches to Production keeps the real cost.
        builder.ConfigureAppConfiguration((context, config) =>
        {
            if (context.HostingEnvironment.IsEnvironment("Testing"))
            {
                config.AddInMemoryCollection(new Dictionary<string, string?> { [PasswordHashing.IterationsKey] = "1000" });
            }
        });
        // Demo administrators sign in with the password alone; TwoFactorRequiredTests turns the requirement on.
        builder.UseSetting("Security:RequireTwoFactorForAdministrators", "false");
        // Serilog settings as an app configuration source, not UseSetting: host settings give every parent key an
        // empty value ("Serilog:WriteTo:1" = ""), which Serilog reads as a sink with an empty name.
        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Serilog:MinimumLevel:Default"] = "Warning",
            ["Serilog:WriteTo:1:Args:path"] = Path.Combine(DataPath, "logs", "browser-.log"),
        }));
        // The Testing environment does not load static web assets by itself (only Development does), so
        // wwwroot/lib (copied from node_modules at build) is served from the web project's folder.
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
        if (!disposing)
        {
            return;
        }
        if (!_keepsFolder)
        {
            TryDelete(DataPath);
        }
    }
}
