namespace ZonaIntegritas.Web.Features.Backup;

/// <summary><c>manifest.json</c> of a backup archive (format <c>zi-backup/1</c>).</summary>
public sealed record BackupManifest(
    string Format,
    DateTime CreatedAtUtc,
    string Provider,
    string? DatabaseEntry,
    IReadOnlyList<string> Migrations,
    IReadOnlyList<BackupEntry> Entries)
{
    public const string CurrentFormat = "zi-backup/1";
}

/// <summary>One file in the archive: its path (forward slashes), size and SHA-256.</summary>
public sealed record BackupEntry(string Path, long Size, string Sha256);

/// <summary>The folders under <c>Storage:DataPath</c> that hold data (everything else there is transient).</summary>
public static class BackupLayout
{
    public const string DataPrefix = "data/";
    public const string SqliteEntry = "database/zonaintegritas.db";
    public const string PostgresEntry = "database/zonaintegritas.pgdump";
    public const string SqliteFileName = "zonaintegritas.db";

    /// <summary>Top-level folders of the data folder that are not backed up: staged uploads, logs, old key files.</summary>
    public static readonly string[] Transient = ["tmp", "logs", "imports", "keys"];
}
