using ZonaIntegritas.Web.Domain.Common;
using ZonaIntegritas.Web.Domain.Units;
using ZonaIntegritas.Web.Infrastructure.Authorization;
using ZonaIntegritas.Web.Infrastructure.Identity;

namespace ZonaIntegritas.Web.Features.Evidence;

/// <summary>
/// The evidence rules in one place, checked by every service method (not only by controller attributes):
/// permission (role map) + unit scope + change-area rights. AnggotaTim edit in their areas, KetuaTim everything
/// in the unit, Pimpinan/Administrator read, PenilaiInternal read and review, Pegawai nothing.
/// </summary>
public sealed class EvidenceAccess(ICurrentUser currentUser, UnitScope scope, IChangeAreaAccess areas, TimeProvider clock)
{
    public string UserId => currentUser.UserId ?? throw new ForbiddenException();

    public DateTime UtcNow => clock.GetUtcNow().UtcDateTime;

    /// <summary>Today in WIB (area rights and date checks are by calendar day).</summary>
    public DateOnly Today => DateOnly.FromDateTime(IndonesianTimeZone.Wib.ToLocal(UtcNow));

    public int? OwnUnitId => currentUser.UnitId;

    public bool Has(string permission) =>
        Permissions.RolesFor.TryGetValue(permission, out var roles) && roles.Any(currentUser.IsInRole);

    public Task<IReadOnlySet<int>> VisibleUnitIdsAsync(CancellationToken ct) => scope.VisibleUnitIdsAsync(ct);

    public async Task EnsureViewAsync(int unitId, CancellationToken ct)
    {
        Require(Permissions.ViewEvidence);
        await scope.EnsureAccessAsync(unitId, ct);
    }

    public async Task EnsureReviewAsync(int unitId, CancellationToken ct)
    {
        Require(Permissions.ReviewEvidence);
        await scope.EnsureAccessAsync(unitId, ct);
    }

    public async Task EnsureManageAsync(int unitId, CancellationToken ct)
    {
        Require(Permissions.ManageEvidence);
        await scope.EnsureAccessAsync(unitId, ct);
    }

    /// <summary>Upload/edit/link rights in every area of <paramref name="areaCodes"/> (letters A–F).</summary>
    public async Task EnsureEditAsync(int unitId, IEnumerable<string?> areaCodes, CancellationToken ct)
    {
        Require(Permissions.UploadEvidence);
        await scope.EnsureAccessAsync(unitId, ct);
        var editable = await areas.EditableAreasAsync(unitId, Today, ct);
        foreach (var area in areaCodes.Where(a => a is not null).Distinct())
        {
            if (!editable.Contains(area!))
            {
                throw new ForbiddenException($"Anda tidak berwenang mengelola eviden area {ChangeAreas.NameOf(area!)}.");
            }
        }
    }

    /// <summary>The areas the user may upload to in a unit (empty for read-only roles).</summary>
    public async Task<IReadOnlySet<string>> EditableAreasAsync(int unitId, CancellationToken ct) =>
        Has(Permissions.UploadEvidence) ? await areas.EditableAreasAsync(unitId, Today, ct) : new HashSet<string>();

    private void Require(string permission)
    {
        if (!Has(permission))
        {
            throw new ForbiddenException();
        }
    }
}
