using Microsoft.EntityFrameworkCore;
using ZonaIntegritas.Web.Domain.Common;
using ZonaIntegritas.Web.Domain.Teams;
using ZonaIntegritas.Web.Domain.WorkPlans;
using ZonaIntegritas.Web.Infrastructure.Authorization;
using ZonaIntegritas.Web.Infrastructure.Data;
using ZonaIntegritas.Web.Infrastructure.Files;
using ZonaIntegritas.Web.Infrastructure.Identity;
using ZonaIntegritas.Web.Infrastructure.Units;
using ZonaIntegritas.Web.Infrastructure.Web;

namespace ZonaIntegritas.Web.Features.Team;

/// <summary>The Tim ZI register: decrees, members, replacements. Every method checks the unit scope.</summary>
public sealed class TeamService(
    AppDbContext db,
    ResourceAccess scope,
    UnitCalendar calendar,
    ICurrentUser currentUser,
    FileIntake intake,
    ILogger<TeamService> logger)
{
    public async Task<TeamRosterViewModel> GetRosterAsync(int? unitId, int? year, CancellationToken ct = default)
    {
        var unit = await calendar.ResolveAsync(unitId, ct);
        var today = calendar.Today(unit.TimeZone);
        var y = year ?? today.Year;
        var decree = await db.Set<TeamDecree>().AsNoTracking().Where(d => d.UnitId == unit.Id && d.Year == y)
            .Select(d => new TeamDecreeViewModel(d.Id, d.Year, d.Number, d.DecreeDate, d.SignedBy, d.ValidFrom, d.ValidTo,
                d.SelectionMechanism, d.Scan == null ? null : d.Scan.FileName, d.Scan == null ? null : d.Scan.Size))
            .FirstOrDefaultAsync(ct);
        var members = decree is null ? [] : await MembershipRowsAsync(db.Set<TeamMembership>().Where(m => m.DecreeId == decree.Id), today, ct);
        var load = decree is null ? [] : await LoadAsync(unit.Id, y, members, Clamp(today, decree.ValidFrom, decree.ValidTo), ct);
        return new TeamRosterViewModel(unit, await calendar.VisibleUnitsAsync(ct), y, today, decree,
            members.OrderBy(m => m.SortKey).ThenBy(m => m.ValidFrom).ThenBy(m => m.FullName, StringComparer.Ordinal).ToList(),
            load, await calendar.StaffOptionsAsync(unit.Id, ct))
        { CanManage = scope.Has(Permissions.ManageRosters) };
    }

    public async Task<(MembershipRow Member, string UnitName, int UnitId, int Year)> GetMemberAsync(int membershipId, CancellationToken ct = default)
    {
        var info = await db.Set<TeamMembership>().AsNoTracking().Where(m => m.Id == membershipId)
            .Select(m => new { m.Decree!.UnitId, UnitName = m.Decree.Unit!.Name, m.Decree.Year }).FirstOrDefaultAsync(ct)
            ?? throw new NotFoundException();
        await scope.EnsureAccessAsync(info.UnitId, ct);
        var today = await calendar.TodayAsync(info.UnitId, ct);
        var row = (await MembershipRowsAsync(db.Set<TeamMembership>().Where(m => m.Id == membershipId), today, ct)).Single();
        return (row, info.UnitName, info.UnitId, info.Year);
    }

    public async Task<DecreeFormViewModel> DecreeFormAsync(int? decreeId, int? unitId, int? year, CancellationToken ct = default)
    {
        if (decreeId is { } id)
        {
            var d = await db.Set<TeamDecree>().AsNoTracking().Include(x => x.Unit).FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
            await scope.EnsureAccessAsync(d.UnitId, ct);
            return new DecreeFormViewModel(new SaveTeamDecreeInput
            {
                Id = d.Id,
                UnitId = d.UnitId,
                Year = d.Year,
                Number = d.Number,
                DecreeDate = d.DecreeDate,
                SignedBy = d.SignedBy,
                ValidFrom = d.ValidFrom,
                ValidTo = d.ValidTo,
                SelectionMechanism = d.SelectionMechanism,
            }, d.Unit!.Name, d.Scan?.FileName);
        }
        var unit = await calendar.ResolveAsync(unitId, ct);
        var y = year ?? calendar.Today(unit.TimeZone).Year;
        return new DecreeFormViewModel(new SaveTeamDecreeInput
        {
            UnitId = unit.Id,
            Year = y,
            ValidFrom = new DateOnly(y, 1, 1),
            ValidTo = new DateOnly(y, 12, 31),
        }, unit.Name, null);
    }

    public async Task<int> SaveDecreeAsync(SaveTeamDecreeInput input, CancellationToken ct = default)
    {
        await scope.EnsureAccessAsync(input.UnitId, ct);
        var from = input.ValidFrom!.Value;
        var to = input.ValidTo!.Value;
        TeamDecree.CheckPeriod(from, to);
        if (await db.Set<TeamDecree>().AnyAsync(d => d.Id != (input.Id ?? 0) && d.UnitId == input.UnitId && d.Year == input.Year, ct))
        {
            throw new DomainException($"SK Tim ZI tahun {input.Year} untuk unit ini sudah ada. Ubah SK yang ada.");
        }
        TeamDecree decree;
        if (input.Id is { } id)
        {
            decree = await db.Set<TeamDecree>().Include(d => d.Memberships).FirstOrDefaultAsync(d => d.Id == id, ct) ?? throw new NotFoundException();
            if (decree.UnitId != input.UnitId)
            {
                throw new ForbiddenException();
            }
            if (decree.Memberships.Any(m => m.ValidFrom < from || m.ValidTo > to))
            {
                throw new DomainException("Masih ada keanggotaan di luar masa berlaku yang baru. Sesuaikan keanggotaan terlebih dahulu.");
            }
        }
        else
        {
            decree = new TeamDecree { UnitId = input.UnitId, Year = input.Year, Number = "", SignedBy = "" };
            db.Add(decree);
        }
        decree.Year = input.Year;
        decree.Number = input.Number.Trim();
        decree.DecreeDate = input.DecreeDate!.Value;
        decree.SignedBy = input.SignedBy.Trim();
        decree.ValidFrom = from;
        decree.ValidTo = to;
        decree.SelectionMechanism = string.IsNullOrWhiteSpace(input.SelectionMechanism) ? null : input.SelectionMechanism.Trim();
        await DecreeScans.SaveWithScanAsync(intake, input.Scan, decree.Scan, stored => decree.Scan = stored, () => db.SaveChangesAsync(ct), ct);
        logger.LogInformation("Team decree {DecreeId} saved for unit {UnitId} year {Year}", decree.Id, decree.UnitId, decree.Year);
        return decree.Id;
    }

    public async Task<(int UnitId, int Year)> AddMemberAsync(AddTeamMemberInput input, CancellationToken ct = default)
    {
        var decree = await db.Set<TeamDecree>().Include(d => d.Memberships).FirstOrDefaultAsync(d => d.Id == input.DecreeId, ct)
            ?? throw new NotFoundException();
        await scope.EnsureAccessAsync(decree.UnitId, ct);
        await EnsureStaffOfUnitAsync(decree.UnitId, input.StaffMemberId!.Value, ct);
        var membership = decree.AddMember(input.StaffMemberId.Value, input.Role!.Value, input.AreaCode,
            input.ValidFrom ?? decree.ValidFrom, input.ValidTo ?? decree.ValidTo);
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Staff {StaffId} added to team decree {DecreeId} as {Role}", membership.StaffMemberId, decree.Id, membership.Role);
        return (decree.UnitId, decree.Year);
    }

    /// <summary>
    /// Replaces a member: the old membership ends on <paramref name="endDate"/>, the successor holds the same role
    /// and area from the next day, and the leaver's open work-plan items (as PIC or helper) and open follow-ups
    /// in the unit move to the successor, each move recorded in the item's history. One transaction.
    /// </summary>
    public async Task<int> ReplaceMemberAsync(int membershipId, int successorStaffId, DateOnly endDate, MembershipEndReason reason, string? note = null, CancellationToken ct = default)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var old = await db.Set<TeamMembership>().Include(m => m.Decree!).ThenInclude(d => d.Memberships)
            .Include(m => m.StaffMember).FirstOrDefaultAsync(m => m.Id == membershipId, ct) ?? throw new NotFoundException();
        var unitId = old.Decree!.UnitId;
        await scope.EnsureAccessAsync(unitId, ct);
        await EnsureStaffOfUnitAsync(unitId, successorStaffId, ct);
        var successorName = await db.Staff.Where(s => s.Id == successorStaffId).Select(s => s.FullName).SingleAsync(ct);
        var leaver = old.StaffMemberId;
        var successor = old.ReplaceWith(successorStaffId, endDate, reason, note);

        var now = calendar.UtcNow;
        var who = currentUser.Principal.GetFullName();
        var description = $"PIC dipindahkan dari {old.StaffMember!.FullName} ke {successorName} karena penggantian anggota Tim ZI "
            + $"({reason.Label()}), berlaku {Fmt.Date(successor.ValidFrom)}";
        var items = await db.Set<WorkPlanItem>().Include(i => i.Helpers).Include(i => i.Plan)
            .Where(i => i.Plan!.UnitId == unitId && i.Status != WorkPlanStatus.Done && i.Status != WorkPlanStatus.Cancelled
                && (i.PicStaffId == leaver || i.Helpers.Any(h => h.StaffMemberId == leaver)))
            .ToListAsync(ct);
        foreach (var item in items)
        {
            if (item.PicStaffId == leaver)
            {
                item.MovePic(successorStaffId, description, note, currentUser.UserId, who, now);
            }
            else
            {
                item.SetHelpers(item.Helpers.Select(h => h.StaffMemberId == leaver ? successorStaffId : h.StaffMemberId).ToList());
            }
            item.Plan!.Touch();
        }
        var followUps = await db.Set<FollowUpAction>()
            .Where(f => f.OwnerStaffId == leaver && f.ClosedOn == null && f.Entry!.Item!.Plan!.UnitId == unitId)
            .ToListAsync(ct);
        foreach (var followUp in followUps)
        {
            followUp.OwnerStaffId = successorStaffId;
        }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        logger.LogInformation("Team membership {MembershipId} replaced by {SuccessorId}; {ItemCount} work-plan items and {FollowUpCount} follow-ups moved",
            old.Id, successor.Id, items.Count, followUps.Count);
        return successor.Id;
    }

    public async Task<(int UnitId, int Year)> EndMembershipAsync(EndTeamMemberInput input, CancellationToken ct = default)
    {
        var m = await db.Set<TeamMembership>().Include(x => x.Decree).FirstOrDefaultAsync(x => x.Id == input.MembershipId, ct) ?? throw new NotFoundException();
        await scope.EnsureAccessAsync(m.Decree!.UnitId, ct);
        m.End(input.EndDate!.Value, input.Reason!.Value, input.Note);
        await db.SaveChangesAsync(ct);
        return (m.Decree.UnitId, m.Decree.Year);
    }

    /// <summary>Removes a membership entered by mistake; not possible once it is part of a replacement.</summary>
    public async Task<(int UnitId, int Year)> RemoveMemberAsync(int membershipId, CancellationToken ct = default)
    {
        var m = await db.Set<TeamMembership>().Include(x => x.Decree).FirstOrDefaultAsync(x => x.Id == membershipId, ct) ?? throw new NotFoundException();
        await scope.EnsureAccessAsync(m.Decree!.UnitId, ct);
        if (m.ReplacedByMembershipId is not null || await db.Set<TeamMembership>().AnyAsync(x => x.ReplacedByMembershipId == m.Id, ct))
        {
            throw new DomainException("Keanggotaan yang merupakan bagian dari penggantian tidak dapat dihapus agar riwayat tetap terlihat.");
        }
        db.Remove(m);
        await db.SaveChangesAsync(ct);
        return (m.Decree.UnitId, m.Decree.Year);
    }

    public async Task<(Stream Content, string ContentType, string FileName)> OpenScanAsync(int decreeId, CancellationToken ct = default)
    {
        var d = await db.Set<TeamDecree>().AsNoTracking().Where(x => x.Id == decreeId).Select(x => new { x.UnitId, x.Scan }).FirstOrDefaultAsync(ct)
            ?? throw new NotFoundException();
        await scope.EnsureAccessAsync(d.UnitId, ct);
        var stream = d.Scan is null ? null : await intake.OpenReadAsync(d.Scan.Key, FileIntake.LegacyScanFolder, ct);
        return stream is null ? throw new NotFoundException("Berkas pindaian SK tidak ditemukan.") : (stream, d.Scan!.ContentType, d.Scan.FileName);
    }

    private async Task EnsureStaffOfUnitAsync(int unitId, int staffId, CancellationToken ct)
    {
        if ((await calendar.StaffOptionsAsync(unitId, ct)).All(s => s.Id != staffId))
        {
            throw new DomainException("Pegawai tidak ditemukan di daftar pegawai aktif unit ini.");
        }
    }

    private async Task<List<MembershipRow>> MembershipRowsAsync(IQueryable<TeamMembership> query, DateOnly today, CancellationToken ct)
    {
        var rows = await query.AsNoTracking().Select(m => new
        {
            m.Id,
            m.StaffMemberId,
            m.StaffMember!.FullName,
            m.StaffMember.Nip,
            m.StaffMember.Position,
            m.Role,
            m.AreaCode,
            m.ValidFrom,
            m.ValidTo,
            m.EndReason,
            m.EndNote,
            ReplacedBy = m.ReplacedBy == null ? null : m.ReplacedBy.StaffMember!.FullName,
            Replaces = db.Set<TeamMembership>().Where(o => o.ReplacedByMembershipId == m.Id).Select(o => o.StaffMember!.FullName).FirstOrDefault(),
        }).ToListAsync(ct);
        return rows.Select(m => new MembershipRow(m.Id, m.StaffMemberId, m.FullName, m.Nip, m.Position, m.Role, m.AreaCode,
            m.ValidFrom, m.ValidTo, m.EndReason, m.EndNote, m.ReplacedBy, m.Replaces,
            m.ValidFrom <= today && today <= m.ValidTo, m.ReplacedBy is null && m.Replaces is null)).ToList();
    }

    private async Task<IReadOnlyList<PersonLoad>> LoadAsync(int unitId, int year, IReadOnlyList<MembershipRow> members, DateOnly onDate, CancellationToken ct)
    {
        var openItems = await db.Set<WorkPlanItem>().AsNoTracking()
            .Where(i => i.Plan!.UnitId == unitId && i.Plan.Year == year && i.Status != WorkPlanStatus.Done && i.Status != WorkPlanStatus.Cancelled)
            .GroupBy(i => i.PicStaffId).Select(g => new { StaffId = g.Key, Count = g.Count() }).ToListAsync(ct);
        var items = openItems.ToDictionary(x => x.StaffId, x => x.Count);
        return members.Where(m => m.ValidFrom <= onDate && onDate <= m.ValidTo)
            .GroupBy(m => (m.StaffMemberId, m.FullName))
            .Select(g => new PersonLoad(g.Key.StaffMemberId, g.Key.FullName,
                g.OrderBy(m => m.SortKey).Select(m => m.AreaCode is null ? m.Role.Label() : $"{m.Role.Label()} {m.AreaCode}").ToList(),
                items.GetValueOrDefault(g.Key.StaffMemberId)))
            .OrderByDescending(p => p.Roles.Count).ThenBy(p => p.FullName, StringComparer.Ordinal).ToList();
    }

    private static DateOnly Clamp(DateOnly d, DateOnly min, DateOnly max) => d < min ? min : d > max ? max : d;
}
