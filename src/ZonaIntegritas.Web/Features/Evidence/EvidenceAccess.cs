using ZonaIntegritas.Web.Domain.Common;
using ZonaIntegritas.Web.Infrastructure.Authorization;
using ZonaIntegritas.Web.Infrastructure.Identity;
using ZonaIntegritas.Web.Infrastructure.Time;
using ZonaIntegritas.Web.Infrastructure.Units;

namespace ZonaIntegritas.Web.Features.Evidence;

/// <summary>
/// The evidence rules in one place, checked by every service method (not only by controller attributes):
/// permission (role map) + unit scope + change-area rights. AnggotaTim edit in their areas, KetuaTim everything
/// in the unit, Pimpinan/Administrator read, PenilaiInternal read and review, Pegawai nothing.
/// </summary>
public sealed class EvidenceAccess(ICurrentUser currentUser, ResourceAccess resources, UnitCalendar calendar, UnitClock clock)
{
    public string UserId => currentUser.UserId ?? throw new ForbiddenException();

    public DateTime UtcNow => clock.UtcNow;

    /// <summary>The latest date in Indonesia (WIT); unit-bound checks use <see cref="TodayAsync"/>.</summary>
    public DateOnly LatestToday => clock.LatestToday;

    /// <summary>Today in the unit's time zone (area rights are by the unit's calendar day).</summary>
    public Task<DateOnly> TodayAsync(int unitId, CancellationToken ct) => calendar.TodayAsync(unitId, ct);

    public int? OwnUnitId => currentUser.UnitId;

    public bool Has(string permission) => currentUser.Has(permission);

    public Task<IReadOnlySet<int>> VisibleUnitIdsAsync(CancellationToken ct) => resources.VisibleUnitIdsAsync(ct);

    public async Task EnsureViewAsync(int unitId, CancellationToken ct)
    {
        Require(Permissions.ViewEvidence);
        await resources.EnsureAccessAsync(unitId, ct);
    }

    public async Task EnsureReviewAsync(int unitId, CancellationToken ct)
    {
        Require(Permissions.ReviewEvidence);
        await resources.EnsureAccessAsync(unitId, ct);
    }

    public async Task EnsureManageAsync(int unitId, CancellationToken ct)
    {
        Require(Permissions.ManageEvidence);
        await resources.EnsureAccessAsync(unitId, ct);
    }

    /// <summary>Upload/edit/link rights in every area of <paramref name="areaCodes"/> (letters A–F).</summary>
    public async Task EnsureEditAsync(int unitId, IEnumerable<string?> areaCodes, CancellationToken ct)
    {
        Require(Permissions.UploadEvidence);
        await resources.EnsureAccessAsync(unitId, ct);
        foreach (var area in areaCodes.Where(a => a is not null).Distinct())
        {
            await resources.EnsureEditAreaAsync(unitId, area!, await TodayAsync(unitId, ct),
                $"Anda tidak berwenang mengelola eviden area {ChangeAreas.NameOf(area!)}.");
        }
    }

    /// <summary>The areas the user may upload to in a unit (empty for read-only roles).</summary>
    public async Task<IReadOnlySet<string>> EditableAreasAsync(int unitId, CancellationToken ct) =>
        Has(Permissions.UploadEvidence) ? await resources.EditableAreasAsync(unitId, await TodayAsync(unitId, ct), ct) : new HashSet<string>();

    private void Require(string permission)
    {
        if (!Has(permission))
        {
            throw new ForbiddenException();
        }
    }
}
