using ZonaIntegritas.Web.Domain.Common;
using ZonaIntegritas.Web.Domain.Staff;

namespace ZonaIntegritas.Web.Domain.Teams;

/// <summary>
/// One person in one team role (and area, for area roles) for a period. Replacing a member ends this
/// membership and links it to the successor's, so the history stays visible.
/// </summary>
public class TeamMembership : AuditableEntity
{
    public int Id { get; set; }
    public int DecreeId { get; set; }
    public TeamDecree? Decree { get; set; }
    public int StaffMemberId { get; set; }
    public StaffMember? StaffMember { get; set; }
    public TeamRole Role { get; set; }

    /// <summary>Change area letter A–F for Koordinator/Anggota Area, otherwise null.</summary>
    public string? AreaCode { get; set; }
    public DateOnly ValidFrom { get; set; }

    /// <summary>Last day (inclusive) on which the membership gives its rights.</summary>
    public DateOnly ValidTo { get; set; }
    public int? ReplacedByMembershipId { get; set; }
    public TeamMembership? ReplacedBy { get; set; }
    public MembershipEndReason? EndReason { get; set; }
    public string? EndNote { get; set; }

    public bool IsValidOn(DateOnly date) => ValidFrom <= date && date <= ValidTo;

    public bool IsEndedEarly => EndReason is not null;

    /// <summary>Ends the membership after <paramref name="lastDay"/> (inclusive) without a successor.</summary>
    public void End(DateOnly lastDay, MembershipEndReason reason, string? note)
    {
        if (IsEndedEarly)
        {
            throw new DomainException("Keanggotaan ini sudah diakhiri.");
        }
        if (lastDay < ValidFrom || lastDay > ValidTo)
        {
            throw new DomainException("Tanggal berakhir harus di dalam masa keanggotaan.");
        }
        ValidTo = lastDay;
        EndReason = reason;
        EndNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
    }

    /// <summary>
    /// Ends this membership on <paramref name="lastDay"/> and returns the successor's membership in the same
    /// role and area, valid from the next day to this membership's original end.
    /// </summary>
    public TeamMembership ReplaceWith(int successorStaffId, DateOnly lastDay, MembershipEndReason reason, string? note)
    {
        if (successorStaffId == StaffMemberId)
        {
            throw new DomainException("Pengganti harus pegawai yang berbeda.");
        }
        if (lastDay >= ValidTo)
        {
            throw new DomainException("Tanggal berakhir harus sebelum akhir masa keanggotaan agar pengganti mendapat masa tugas.");
        }
        var originalEnd = ValidTo;
        End(lastDay, reason, note);
        var successor = new TeamMembership
        {
            DecreeId = DecreeId,
            Decree = Decree,
            StaffMemberId = successorStaffId,
            Role = Role,
            AreaCode = AreaCode,
            ValidFrom = lastDay.AddDays(1),
            ValidTo = originalEnd,
        };
        ReplacedBy = successor;
        Decree?.Memberships.Add(successor);
        return successor;
    }
}
