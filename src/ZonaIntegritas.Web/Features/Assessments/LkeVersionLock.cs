using Microsoft.EntityFrameworkCore;
using ZonaIntegritas.Web.Domain.Lke;
using ZonaIntegritas.Web.Infrastructure.Data;

namespace ZonaIntegritas.Web.Features.Assessments;

/// <summary>
/// The link to the LKE versions master data: which versions can be chosen for a new assessment (active ones),
/// and locking a version once an assessment uses it (its tree, weights and gates may then no longer change).
/// </summary>
internal static class LkeVersionLock
{
    public static async Task<IReadOnlyList<string>> SelectableVersionsAsync(AppDbContext db, CancellationToken ct) =>
        await db.Set<LkeVersion>().AsNoTracking()
            .Where(v => v.Status == LkeVersionStatus.Active)
            .OrderBy(v => v.Code)
            .Select(v => v.Code)
            .ToListAsync(ct);

    /// <summary>Locks the version (idempotent); saved with the caller's SaveChanges.</summary>
    public static async Task LockAsync(AppDbContext db, string versionCode, DateTime nowUtc, CancellationToken ct)
    {
        var version = await db.Set<LkeVersion>().FirstOrDefaultAsync(v => v.Code == versionCode, ct);
        version?.Lock(nowUtc);
    }
}
