using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using ZonaIntegritas.Web.Infrastructure.Data;

namespace ZonaIntegritas.Web.Configuration;

/// <summary>
/// <c>migrations-script</c>: prints the migration script of the configured provider on stdout, without connecting,
/// for DBAs who apply schema changes themselves (with <c>Database:MigrateAtStartup = false</c>). PostgreSQL and
/// SQL Server scripts are idempotent (each migration runs only if it is not in the history table yet); SQLite
/// cannot express that, so its script is the full one from an empty database.
/// </summary>
public sealed class MigrationsScriptCommand : ICliCommand
{
    public string Name => "migrations-script";

    public bool NeedsDatabase => false;

    public Task<int> RunAsync(IServiceProvider? services, IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        var db = services!.GetRequiredService<AppDbContext>();
        var info = services!.GetRequiredService<DatabaseInfo>();
        var options = info.Provider == DatabaseProvider.Sqlite
            ? MigrationsSqlGenerationOptions.Default
            : MigrationsSqlGenerationOptions.Idempotent;
        stdout.Write(db.GetService<IMigrator>().GenerateScript(options: options));
        if (info.Provider == DatabaseProvider.Sqlite)
        {
            stderr.WriteLine("Catatan: SQLite tidak mendukung skrip idempoten; skrip ini untuk basis data kosong.");
        }
        return Task.FromResult(0);
    }
}
