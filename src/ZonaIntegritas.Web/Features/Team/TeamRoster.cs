using Microsoft.EntityFrameworkCore;
using ZonaIntegritas.Web.Domain.Teams;
using ZonaIntegritas.Web.Infrastructure.Data;

namespace ZonaIntegritas.Web.Features.Team;

public sealed record RosterMember(int MembershipId, int StaffMemberId, string FullName, string? Nip, TeamRole Role, string? AreaCode, DateOnly ValidFrom, DateOnly ValidTo);

/// <summary>
/// Read-only questions about a unit's Tim ZI on a date, for other features (who coordinates area C, which
/// areas may this person edit). No unit-scope check here: callers check the unit before asking.
/// A membership counts on a date when both its decree and the membership itself are valid on that date.
/// </summary>
public interface ITeamRoster
{
    Task<bool> HasDecreeOnAsync(int unitId, DateOnly date, CancellationToken ct = default);

    Task<IReadOnlyList<RosterMember>> MembersOnAsync(int unitId, DateOnly date, CancellationToken ct = default);

    Task<IReadOnlyList<RosterMember>> CoordinatorsOfAreaAsync(int unitId, string areaCode, DateOnly date, CancellationToken ct = default);

    /// <summary>Areas the person may edit: Ketua/Sekretaris all, Koordinator/Anggota Area their area.</summary>
    Task<IReadOnlySet<string>> EditableAreasOfStaffAsync(int unitId, int staffMemberId, DateOnly date, CancellationToken ct = default);

    /// <summary>Areas the person coordinates (Koordinator Area) on the date.</summary>
    Task<IReadOnlySet<string>> CoordinatedAreasOfStaffAsync(int unitId, int staffMemberId, DateOnly date, CancellationToken ct = default);
}

public sealed class TeamRoster(AppDbContext db) : ITeamRoster
{
    public Task<bool> HasDecreeOnAsync(int unitId, DateOnly date, CancellationToken ct = default) =>
        db.Set<TeamDecree>().AnyAsync(d => d.UnitId == unitId && d.ValidFrom <= date && date <= d.ValidTo, ct);

    public async Task<IReadOnlyList<RosterMember>> MembersOnAsync(int unitId, DateOnly date, CancellationToken ct = default) =>
        await ValidOn(unitId, date)
            .Select(m => new RosterMember(m.Id, m.StaffMemberId, m.StaffMember!.FullName, m.StaffMember.Nip, m.Role, m.AreaCode, m.ValidFrom, m.ValidTo))
            .ToListAsync(ct);

    public async Task<IReadOnlyList<RosterMember>> CoordinatorsOfAreaAsync(int unitId, string areaCode, DateOnly date, CancellationToken ct = default) =>
        (await MembersOnAsync(unitId, date, ct)).Where(m => m.Role == TeamRole.KoordinatorArea && m.AreaCode == areaCode).ToList();

    public async Task<IReadOnlySet<string>> EditableAreasOfStaffAsync(int unitId, int staffMemberId, DateOnly date, CancellationToken ct = default)
    {
        var roles = await ValidOn(unitId, date).Where(m => m.StaffMemberId == staffMemberId)
            .Select(m => new { m.Role, m.AreaCode }).ToListAsync(ct);
        return roles.SelectMany(r => TeamRoles.AreasGranted(r.Role, r.AreaCode)).ToHashSet();
    }

    public async Task<IReadOnlySet<string>> CoordinatedAreasOfStaffAsync(int unitId, int staffMemberId, DateOnly date, CancellationToken ct = default)
    {
        var areas = await ValidOn(unitId, date)
            .Where(m => m.StaffMemberId == staffMemberId && m.Role == TeamRole.KoordinatorArea && m.AreaCode != null)
            .Select(m => m.AreaCode!).ToListAsync(ct);
        return areas.ToHashSet();
    }

    private IQueryable<TeamMembership> ValidOn(int unitId, DateOnly date) =>
        db.Set<TeamMembership>().AsNoTracking()
            .Where(m => m.Decree!.UnitId == unitId && m.Decree.ValidFrom <= date && date <= m.Decree.ValidTo
                && m.ValidFrom <= date && date <= m.ValidTo);
}
