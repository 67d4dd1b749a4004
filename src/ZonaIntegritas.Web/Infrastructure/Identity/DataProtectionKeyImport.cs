using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ZonaIntegritas.Web.Configuration;
using ZonaIntegritas.Web.Infrastructure.Data;

namespace ZonaIntegritas.Web.Infrastructure.Identity;

/// <summary>
/// Moves data-protection keys that earlier versions kept as XML files under <c>{Storage:DataPath}/keys</c> into the
/// database (once: only while the database holds no key), so an upgrade keeps users signed in. The files stay.
/// </summary>
public sealed class DataProtectionKeyImport(AppDbContext db, IOptions<StorageOptions> storage, ILogger<DataProtectionKeyImport> logger) : IStartupTask
{
    public int Order => 1;

    public async Task RunAsync(IServiceProvider services, CancellationToken ct)
    {
        var folder = new DirectoryInfo(Path.Combine(storage.Value.DataPath, "keys"));
        if (!folder.Exists || await db.DataProtectionKeys.AnyAsync(ct))
        {
            return;
        }
        var imported = 0;
        foreach (var file in folder.EnumerateFiles("key-*.xml"))
        {
            var xml = XElement.Load(file.FullName);
            db.DataProtectionKeys.Add(new DataProtectionKey { FriendlyName = Path.GetFileNameWithoutExtension(file.Name), Xml = xml.ToString(SaveOptions.DisableFormatting) });
            imported++;
        }
        await db.SaveChangesAsync(ct);
        if (imported > 0)
        {
            logger.LogInformation("Imported {Count} data-protection keys from {Folder} into the database", imported, folder.FullName);
        }
    }
}
