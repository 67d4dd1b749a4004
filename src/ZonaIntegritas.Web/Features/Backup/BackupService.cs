using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ZonaIntegritas.Web.Configuration;
using ZonaIntegritas.Web.Infrastructure.Data;

namespace ZonaIntegritas.Web.Features.Backup;

/// <summary>
/// A consistent online backup in one ZIP: the database first (SQLite online backup API, or <c>pg_dump</c>), then
/// every stored file. Files are written before the rows that refer to them and never changed in place, so every
/// file the database snapshot refers to is already on disk when the files are copied. Data-protection keys are
/// in the database. A <c>manifest.json</c> and <c>SHA256SUMS</c> describe every entry.
/// </summary>
public sealed class BackupService(AppDbContext db, DatabaseInfo database, IOptions<StorageOptions> storage, TimeProvider clock, ILogger<BackupService> logger)
{
    public async Task<BackupManifest> WriteAsync(string archivePath, CancellationToken ct)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(archivePath))!;
        Directory.CreateDirectory(folder);
        var temp = Path.Combine(folder, $".{Path.GetFileName(archivePath)}.{Guid.NewGuid():N}.part");
        var entries = new List<BackupEntry>();
        BackupManifest manifest;
        try
        {
            await using (var output = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
            using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: false))
            {
                var migrations = (await db.Database.GetAppliedMigrationsAsync(ct)).ToList();
                // SQL Server: the DBA's BACKUP DATABASE (taken just before) holds the database; the archive holds the files.
                var databaseEntry = database.Provider switch
                {
                    DatabaseProvider.PostgreSql => BackupLayout.PostgresEntry,
                    DatabaseProvider.Sqlite => BackupLayout.SqliteEntry,
                    _ => null,
                };
                if (databaseEntry is not null)
                {
                    var snapshot = Path.Combine(folder, $".zi-db-{Guid.NewGuid():N}.tmp");
                    try
                    {
                        if (database.Provider == DatabaseProvider.PostgreSql)
                        {
                            await PostgresTools.DumpAsync(database.ConnectionString, snapshot, ct);
                        }
                        else
                        {
                            SqliteSnapshot(database.ConnectionString, snapshot);
                        }
                        entries.Add(await AddFileAsync(zip, databaseEntry, snapshot, ct));
                    }
                    finally
                    {
                        File.Delete(snapshot);
                    }
                }

                var root = storage.Value.DataPath;
                foreach (var file in DataFiles(root))
                {
                    var name = BackupLayout.DataPrefix + Path.GetRelativePath(root, file).Replace('\\', '/');
                    entries.Add(await AddFileAsync(zip, name, file, ct));
                }

                manifest = new BackupManifest(BackupManifest.CurrentFormat, clock.GetUtcNow().UtcDateTime,
                    database.Provider.ToString(), databaseEntry, migrations, entries);
                await WriteTextAsync(zip, "manifest.json", JsonSerializer.Serialize(manifest, BackupJson.Options), ct);
                await WriteTextAsync(zip, "SHA256SUMS", string.Concat(entries.Select(e => $"{e.Sha256}  {e.Path}\n")), ct);
            }
            File.Move(temp, archivePath, overwrite: true);
            logger.LogInformation("Backup written to {Path}: {Count} entries", archivePath, entries.Count);
            return manifest;
        }
        catch
        {
            File.Delete(temp);
            throw;
        }
    }

    /// <summary>Every data file under the data folder, except the SQLite files (taken by the online backup) and transient folders.</summary>
    private static IEnumerable<string> DataFiles(string root)
    {
        if (!Directory.Exists(root))
        {
            yield break;
        }
        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(root, file);
            var top = relative.Split(Path.DirectorySeparatorChar)[0];
            if (BackupLayout.Transient.Contains(top) || relative.StartsWith(BackupLayout.SqliteFileName, StringComparison.Ordinal)
                || Path.GetFileName(file).EndsWith(".part", StringComparison.Ordinal))
            {
                continue;
            }
            yield return file;
        }
    }

    /// <summary>SQLite's online backup: a consistent copy while the portal keeps writing (WAL pages included).</summary>
    private static void SqliteSnapshot(string connectionString, string target)
    {
        using var source = new SqliteConnection(connectionString);
        source.Open();
        using var destination = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = target, Pooling = false }.ConnectionString);
        destination.Open();
        source.BackupDatabase(destination);
        destination.Close();
    }

    private static async Task<BackupEntry> AddFileAsync(ZipArchive zip, string name, string path, CancellationToken ct)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Fastest);
        await using var input = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1 << 16, useAsync: true);
        await using var target = await entry.OpenAsync(ct);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[1 << 16];
        long size = 0;
        int read;
        while ((read = await input.ReadAsync(buffer, ct)) > 0)
        {
            hash.AppendData(buffer, 0, read);
            await target.WriteAsync(buffer.AsMemory(0, read), ct);
            size += read;
        }
        return new BackupEntry(name, size, Convert.ToHexStringLower(hash.GetHashAndReset()));
    }

    private static async Task WriteTextAsync(ZipArchive zip, string name, string text, CancellationToken ct)
    {
        await using var stream = await zip.CreateEntry(name, CompressionLevel.Fastest).OpenAsync(ct);
        await stream.WriteAsync(System.Text.Encoding.UTF8.GetBytes(text), ct);
    }
}

public sealed class BackupException(string message) : Exception(message);

internal static class BackupJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { WriteIndented = true };
}
