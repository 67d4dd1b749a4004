using Microsoft.EntityFrameworkCore;
using ZonaIntegritas.Web.Domain.Teams;
using ZonaIntegritas.Web.Infrastructure.Authorization;
using ZonaIntegritas.Web.Infrastructure.Data;
using ZonaIntegritas.Web.Infrastructure.Identity;

namespace ZonaIntegritas.Web.Features.Team;

/// <summary>
/// Change-area rights from the Tim ZI roster (docs/decisions/0005-area-rights-from-roster.md): user → staff record → memberships valid on the date
/// in a decree of the unit covering the date. Ketua/Sekretaris get every area, Koordinator/Anggota Area their
/// own; other roles and ended memberships give nothing. While the unit has no decree covering the date, the
/// interim <see cref="AssignmentChangeAreaAccess"/> rows decide, so units without a roster keep working.
/// The engine of <see cref="ChangeAreaHandler"/>: the unit scope is checked by the policy, not here; services ask
/// <see cref="ResourceAccess"/>.
/// </summary>
public sealed class RosterChangeAreaAccess(AppDbContext db, ICurrentUser currentUser) : IChangeAreaAccess
{
    private static readonly IReadOnlySet<string> None = new HashSet<string>();

    /// <summary>Per request (the service is scoped): a save and its response ask the same question.</summary>
    private readonly Dictionary<(int UnitId, DateOnly Date), IReadOnlySet<string>> _known = [];

    public async Task<IReadOnlySet<string>> EditableAreasAsync(int unitId, DateOnly onDate, CancellationToken ct = default)
    {
        if (currentUser.UserId is not { } userId)
        {
            return None;
        }
        if (_known.TryGetValue((unitId, onDate), out var known))
        {
            return known;
        }
        // One round trip: the decrees covering the date, each with this user's memberships valid on the date.
        var decrees = await db.Set<TeamDecree>().AsNoTracking()
            .Where(d => d.UnitId == unitId && d.ValidFrom <= onDate && onDate <= d.ValidTo)
            .Select(d => d.Memberships
                .Where(m => m.ValidFrom <= onDate && onDate <= m.ValidTo
                    && db.Users.Any(u => u.Id == userId && u.IsActive && u.StaffMemberId == m.StaffMemberId))
                .Select(m => new { m.Role, m.AreaCode })
                .ToList())
            .ToListAsync(ct);
        var areas = decrees.Count == 0
            ? await new AssignmentChangeAreaAccess(db, currentUser).EditableAreasAsync(unitId, onDate, ct)
            : decrees.SelectMany(d => d).SelectMany(r => TeamRoles.AreasGranted(r.Role, r.AreaCode)).ToHashSet();
        return _known[(unitId, onDate)] = areas;
    }
}
