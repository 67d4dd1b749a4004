using ZonaIntegritas.Web.Configuration;
using ZonaIntegritas.Web.Features.Backup;
using ZonaIntegritas.Web.Infrastructure.Audit;
using ZonaIntegritas.Web.Infrastructure.Data;

namespace ZonaIntegritas.Web.Features.AuditLog;

/// <summary><c>verify-audit [--data DIR]</c>: walks the audit log's hash chain; exit code 0 when intact, 1 at the first broken link.</summary>
public sealed class VerifyAuditCommand : ICliCommand
{
    public string Name => "verify-audit";

    public bool NeedsDatabase => false;

    public async Task<int> RunAsync(IServiceProvider? services, IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        var database = services!.GetRequiredService<DatabaseInfo>();
        if (database.Provider == DatabaseProvider.Sqlite && CommandLine.Option(args, "--data") is { Length: > 0 } data)
        {
            database = new DatabaseInfo(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(Path.GetFullPath(data), BackupLayout.SqliteFileName)}");
        }
        await using var db = DatabaseOptions.CreateContext(database.Provider, database.ConnectionString);
        var report = await AuditChainVerifier.VerifyAsync(db, CancellationToken.None);
        await (report.Ok ? stdout : stderr).WriteLineAsync((report.Ok ? "OK " : "PUTUS ") + report.Summary);
        return report.Ok ? 0 : 1;
    }
}
