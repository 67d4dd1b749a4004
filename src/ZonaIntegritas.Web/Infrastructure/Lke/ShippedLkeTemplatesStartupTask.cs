using Microsoft.EntityFrameworkCore;
using ZonaIntegritas.Web.Configuration;
using ZonaIntegritas.Web.Domain.Lke;
using ZonaIntegritas.Web.Infrastructure.Data;

namespace ZonaIntegritas.Web.Infrastructure.Lke;

/// <summary>Loads every template shipped with the application whose version code is not in the database yet.</summary>
public sealed class ShippedLkeTemplatesStartupTask(ILogger<ShippedLkeTemplatesStartupTask> logger) : IStartupTask
{
    public const string SystemImporter = "Sistem (templat bawaan aplikasi)";

    public int Order => 10;

    public async Task RunAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<AppDbContext>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var existing = await db.Set<LkeVersion>().Select(v => v.Code).ToListAsync(ct);
        var missing = LkeTemplateFile.EmbeddedVersions().Where(code => !existing.Contains(code)).Order(StringComparer.Ordinal).ToList();
        foreach (var code in missing)
        {
            var document = LkeTemplateFile.ReadEmbedded(code);
            db.Add(LkeVersion.Create(document.ToTemplate(), code, document.Title, LkeVersionSource.Shipped, SystemImporter, now));
        }
        if (missing.Count > 0)
        {
            await db.SaveChangesAsync(ct);
            logger.LogInformation("Loaded shipped LKE templates {VersionCodes}", missing);
        }
    }
}
