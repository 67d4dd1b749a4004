using Microsoft.Extensions.Options;
using ZonaIntegritas.Web.Configuration;
using ZonaIntegritas.Web.Domain.Common;
using ZonaIntegritas.Web.Domain.Teams;
using ZonaIntegritas.Web.Infrastructure.Files;

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
}

public sealed class LocalScanStore(IOptions<StorageOptions> options, TimeProvider? clock = null) : IScanStore
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
        FileTypeInfo type;
        await using (var probe = file.OpenReadStream())
        {
            // Checked like evidence: by content, and the content must match the name's extension.
            var inspection = FileTypeInspector.Inspect(probe, file.FileName, FileTypeInspector.ScanKinds);
            type = inspection.Type ?? throw new DomainException($"Berkas pindaian harus berupa PDF, JPEG, atau PNG. {inspection.Error}");
        }
        var key = $"{(clock ?? TimeProvider.System).GetUtcNow().UtcDateTime:yyyy}/{Guid.NewGuid():N}{type.CanonicalExtension}";
        var path = PathOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await using (var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write))
        await using (var source = file.OpenReadStream())
        {
            await source.CopyToAsync(target, ct);
        }
        return new StoredScan(key, FileNameSanitizer.Sanitize(file.FileName, "scan-sk" + type.CanonicalExtension), type.ContentType, file.Length);
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
