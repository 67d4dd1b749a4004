using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using ZonaIntegritas.Web.Domain.Common;
using ZonaIntegritas.Web.Domain.Units;
using ZonaIntegritas.Web.Infrastructure.Data;
using ZonaIntegritas.Web.Infrastructure.Identity;

namespace ZonaIntegritas.Web.Infrastructure.Authorization;

/// <summary>
/// Which units the current user may see: their own unit and its descendants, for every role including the
/// Administrator. Only the Super Admin (<see cref="Permissions.ActOnAllUnits"/>) sees all units, and each unit he
/// reaches outside his own subtree is logged once per request (<see cref="SuperAdminAudit"/>).
/// Computed once per request (scoped).
/// </summary>
public sealed class UnitScope(Units.UnitDirectory directory, ICurrentUser currentUser, SuperAdminAudit audit)
{
    private IReadOnlySet<int>? _visible;
    private IReadOnlySet<int>? _ownSubtree;
    private readonly HashSet<int> _logged = [];

    public async Task<IReadOnlySet<int>> VisibleUnitIdsAsync(CancellationToken ct = default)
    {
        if (_visible is not null)
        {
            return _visible;
        }
        var units = await directory.AllAsync(ct);
        _ownSubtree = currentUser.UnitId is { } root ? Descendants(units.Values.Select(u => (u.Id, u.ParentId)), root) : new HashSet<int>();
        return _visible = currentUser.Has(Permissions.ActOnAllUnits) ? units.Keys.ToHashSet() : _ownSubtree;
    }

    public async Task<bool> CanAccessAsync(int unitId, CancellationToken ct = default)
    {
        var visible = (await VisibleUnitIdsAsync(ct)).Contains(unitId);
        if (visible && !_ownSubtree!.Contains(unitId) && _logged.Add(unitId))
        {
            await audit.LogAccessAsync(currentUser.UserId, unitId, ct);
        }
        return visible;
    }

    /// <summary>Throws <see cref="ForbiddenException"/> unless the unit is in scope.</summary>
    public async Task EnsureAccessAsync(int unitId, CancellationToken ct = default)
    {
        if (!await CanAccessAsync(unitId, ct))
        {
            throw new ForbiddenException();
        }
    }

    public static HashSet<int> Descendants(IEnumerable<(int Id, int? ParentId)> units, int rootId)
    {
        var children = units.Where(u => u.ParentId.HasValue).ToLookup(u => u.ParentId!.Value, u => u.Id);
        var result = new HashSet<int> { rootId };
        var queue = new Queue<int>([rootId]);
        while (queue.Count > 0)
        {
            foreach (var child in children[queue.Dequeue()])
            {
                if (result.Add(child))
                {
                    queue.Enqueue(child);
                }
            }
        }
        return result;
    }
}

/// <summary>Thrown by services when the user may not act on a resource; rendered as the 403 page.</summary>
public sealed class ForbiddenException(string message = "Anda tidak memiliki akses ke data ini.") : Exception(message);

/// <summary>Thrown by services when a resource does not exist (or is outside the user's scope); rendered as 404.</summary>
public sealed class NotFoundException(string message = "Data tidak ditemukan.") : Exception(message);
