using ZonaIntegritas.Web.Infrastructure.Data;
using ZonaIntegritas.Web.Infrastructure.Lke;

namespace ZonaIntegritas.Web.Features.Assessments;

/// <summary>
/// The link to the LKE versions master data: which versions can be chosen for a new assessment, and locking a
/// version once an assessment uses it (its tree may then no longer change).
/// </summary>
internal static class LkeVersionLock
{
    public static Task<IReadOnlyList<string>> SelectableVersionsAsync(AppDbContext db, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<string>>(LkeTemplateFile.EmbeddedVersions());

    public static Task LockAsync(AppDbContext db, string versionCode, DateTime nowUtc, CancellationToken ct) => Task.CompletedTask;
}
