using System.Text.RegularExpressions;

namespace ZonaIntegritas.Web.Infrastructure.Files;

/// <summary>
/// Content-addressed file storage (SHA-256). Uploads are first streamed into a staged temporary file while they
/// are hashed and counted, so nothing is kept in memory and nothing half-written ever reaches the store; a
/// staged file is then committed (moved atomically to its address) or disposed (deleted).
/// The local implementation keeps files under <c>Storage:DataPath/files</c>; an S3-compatible implementation can
/// stage locally the same way and upload on commit.
/// </summary>
public interface IFileStore
{
    /// <summary>
    /// Copies <paramref name="content"/> into a temporary file while hashing it. Throws
    /// <see cref="FileTooLargeException"/> (after deleting the temporary file) as soon as more than
    /// <paramref name="maxBytes"/> arrive; any other failure (an aborted upload) also leaves nothing behind.
    /// </summary>
    Task<StagedFile> StageAsync(Stream content, long maxBytes, CancellationToken ct = default);

    /// <summary>Moves a staged file to its content address. Returns false when identical content was already stored (the staged copy is dropped).</summary>
    Task<bool> CommitAsync(StagedFile staged, CancellationToken ct = default);

    /// <summary>Opens stored content for reading; throws <see cref="FileNotFoundException"/> when it is missing.</summary>
    Task<Stream> OpenReadAsync(string sha256, CancellationToken ct = default);

    Task<bool> ExistsAsync(string sha256, CancellationToken ct = default);

    Task DeleteAsync(string sha256, CancellationToken ct = default);
}

/// <summary>An upload held in a temporary file until it is committed; disposing an uncommitted one deletes it.</summary>
public sealed class StagedFile(string tempPath, string sha256, long length) : IDisposable, IAsyncDisposable
{
    public string TempPath { get; } = tempPath;

    /// <summary>Lower-case hex SHA-256 of the content.</summary>
    public string Sha256 { get; } = sha256;
    public long Length { get; } = length;
    public bool IsCommitted { get; private set; }

    /// <summary>A seekable read-only view of the staged content (for type inspection and virus scanning).</summary>
    public Stream OpenRead() => new FileStream(TempPath, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.Asynchronous);

    internal void MarkCommitted() => IsCommitted = true;

    public void Dispose()
    {
        if (!IsCommitted)
        {
            FileCleanup.TryDelete(TempPath);
        }
    }

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }
}

public sealed class FileTooLargeException(long maxBytes)
    : Exception(UploadMessages.TooLarge(maxBytes))
{
    public long MaxBytes { get; } = maxBytes;
}

public static partial class FileCleanup
{
    public static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Best effort: leftovers in the temp folder are removed at the next start.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    [GeneratedRegex("^[0-9a-f]{64}$", RegexOptions.CultureInvariant)]
    private static partial Regex Sha256Pattern();

    /// <summary>True for a lower-case hex SHA-256 (the only thing ever turned into a storage path).</summary>
    public static bool IsSha256(string? value) => value is not null && Sha256Pattern().IsMatch(value);
}
