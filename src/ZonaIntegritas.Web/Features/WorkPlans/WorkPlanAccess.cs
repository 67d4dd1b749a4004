using Microsoft.EntityFrameworkCore;
using ZonaIntegritas.Web.Domain.Common;
using ZonaIntegritas.Web.Features.Team;
using ZonaIntegritas.Web.Infrastructure.Authorization;
using ZonaIntegritas.Web.Infrastructure.Data;
using ZonaIntegritas.Web.Infrastructure.Identity;
using ZonaIntegritas.Web.Infrastructure.Units;

namespace ZonaIntegritas.Web.Features.WorkPlans;

/// <summary>
/// Which areas' plan items the current user may manage in a unit today: KetuaTim every area; AnggotaTim the
/// areas the Tim ZI roster makes them Koordinator of (while the unit has no roster, the interim area rights).
/// </summary>
public sealed class WorkPlanAccess(AppDbContext db, ICurrentUser currentUser, ResourceAccess resources, ITeamRoster roster, UnitCalendar calendar)
{
    private static readonly IReadOnlySet<string> All = ChangeAreas.All.Select(a => a.Code).ToHashSet();
    private static readonly IReadOnlySet<string> None = new HashSet<string>();

    public async Task<IReadOnlySet<string>> EditableAreasAsync(int unitId, CancellationToken ct = default)
    {
        if (currentUser.UserId is not { } userId || !await resources.CanAccessAsync(unitId, ct))
        {
            return None;
        }
        if (currentUser.Has(Permissions.EditAllAreas))
        {
            return All;
        }
        if (!currentUser.Has(Permissions.EditAssignedAreas))
        {
            return None;
        }
        var today = await calendar.TodayAsync(unitId, ct);
        if (!await roster.HasDecreeOnAsync(unitId, today, ct))
        {
            return await resources.EditableAreasAsync(unitId, today, ct);
        }
        var staffId = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.StaffMemberId).FirstOrDefaultAsync(ct);
        return staffId is { } id ? await roster.CoordinatedAreasOfStaffAsync(unitId, id, today, ct) : None;
    }

    public async Task EnsureCanEditAsync(int unitId, string areaCode, CancellationToken ct = default)
    {
        if (!(await EditableAreasAsync(unitId, ct)).Contains(areaCode))
        {
            throw new ForbiddenException($"Anda tidak berhak mengelola kegiatan area {ChangeAreas.NameOf(areaCode)}.");
        }
    }
}
