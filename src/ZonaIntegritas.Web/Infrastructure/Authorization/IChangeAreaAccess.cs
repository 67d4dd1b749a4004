using Microsoft.EntityFrameworkCore;
using ZonaIntegritas.Web.Domain.Common;
using ZonaIntegritas.Web.Infrastructure.Data;
using ZonaIntegritas.Web.Infrastructure.Identity;

namespace ZonaIntegritas.Web.Infrastructure.Authorization;

/// <summary>
/// Per-area edit rights (worksheet answers, evidence, work-plan items of a change area A–F) of the current
/// user in a unit on a date. The Tim ZI roster is meant to decide these; the interim implementation below
/// uses Administrator-made <see cref="AreaAssignment"/> rows. This is the engine of <see cref="ChangeAreaHandler"/>:
/// it does not check the unit scope (the <see cref="Policies.EditChangeArea"/> policy does); services ask
/// <see cref="ResourceAccess"/> instead.
/// </summary>
public interface IChangeAreaAccess
{
    Task<IReadOnlySet<string>> EditableAreasAsync(int unitId, DateOnly onDate, CancellationToken ct = default);

    async Task<bool> CanEditAreaAsync(int unitId, string areaCode, DateOnly onDate, CancellationToken ct = default) =>
        (await EditableAreasAsync(unitId, onDate, ct)).Contains(areaCode);
}

public sealed class AssignmentChangeAreaAccess(AppDbContext db, ICurrentUser currentUser) : IChangeAreaAccess
{
    private static readonly IReadOnlySet<string> AllAreas = ChangeAreas.All.Select(a => a.Code).ToHashSet();
    private static readonly IReadOnlySet<string> None = new HashSet<string>();

    public async Task<IReadOnlySet<string>> EditableAreasAsync(int unitId, DateOnly onDate, CancellationToken ct = default)
    {
        if (currentUser.UserId is not { } userId)
        {
            return None;
        }
        if (currentUser.Has(Permissions.EditAllAreas))
        {
            return AllAreas;
        }
        if (!currentUser.Has(Permissions.EditAssignedAreas))
        {
            return None;
        }
        var codes = await db.AreaAssignments.AsNoTracking()
            .Where(a => a.UserId == userId && a.UnitId == unitId)
            .Select(a => a.AreaCode)
            .ToListAsync(ct);
        return codes.ToHashSet();
    }
}
