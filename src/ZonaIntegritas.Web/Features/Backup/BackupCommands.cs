using Microsoft.Extensions.Options;
using ZonaIntegritas.Web.Configuration;
using ZonaIntegritas.Web.Infrastructure.Data;

namespace ZonaIntegritas.Web.Features.Backup;

/// <summary><c>backup --out FILE</c>: a consistent online backup of the database, every stored file and the keys.</summary>
public sealed class BackupCommand : ICliCommand
{
    public string Name => "backup";

    public bool NeedsDatabase => false;

    public async Task<int> RunAsync(IServiceProvider? services, IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        var output = CommandLine.Option(args, "--out");
        if (string.IsNullOrWhiteSpace(output))
        {
            await stderr.WriteLineAsync("Penggunaan: backup --out BERKAS.zip");
            return 2;
        }
        var service = ActivatorUtilities.CreateInstance<BackupService>(services!);
        try
        {
            var manifest = await service.WriteAsync(output, CancellationToken.None);
            await stdout.WriteLineAsync($"Cadangan ditulis: {output} ({manifest.Entries.Count} berkas, basis data {manifest.Provider}).");
            if (manifest.DatabaseEntry is null)
            {
                await stdout.WriteLineAsync("SQL Server: basis data dicadangkan DBA dengan BACKUP DATABASE sebelum perintah ini (docs/operations.md).");
            }
            return 0;
        }
        catch (BackupException ex)
        {
            await stderr.WriteLineAsync(ex.Message);
            return 1;
        }
    }
}

/// <summary><c>restore FILE --data DIR</c>: into an empty data folder (and empty database), then the same checks as <c>verify</c>.</summary>
public sealed class RestoreCommand : ICliCommand
{
    public string Name => "restore";

    public bool NeedsDatabase => false;

    public async Task<int> RunAsync(IServiceProvider? services, IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        var archive = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal));
        var data = CommandLine.Option(args, "--data");
        if (archive is null || string.IsNullOrWhiteSpace(data) || archive == data)
        {
            await stderr.WriteLineAsync("Penggunaan: restore BERKAS.zip --data FOLDER-KOSONG");
            return 2;
        }
        var database = services!.GetRequiredService<DatabaseInfo>();
        try
        {
            await new RestoreService(database).RestoreAsync(archive, data, CancellationToken.None);
        }
        catch (BackupException ex)
        {
            await stderr.WriteLineAsync(ex.Message);
            return 1;
        }
        await stdout.WriteLineAsync($"Dipulihkan ke {Path.GetFullPath(data)}. Pemeriksaan:");
        var restoredDb = database.Provider == DatabaseProvider.Sqlite
            ? new DatabaseInfo(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(Path.GetFullPath(data), BackupLayout.SqliteFileName)}")
            : database;
        return await VerifyCommand.RunChecksAsync(restoredDb, Path.GetFullPath(data), stdout);
    }
}

/// <summary><c>verify [--data DIR]</c>: integrity of the database and every file it refers to.</summary>
public sealed class VerifyCommand : ICliCommand
{
    public string Name => "verify";

    public bool NeedsDatabase => false;

    public async Task<int> RunAsync(IServiceProvider? services, IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        var database = services!.GetRequiredService<DatabaseInfo>();
        var dataPath = CommandLine.Option(args, "--data") is { Length: > 0 } d
            ? Path.GetFullPath(d)
            : services!.GetRequiredService<IOptions<StorageOptions>>().Value.DataPath;
        if (database.Provider == DatabaseProvider.Sqlite && CommandLine.Option(args, "--data") is not null)
        {
            database = new DatabaseInfo(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(dataPath, BackupLayout.SqliteFileName)}");
        }
        return await RunChecksAsync(database, dataPath, stdout);
    }

    internal static async Task<int> RunChecksAsync(DatabaseInfo database, string dataPath, TextWriter stdout)
    {
        await using var db = DatabaseOptions.CreateContext(database.Provider, database.ConnectionString);
        var report = await DataVerifier.VerifyAsync(db, database.Provider, dataPath, CancellationToken.None);
        foreach (var line in report.Lines)
        {
            await stdout.WriteLineAsync(line);
        }
        return report.Ok ? 0 : 1;
    }
}
