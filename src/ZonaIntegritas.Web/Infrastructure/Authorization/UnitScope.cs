using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using ZonaIntegritas.Web.Domain.Common;
using ZonaIntegritas.Web.Domain.Units;
using ZonaIntegritas.Web.Infrastructure.Data;
using ZonaIntegritas.Web.Infrastructure.Identity;

namespace ZonaIntegritas.Web.Infrastructure.Authorization;

/// <summary>
/// Which units the current user may see: their own unit and its descendants; an Administrator sees all.
/// Computed once per request (scoped).
/// </summary>
public sealed class UnitScope(AppDbContext db, ICurrentUser currentUser)
{
    private IReadOnlySet<int>? _visible;

    public async Task<IReadOnlySet<int>> VisibleUnitIdsAsync(CancellationToken ct = default)
    {
        if (_visible is not null)
        {
            return _visible;
        }
        var units = await db.Units.AsNoTracking().Select(u => new { u.Id, u.ParentId }).ToListAsync(ct);
        if (currentUser.IsAdministrator)
        {
            return _visible = units.Select(u => u.Id).ToHashSet();
        }
        if (currentUser.UnitId is not { } root)
        {
            return _visible = new HashSet<int>();
        }
        return _visible = Descendants(units.Select(u => (u.Id, u.ParentId)), root);
    }

    public async Task<bool> CanAccessAsync(int unitId, CancellationToken ct = default) =>
        (await VisibleUnitIdsAsync(ct)).Contains(unitId);

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
