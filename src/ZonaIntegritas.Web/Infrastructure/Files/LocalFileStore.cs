using System.Buffers;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using ZonaIntegritas.Web.Configuration;

namespace ZonaIntegritas.Web.Infrastructure.Files;

/// <summary>
/// Files on the local disk, outside the web root: <c>&lt;DataPath&gt;/files/ab/cd/&lt;sha256&gt;</c>. Staged uploads
/// live in <c>&lt;DataPath&gt;/tmp/uploads</c> (same volume, so the final move is an atomic rename) and are synced to
/// the disk before they are committed.
/// </summary>
public sealed class LocalFileStore : IFileStore
{
    private const int BufferSize = 81920;
    private readonly string _filesRoot;
    private readonly ILogger<LocalFileStore> _logger;

    public LocalFileStore(IOptions<StorageOptions> options, ILogger<LocalFileStore> logger)
    {
        _filesRoot = Path.Combine(options.Value.DataPath, "files");
        TempRoot = Path.Combine(options.Value.DataPath, "tmp", "uploads");
        Directory.CreateDirectory(_filesRoot);
        Directory.CreateDirectory(TempRoot);
        _logger = logger;
    }

    public string TempRoot { get; }

    public async Task<StagedFile> StageAsync(Stream content, long maxBytes, CancellationToken ct = default)
    {
        var tempPath = Path.Combine(TempRoot, Guid.NewGuid().ToString("N") + ".part");
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        try
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            long total = 0;
            await using (var target = new FileStream(tempPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize, FileOptions.Asynchronous))
            {
                int read;
                while ((read = await content.ReadAsync(buffer.AsMemory(0, BufferSize), ct)) > 0)
                {
                    total += read;
                    if (total > maxBytes)
                    {
                        throw new FileTooLargeException(maxBytes);
                    }
                    hash.AppendData(buffer, 0, read);
                    await target.WriteAsync(buffer.AsMemory(0, read), ct);
                }
                // On the disk before the upload is acknowledged and its row committed (the database syncs its commit):
                // a power cut must not leave an evidence row whose file is lost.
                target.Flush(flushToDisk: true);
            }
            return new StagedFile(tempPath, Convert.ToHexStringLower(hash.GetHashAndReset()), total);
        }
        catch
        {
            FileCleanup.TryDelete(tempPath);
            throw;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public Task<bool> CommitAsync(StagedFile staged, CancellationToken ct = default)
    {
        var target = PathOf(staged.Sha256);
        if (File.Exists(target))
        {
            staged.Dispose();
            return Task.FromResult(false);
        }
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        try
        {
            File.Move(staged.TempPath, target, overwrite: false);
        }
        catch (IOException) when (File.Exists(target))
        {
            // Someone stored the same content in the meantime: identical bytes, keep theirs.
            staged.Dispose();
            return Task.FromResult(false);
        }
        staged.MarkCommitted();
        _logger.LogInformation("Stored file {Sha256} ({Length} bytes)", staged.Sha256, staged.Length);
        return Task.FromResult(true);
    }

    public Task<Stream> OpenReadAsync(string sha256, CancellationToken ct = default)
    {
        var path = PathOf(sha256);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException("Stored file is missing.", sha256);
        }
        return Task.FromResult<Stream>(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, FileOptions.Asynchronous | FileOptions.SequentialScan));
    }

    public Task<bool> ExistsAsync(string sha256, CancellationToken ct = default) => Task.FromResult(File.Exists(PathOf(sha256)));

    public Task DeleteAsync(string sha256, CancellationToken ct = default)
    {
        FileCleanup.TryDelete(PathOf(sha256));
        return Task.CompletedTask;
    }

    /// <summary>
    /// Deletes staged files left by a crash (hourly, <see cref="UploadTempCleanupJob"/>). Only files untouched for a day go: another
    /// instance sharing the data folder may be receiving a long upload right now.
    /// </summary>
    public int CleanTemp(DateTime utcNow)
    {
        var count = 0;
        foreach (var file in Directory.EnumerateFiles(TempRoot, "*.part"))
        {
            if (utcNow - File.GetLastWriteTimeUtc(file) > TimeSpan.FromDays(1))
            {
                FileCleanup.TryDelete(file);
                count++;
            }
        }
        return count;
    }

    private string PathOf(string sha256)
    {
        if (!FileCleanup.IsSha256(sha256))
        {
            throw new ArgumentException("Not a SHA-256 hex string.", nameof(sha256));
        }
        return Path.Combine(_filesRoot, sha256[..2], sha256[2..4], sha256);
    }
}
