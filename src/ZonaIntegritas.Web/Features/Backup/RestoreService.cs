using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using ZonaIntegritas.Web.Configuration;
using ZonaIntegritas.Web.Infrastructure.Data;

namespace ZonaIntegritas.Web.Features.Backup;

/// <summary>
/// Restores a backup archive into an empty data folder (and, for PostgreSQL, into the configured empty database):
/// every entry is checked against the manifest's SHA-256 while it is written; nothing is written over.
/// </summary>
public sealed class RestoreService(DatabaseInfo database)
{
    public async Task<BackupManifest> RestoreAsync(string archivePath, string dataPath, CancellationToken ct)
    {
        if (!File.Exists(archivePath))
        {
            throw new BackupException($"Berkas cadangan tidak ditemukan: {archivePath}");
        }
        if (Directory.Exists(dataPath) && Directory.EnumerateFileSystemEntries(dataPath).Any())
        {
            throw new BackupException($"Folder data tujuan tidak kosong: {dataPath}. Pulihkan hanya ke folder kosong.");
        }
        using var zip = ZipFile.OpenRead(archivePath);
        var manifestEntry = zip.GetEntry("manifest.json") ?? throw new BackupException("Arsip bukan cadangan portal (manifest.json tidak ada).");
        BackupManifest manifest;
        await using (var stream = await manifestEntry.OpenAsync(ct))
        {
            manifest = await JsonSerializer.DeserializeAsync<BackupManifest>(stream, BackupJson.Options, ct)
                ?? throw new BackupException("manifest.json kosong.");
        }
        if (manifest.Format != BackupManifest.CurrentFormat)
        {
            throw new BackupException($"Format cadangan '{manifest.Format}' tidak dikenal (diharapkan {BackupManifest.CurrentFormat}).");
        }
        var expected = manifest.Provider == nameof(DatabaseProvider.PostgreSql) ? DatabaseProvider.PostgreSql
            : manifest.Provider == nameof(DatabaseProvider.SqlServer) ? DatabaseProvider.SqlServer : DatabaseProvider.Sqlite;
        if (expected != database.Provider)
        {
            throw new BackupException($"Cadangan ini dari {manifest.Provider}, sedangkan portal dikonfigurasi untuk {database.Provider}.");
        }
        if (database.Provider == DatabaseProvider.PostgreSql)
        {
            await EnsureEmptyPostgresAsync(ct);
        }

        Directory.CreateDirectory(dataPath);
        var root = Path.GetFullPath(dataPath);
        foreach (var item in manifest.Entries)
        {
            var entry = zip.GetEntry(item.Path) ?? throw new BackupException($"Arsip tidak lengkap: {item.Path} tidak ada.");
            string target;
            if (item.Path == BackupLayout.SqliteEntry)
            {
                target = Path.Combine(root, BackupLayout.SqliteFileName);
            }
            else if (item.Path == BackupLayout.PostgresEntry)
            {
                target = Path.Combine(root, "tmp", "restore.pgdump");
            }
            else if (item.Path.StartsWith(BackupLayout.DataPrefix, StringComparison.Ordinal))
            {
                target = Path.GetFullPath(Path.Combine(root, item.Path[BackupLayout.DataPrefix.Length..]));
                if (!target.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                {
                    throw new BackupException($"Jalur tidak sah di arsip: {item.Path}");
                }
            }
            else
            {
                throw new BackupException($"Entri tidak dikenal di arsip: {item.Path}");
            }
            await ExtractAsync(entry, target, item, ct);
        }

        if (manifest.DatabaseEntry == BackupLayout.PostgresEntry)
        {
            var dump = Path.Combine(root, "tmp", "restore.pgdump");
            await PostgresTools.RestoreAsync(database.ConnectionString, dump, ct);
            File.Delete(dump);
        }
        return manifest;
    }

    private static async Task ExtractAsync(ZipArchiveEntry entry, string target, BackupEntry item, CancellationToken ct)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        await using var input = await entry.OpenAsync(ct);
        await using var output = new FileStream(target, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[1 << 16];
        long size = 0;
        int read;
        while ((read = await input.ReadAsync(buffer, ct)) > 0)
        {
            size += read;
            if (size > item.Size)
            {
                throw new BackupException($"Arsip rusak: {item.Path} lebih besar dari manifest.");
            }
            hash.AppendData(buffer, 0, read);
            await output.WriteAsync(buffer.AsMemory(0, read), ct);
        }
        if (size != item.Size || Convert.ToHexStringLower(hash.GetHashAndReset()) != item.Sha256)
        {
            throw new BackupException($"Arsip rusak: {item.Path} tidak sesuai SHA-256 di manifest.");
        }
    }

    private async Task EnsureEmptyPostgresAsync(CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'", connection);
        if ((long)(await command.ExecuteScalarAsync(ct) ?? 0L) > 0)
        {
            throw new BackupException("Basis data PostgreSQL tujuan tidak kosong. Pulihkan hanya ke basis data kosong.");
        }
    }
}
