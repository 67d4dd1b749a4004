using Microsoft.Extensions.Options;
using ZonaIntegritas.Web.Configuration;
using ZonaIntegritas.Web.Domain.Common;
using ZonaIntegritas.Web.Domain.Teams;

namespace ZonaIntegritas.Web.Features.Team;

/// <summary>
/// Keeps scanned decrees (SK Tim ZI, SK Agen Perubahan) under <c>Storage:DataPath/scans</c>. Small on purpose:
/// it can be replaced by the evidence library's file store later.
/// </summary>
public interface IScanStore
{
    Task<StoredScan> SaveAsync(IFormFile file, CancellationToken ct = default);

    Stream? OpenRead(string key);

    void Delete(string key);
}

public static class ScanFiles
{
    public const long MaxBytes = 20L * 1024 * 1024;

    /// <summary>The file type by its first bytes: PDF, JPEG or PNG; null for anything else.</summary>
    public static (string ContentType, string Extension)? Detect(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith("%PDF-"u8))
        {
            return ("application/pdf", ".pdf");
        }
        if (head.Length >= 3 && head[0] == 0xFF && head[1] == 0xD8 && head[2] == 0xFF)
        {
            return ("image/jpeg", ".jpg");
        }
        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return ("image/png", ".png");
        }
        return null;
    }

    /// <summary>A display name without path parts or control characters.</summary>
    public static string SafeFileName(string? name, string extension)
    {
        var baseName = Path.GetFileNameWithoutExtension(Path.GetFileName((name ?? "").Replace('\\', '/')));
        var clean = new string(baseName.Where(c => !char.IsControl(c) && !Path.GetInvalidFileNameChars().Contains(c)).ToArray()).Trim();
        if (clean.Length == 0)
        {
            clean = "scan-sk";
        }
        return (clean.Length > 120 ? clean[..120] : clean) + extension;
    }
}

public sealed class LocalScanStore(IOptions<StorageOptions> options) : IScanStore
{
    private string Root => Path.Combine(options.Value.DataPath, "scans");

    public async Task<StoredScan> SaveAsync(IFormFile file, CancellationToken ct = default)
    {
        if (file.Length == 0)
        {
            throw new DomainException("Berkas pindaian kosong.");
        }
        if (file.Length > ScanFiles.MaxBytes)
        {
            throw new DomainException("Berkas pindaian maksimal 20 MB.");
        }
        var head = new byte[8];
        int read;
        await using (var probe = file.OpenReadStream())
        {
            read = await probe.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, ct);
        }
        var type = ScanFiles.Detect(head.AsSpan(0, read))
            ?? throw new DomainException("Berkas pindaian harus berupa PDF, JPEG, atau PNG.");
        var key = $"{DateTime.UtcNow:yyyy}/{Guid.NewGuid():N}{type.Extension}";
        var path = PathOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await using (var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write))
        await using (var source = file.OpenReadStream())
        {
            await source.CopyToAsync(target, ct);
        }
        return new StoredScan(key, ScanFiles.SafeFileName(file.FileName, type.Extension), type.ContentType, file.Length);
    }

    public Stream? OpenRead(string key)
    {
        var path = PathOf(key);
        return File.Exists(path) ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read) : null;
    }

    public void Delete(string key)
    {
        var path = PathOf(key);
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }

    private string PathOf(string key)
    {
        // Keys are generated here (year/guid.ext); anything else is refused rather than resolved.
        if (key.Contains("..", StringComparison.Ordinal) || Path.IsPathRooted(key))
        {
            throw new InvalidOperationException("Invalid scan key.");
        }
        return Path.Combine(Root, key.Replace('/', Path.DirectorySeparatorChar));
    }
}
