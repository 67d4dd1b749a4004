using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using ZonaIntegritas.IntegrationTests.Infrastructure;
using ZonaIntegritas.Web.Infrastructure.Data;

namespace ZonaIntegritas.IntegrationTests.Data;

/// <summary>
/// Start-up against a database that cannot be reached or lacks migrations, run as the built portal process
/// (as an operator starts it): a clear Indonesian message and exit 1, never a hang.
/// </summary>
[Trait(TestTraits.Provider, TestTraits.AnyProvider)]
public sealed class DatabaseStartupTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("zi-db-startup-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task SqlServer_on_a_closed_port_fails_within_its_timeout_with_a_clear_message()
    {
        var port = ClosedPort();
        var watch = Stopwatch.StartNew();
        var (exit, _, errors) = await RunPortalAsync(new()
        {
            ["Database__Provider"] = "SqlServer",
            ["ConnectionStrings__Default"] = $"Server=127.0.0.1,{port};Database=zi;User Id=zi;Password=x;Connect Timeout=2;ConnectRetryCount=0;TrustServerCertificate=True",
        });
        watch.Stop();
        exit.ShouldBe(1);
        errors.ShouldContain("Portal tidak dapat dimulai: Basis data (SqlServer) tidak dapat dihubungi");
        errors.ShouldContain("Periksa ConnectionStrings:Default");
        watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(45), "a closed port must not hang start-up");
    }

    [Fact]
    public async Task Without_migrate_at_startup_an_empty_database_is_refused()
    {
        var (exit, _, errors) = await RunPortalAsync(new()
        {
            ["Database__MigrateAtStartup"] = "false",
        });
        exit.ShouldBe(1);
        errors.ShouldContain("belum ada dan Database:MigrateAtStartup = false");
        File.Exists(Path.Combine(_folder, "zonaintegritas.db")).ShouldBeFalse("nothing is created when the DBA owns the schema");
    }

    [Fact]
    public async Task Without_migrate_at_startup_missing_migrations_are_named()
    {
        await using (var db = new SqliteAppDbContext(DatabaseOptions.Build<SqliteAppDbContext>(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(_folder, "zonaintegritas.db")}")))
        {
            var first = db.Database.GetMigrations().First();
            await db.GetService<IMigrator>().MigrateAsync(first);
        }
        var (exit, _, errors) = await RunPortalAsync(new()
        {
            ["Database__MigrateAtStartup"] = "false",
        });
        exit.ShouldBe(1);
        errors.ShouldContain("migrasi belum dijalankan");
        errors.ShouldContain("_LkeVersions");
        errors.ShouldContain("_IntegrityPacts");
    }

    [Fact]
    public async Task Migrations_script_prints_the_sql_server_script_without_a_server()
    {
        var (exit, output, errors) = await RunPortalAsync(new()
        {
            ["Database__Provider"] = "SqlServer",
            ["ConnectionStrings__Default"] = $"Server=127.0.0.1,{ClosedPort()};Database=zi;Connect Timeout=1;TrustServerCertificate=True",
        }, "migrations-script");
        exit.ShouldBe(0, errors);
        output.ShouldStartWith("IF OBJECT_ID(N'[__EFMigrationsHistory]') IS NULL");
        output.ShouldContain("IF NOT EXISTS");
        TSqlCheck.Errors(output).ShouldBeEmpty();
    }

    private async Task<(int Exit, string Out, string Err)> RunPortalAsync(Dictionary<string, string> environment, params string[] args)
    {
        var dll = typeof(AppDbContext).Assembly.Location;
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = Path.GetDirectoryName(dll)! };
        start.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        start.Environment["Storage__DataPath"] = _folder;
        start.Environment["Demo__Seed"] = "false";
        start.Environment["Serilog__WriteTo__1__Args__path"] = Path.Combine(_folder, "logs", "portal-.log");
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("The portal process did not exit: " + await stderr);
        }
        return (process.ExitCode, await stdout, await stderr);
    }

    private static int ClosedPort()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}

/// <summary>With <c>Database:MigrateAtStartup = false</c> and a complete schema (applied by a DBA), the portal serves.</summary>
public sealed class VerifiedSchemaStartupTests : IClassFixture<VerifiedSchemaStartupTests.Factory>
{
    private readonly Factory _factory;

    public VerifiedSchemaStartupTests(Factory factory) => _factory = factory;

    [Fact]
    public async Task A_complete_schema_is_accepted_and_the_portal_serves()
    {
        var response = await _factory.CreateClient().GetAsync("/health/ready");
        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);
    }

    public sealed class Factory : PortalFactory
    {
        public Factory()
        {
            // The DBA's step: the whole schema applied before the portal starts.
            using var db = DatabaseOptions.CreateContext(Provider, ConnectionString);
            db.Database.Migrate();
        }

        protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["Database:MigrateAtStartup"] = "false" };

        protected override BaselineKind? Baseline => null;
    }
}
