using Microsoft.Extensions.Options;
using ZonaIntegritas.Web.Configuration;
using ZonaIntegritas.Web.Domain.IntegrityPacts;

namespace ZonaIntegritas.Web.Features.Pacts;

public sealed record StoredPactFile(string Key, string Sha256, long SizeBytes);

/// <summary>
/// Documents the pact feature generates itself (evidence exports) under <c>Storage:DataPath/pakta</c>, never
/// under wwwroot; served only through authorised controller actions. Uploaded wet-signed scans go through the one
/// file intake (<see cref="ZonaIntegritas.Web.Infrastructure.Files.FileIntake"/>); scans stored here before it are
/// read from here by their path key.
/// </summary>
public interface IPactFileStore
{
    Task<StoredPactFile> SaveAsync(string folder, string extension, byte[] content, CancellationToken ct = default);

    Task<byte[]> ReadAsync(string key, CancellationToken ct = default);

    Task DeleteAsync(string key, CancellationToken ct = default);
}

public sealed class LocalPactFileStore(IOptions<StorageOptions> storage, TimeProvider clock) : IPactFileStore
{
    private readonly string _root = Path.GetFullPath(Path.Combine(storage.Value.DataPath, "pakta"));

    public async Task<StoredPactFile> SaveAsync(string folder, string extension, byte[] content, CancellationToken ct = default)
    {
        if (folder.Any(c => !char.IsAsciiLetterOrDigit(c) && c != '-') || extension.Any(c => !char.IsAsciiLetterOrDigit(c) && c != '.'))
        {
            throw new ArgumentException("Invalid folder or extension.");
        }
        var year = clock.GetUtcNow().Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var key = $"{folder}/{year}/{Guid.NewGuid():N}{extension}";
        var path = PathOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, content, ct);
        return new StoredPactFile(key, PactHash.Sha256Hex(content), content.LongLength);
    }

    public Task<byte[]> ReadAsync(string key, CancellationToken ct = default) => File.ReadAllBytesAsync(PathOf(key), ct);

    public Task DeleteAsync(string key, CancellationToken ct = default)
    {
        var path = PathOf(key);
        if (File.Exists(path))
        {
            File.Delete(path);
        }
        return Task.CompletedTask;
    }

    private string PathOf(string key)
    {
        var path = Path.GetFullPath(Path.Combine(_root, key));
        if (!path.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new ArgumentException("The file key leaves the storage folder.", nameof(key));
        }
        return path;
    }
}
