using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using ZonaIntegritas.Web.Configuration;

namespace ZonaIntegritas.Web.Features.StaffImport;

/// <summary>Who uploaded a pending import file, and when.</summary>
public sealed record StoredImportInfo(string UserId, string FileName, DateTime UploadedAtUtc);

public sealed record StoredImport(string Id, StoredImportInfo Info, byte[] Content);

/// <summary>
/// Keeps an uploaded CSV between preview and confirmation under <c>Storage:DataPath/imports/&lt;id&gt;.csv</c>
/// (plus <c>&lt;id&gt;.json</c> with the uploader). The browser only holds the random id; rows are re-read from the
/// file on confirmation, never taken from the form. Files older than <see cref="Lifetime"/> are purged.
/// </summary>
public sealed partial class StaffImportStore(IOptions<StorageOptions> storage, TimeProvider clock, ILogger<StaffImportStore> logger)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    private string Folder
    {
        get
        {
            var path = Path.Combine(storage.Value.DataPath, "imports");
            Directory.CreateDirectory(path);
            return path;
        }
    }

    public async Task<string> SaveAsync(byte[] content, string userId, string fileName, CancellationToken ct)
    {
        PurgeExpired();
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var info = new StoredImportInfo(userId, Path.GetFileName(fileName), clock.GetUtcNow().UtcDateTime);
        await File.WriteAllBytesAsync(CsvPath(id), content, ct);
        await File.WriteAllTextAsync(InfoPath(id), JsonSerializer.Serialize(info), ct);
        return id;
    }

    /// <summary>The pending import, or null when the id is malformed, unknown, expired or not the user's.</summary>
    public async Task<StoredImport?> LoadAsync(string? id, string userId, CancellationToken ct)
    {
        if (id is null || !IdPattern().IsMatch(id) || !File.Exists(InfoPath(id)) || !File.Exists(CsvPath(id)))
        {
            return null;
        }
        var info = JsonSerializer.Deserialize<StoredImportInfo>(await File.ReadAllTextAsync(InfoPath(id), ct));
        if (info is null || info.UserId != userId)
        {
            return null;
        }
        if (clock.GetUtcNow().UtcDateTime - info.UploadedAtUtc > Lifetime)
        {
            Delete(id);
            return null;
        }
        return new StoredImport(id, info, await File.ReadAllBytesAsync(CsvPath(id), ct));
    }

    public void Delete(string id)
    {
        if (!IdPattern().IsMatch(id))
        {
            return;
        }
        File.Delete(CsvPath(id));
        File.Delete(InfoPath(id));
    }

    private void PurgeExpired()
    {
        var limit = clock.GetUtcNow().UtcDateTime - Lifetime;
        foreach (var file in Directory.EnumerateFiles(Folder))
        {
            try
            {
                if (File.GetLastWriteTimeUtc(file) < limit)
                {
                    File.Delete(file);
                }
            }
            catch (IOException ex)
            {
                logger.LogWarning(ex, "Expired import file {File} could not be deleted", Path.GetFileName(file));
            }
        }
    }

    private string CsvPath(string id) => Path.Combine(Folder, id + ".csv");

    private string InfoPath(string id) => Path.Combine(Folder, id + ".json");

    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex IdPattern();
}
