using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using ZonaIntegritas.Web.Infrastructure.Data;
using ZonaIntegritas.Web.Infrastructure.Identity.Passwords;
using ZonaIntegritas.Web.Infrastructure.Seeding;

namespace ZonaIntegritas.IntegrationTests.Infrastructure;

/// <summary>
/// The real portal on a real database: a fresh SQLite file, or (when ZI_TEST_PROVIDER=PostgreSQL and
/// ZI_TEST_PG holds a server connection string) a fresh PostgreSQL database, created per factory and
/// dropped afterwards. Demo data is seeded, as on a developer's first run.
/// </summary>
public class PortalFactory : WebApplicationFactory<Program>
{
    public DatabaseProvider Provider { get; }

    /// <summary>Counts the SQL commands of this portal (query-budget tests).</summary>
    public QueryCounter Queries { get; } = new();
    public string DataPath { get; }
    public string ConnectionString { get; }
    private readonly string? _pgDatabase;
    private readonly string? _pgServer;
    private readonly bool _keepsDataPath;

    /// <summary>A second web node on the same database as <paramref name="shared"/>, with its own data folder.</summary>
    protected PortalFactory(PortalFactory shared)
    {
        DataPath = Path.Combine(Path.GetTempPath(), "zi-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(DataPath);
        Provider = shared.Provider;
        ConnectionString = shared.ConnectionString;
    }

    /// <summary>A portal on an existing database and data folder (e.g. a restored backup); neither is deleted afterwards.</summary>
    protected PortalFactory(DatabaseProvider provider, string connectionString, string dataPath)
    {
        Provider = provider;
        ConnectionString = connectionString;
        DataPath = dataPath;
        _keepsDataPath = true;
    }

    public PortalFactory()
    {
        DataPath = Path.Combine(Path.GetTempPath(), "zi-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(DataPath);
        Provider = DatabaseOptions.ParseProvider(Environment.GetEnvironmentVariable("ZI_TEST_PROVIDER"));
        if (Provider == DatabaseProvider.PostgreSql)
        {
            _pgServer = Environment.GetEnvironmentVariable("ZI_TEST_PG")
                ?? throw new InvalidOperationException("ZI_TEST_PG must hold a PostgreSQL connection string when ZI_TEST_PROVIDER=PostgreSQL.");
            _pgDatabase = "zi_test_" + Guid.NewGuid().ToString("N")[..12];
            ConnectionString = new NpgsqlConnectionStringBuilder(_pgServer) { Database = _pgDatabase }.ConnectionString;
            if (!UsesBaseline)
            {
                using var conn = new NpgsqlConnection(_pgServer);
                conn.Open();
                using var cmd = new NpgsqlCommand($"CREATE DATABASE \"{_pgDatabase}\"", conn);
                cmd.ExecuteNonQuery();
            }
        }
        else
        {
            ConnectionString = $"Data Source={Path.Combine(DataPath, "test.db")}";
        }
        if (UsesBaseline)
        {
            TestBaseline.CopyTo(Baseline!, Provider, _pgServer, ConnectionString, DataPath);
        }
    }

    /// <summary>
    /// The baseline this portal starts on a copy of (<see cref="TestBaseline"/>), already migrated and seeded, so its
    /// start-up finds nothing to do: the run's demo baseline by default, or one of the factory's own when the demo data
    /// must be seeded under its settings (a fixed clock: <c>RostersFactory</c>). Null for a factory whose start-up must
    /// build the database itself: another environment while seeding, no demo data, a schema applied by hand.
    /// Evaluated in the constructor: override it with a constant or a static field.
    /// </summary>
    protected virtual BaselineKind? Baseline => TestBaseline.Demo;

    /// <summary><c>ZI_TEST_BASELINE=0</c> turns the copies off (every portal migrates and seeds, as before; to compare).</summary>
    private bool UsesBaseline => Baseline is not null && Environment.GetEnvironmentVariable("ZI_TEST_BASELINE") != "0";

    /// <summary>The rolling log file of this portal (the file sink adds the date before the extension).</summary>
    public string LogFilePattern => Path.Combine(DataPath, "logs", "test-.log");

    /// <summary>Extra <c>Serilog:…</c> settings for a derived factory (e.g. a level override).</summary>
    protected virtual IDictionary<string, string?> ExtraLogSettings => new Dictionary<string, string?>();

    /// <summary>
    /// Drops the test database, retrying while a closing host still holds it. The cluster is thrown away after the
    /// run, so a database that cannot be dropped is reported, not failed on.
    /// </summary>
    private static void DropDatabase(string server, string database)
    {
        try
        {
            PgDatabases.Drop(server, database);
        }
        catch (PostgresException ex)
        {
            Console.Error.WriteLine($"DROP DATABASE {database} left to the throwaway cluster: {ex.SqlState} {ex.MessageText}");
        }
    }

    /// <summary>False for a second node sharing another factory's database (the owner drops it).</summary>
    protected virtual bool DropsDatabase => true;

    /// <summary>Extra settings for a derived factory (e.g. a small upload limit).</summary>
    protected virtual IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", Provider.ToString());
        builder.UseSetting("ConnectionStrings:Default", ConnectionString);
        builder.UseSetting("Storage:DataPath", DataPath);
        builder.UseSetting("Demo:Seed", "true");
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
        // Scheduled jobs are run by the tests that want them (JobRunner.RunDueAsync), never in the background.
        builder.UseSetting("Jobs:Enabled", "false");
        // Serilog settings as an app configuration source, not UseSetting: host settings give every parent key an
        // empty value ("Serilog:WriteTo:1" = ""), which Serilog reads as a sink with an empty name, so the log file
        // sink silently failed.
        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Serilog:MinimumLevel:Default"] = "Warning",
            ["Serilog:WriteTo:1:Args:path"] = LogFilePattern,
        }.Concat(ExtraLogSettings)));
        builder.ConfigureServices(services =>
        {
            services.ConfigureDbContext<SqliteAppDbContext>((_, options) => options.AddInterceptors(Queries));
            services.ConfigureDbContext<PostgresAppDbContext>((_, options) => options.AddInterceptors(Queries));
            services.ConfigureDbContext<SqlServerAppDbContext>((_, options) => options.AddInterceptors(Queries));
        });
        foreach (var (key, value) in ExtraSettings)
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>Puts this portal's database and data folder back to the run's baseline (see <see cref="DemoPortal"/>).</summary>
    protected void RestoreBaseline() => TestBaseline.RestoreTo(Baseline ?? TestBaseline.Demo, Provider, _pgServer, ConnectionString, DataPath);

    /// <summary>Runs <c>seed-demo</c> (with <paramref name="size"/>: <c>--large</c>) against this portal; returns the exit code and both outputs.</summary>
    public async Task<(int Code, string Out, string Error)> SeedDemoAsync(LargeDemoSize? size)
    {
        await using var scope = Services.CreateAsyncScope();
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var code = await LargeDemo.RunAsync(scope.ServiceProvider, size, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Runs <paramref name="action"/> with a scoped service provider (e.g. to read the database).</summary>
    public async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    public async Task WithDbAsync(Func<AppDbContext, Task> action)
    {
        await using var scope = Services.CreateAsyncScope();
        await action(scope.ServiceProvider.GetRequiredService<AppDbContext>());
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
        if (DropsDatabase && _pgDatabase is not null && _pgServer is not null)
        {
            DropDatabase(_pgServer, _pgDatabase);
        }
        try
        {
            if (!_keepsDataPath)
            {
                Directory.Delete(DataPath, recursive: true);
            }
        }
        catch (IOException)
        {
            // A file still open on a slow shutdown: the temp folder is cleaned by the OS.
        }
    }
}
