using Microsoft.EntityFrameworkCore;
using ZonaIntegritas.Web.Infrastructure.Authorization;
using ZonaIntegritas.Web.Infrastructure.Data;
using ZonaIntegritas.Web.Infrastructure.Identity;

namespace ZonaIntegritas.Web.Features.Team;

/// <summary>
/// Change-area rights from the Tim ZI roster (docs/decisions/0005-area-rights-from-roster.md): user → staff record → memberships valid on the date
/// in a decree of the unit covering the date. Ketua/Sekretaris get every area, Koordinator/Anggota Area their
/// own; other roles and ended memberships give nothing. While the unit has no decree covering the date, the
/// interim <see cref="AssignmentChangeAreaAccess"/> rows decide, so units without a roster keep working.
/// </summary>
public sealed class RosterChangeAreaAccess(AppDbContext db, ICurrentUser currentUser, UnitScope scope, ITeamRoster roster) : IChangeAreaAccess
{
    private static readonly IReadOnlySet<string> None = new HashSet<string>();

    public async Task<IReadOnlySet<string>> EditableAreasAsync(int unitId, DateOnly onDate, CancellationToken ct = default)
    {
        if (currentUser.UserId is not { } userId || !await scope.CanAccessAsync(unitId, ct))
        {
            return None;
        }
        if (!await roster.HasDecreeOnAsync(unitId, onDate, ct))
        {
            return await new AssignmentChangeAreaAccess(db, currentUser, scope).EditableAreasAsync(unitId, onDate, ct);
        }
        var staffId = await db.Users.AsNoTracking().Where(u => u.Id == userId && u.IsActive)
            .Select(u => u.StaffMemberId).FirstOrDefaultAsync(ct);
        return staffId is { } id ? await roster.EditableAreasOfStaffAsync(unitId, id, onDate, ct) : None;
    }
}
