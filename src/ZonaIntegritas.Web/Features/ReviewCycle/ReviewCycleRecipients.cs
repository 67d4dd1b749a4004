using Microsoft.EntityFrameworkCore;
using ZonaIntegritas.Web.Domain.Common;
using ZonaIntegritas.Web.Features.Team;
using ZonaIntegritas.Web.Infrastructure.Authorization;
using ZonaIntegritas.Web.Infrastructure.Data;
using ZonaIntegritas.Web.Infrastructure.Units;

namespace ZonaIntegritas.Web.Features.ReviewCycle;

public sealed record Recipient(string UserId, string? Email, string FullName);

/// <summary>
/// The people who must act on a step: users holding a permission (roles from <see cref="Permissions"/>) in the
/// unit, or for the penilai also in a parent unit; the Tim ZI members of given change areas (roster when a decree
/// covers the date, otherwise the interim area assignments; the Ketua Tim always).
/// </summary>
public sealed class ReviewCycleRecipients(AppDbContext db, ITeamRoster roster, UnitDirectory directory)
{
    public async Task<IReadOnlyList<Recipient>> HoldersAsync(string permission, IReadOnlyCollection<int> unitIds, CancellationToken ct)
    {
        var roleNames = Permissions.RolesFor[permission];
        var roleIds = db.Roles.Where(r => roleNames.Contains(r.Name!)).Select(r => r.Id);
        return await db.Users.AsNoTracking()
            .Where(u => u.IsActive && unitIds.Contains(u.UnitId) && db.UserRoles.Any(ur => ur.UserId == u.Id && roleIds.Contains(ur.RoleId)))
            .OrderBy(u => u.Id)
            .Select(u => new Recipient(u.Id, u.Email, u.FullName))
            .ToListAsync(ct);
    }

    /// <summary>The unit and its ancestors (a penilai of a parent unit may review).</summary>
    public async Task<IReadOnlyList<int>> SelfAndAncestorsAsync(int unitId, CancellationToken ct)
    {
        var units = await directory.AllAsync(ct);
        var result = new List<int>();
        int? current = unitId;
        while (current is { } id && !result.Contains(id))
        {
            result.Add(id);
            current = units.GetValueOrDefault(id)?.ParentId;
        }
        return result;
    }

    /// <summary>Tim ZI members of the unit with the areas (A–F) each of them edits, limited to <paramref name="areas"/>.</summary>
    public async Task<IReadOnlyList<(Recipient Who, IReadOnlySet<string> Areas)>> TeamOfAreasAsync(int unitId, IReadOnlySet<string> areas, DateOnly onDate, CancellationToken ct)
    {
        var all = ChangeAreas.All.Select(a => a.Code).ToHashSet();
        var ketua = (await HoldersAsync(Permissions.SubmitAssessments, [unitId], ct)).ToDictionary(r => r.UserId);
        var members = await HoldersAsync(Permissions.AnswerWorksheet, [unitId], ct);
        var hasDecree = await roster.HasDecreeOnAsync(unitId, onDate, ct);
        var staffIds = await db.Users.AsNoTracking().Where(u => u.UnitId == unitId).Select(u => new { u.Id, u.StaffMemberId }).ToDictionaryAsync(u => u.Id, u => u.StaffMemberId, ct);
        var result = new List<(Recipient, IReadOnlySet<string>)>();
        foreach (var member in members)
        {
            IReadOnlySet<string> own;
            if (ketua.ContainsKey(member.UserId))
            {
                own = all;
            }
            else if (hasDecree)
            {
                own = staffIds.GetValueOrDefault(member.UserId) is { } staffId ? await roster.EditableAreasOfStaffAsync(unitId, staffId, onDate, ct) : new HashSet<string>();
            }
            else
            {
                own = (await db.AreaAssignments.AsNoTracking().Where(a => a.UserId == member.UserId && a.UnitId == unitId).Select(a => a.AreaCode).ToListAsync(ct)).ToHashSet();
            }
            var concerned = own.Where(areas.Contains).ToHashSet();
            if (concerned.Count > 0)
            {
                result.Add((member, concerned));
            }
        }
        return result;
    }
}
