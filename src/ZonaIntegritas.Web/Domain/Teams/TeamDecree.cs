using ZonaIntegritas.Web.Domain.Common;
using ZonaIntegritas.Web.Domain.Units;

namespace ZonaIntegritas.Web.Domain.Teams;

/// <summary>The SK Kepala Kantor that forms a unit's Tim ZI for a year; its members are the roster.</summary>
public class TeamDecree : AuditableEntity
{
    public int Id { get; set; }
    public int UnitId { get; set; }
    public OrgUnit? Unit { get; set; }
    public int Year { get; set; }
    public required string Number { get; set; }
    public DateOnly DecreeDate { get; set; }
    public required string SignedBy { get; set; }
    public DateOnly ValidFrom { get; set; }
    public DateOnly ValidTo { get; set; }

    /// <summary>How the members were chosen (meeting, criteria, minutes): what PPA1B asks.</summary>
    public string? SelectionMechanism { get; set; }
    public StoredScan? Scan { get; set; }
    public List<TeamMembership> Memberships { get; set; } = [];

    public bool Covers(DateOnly date) => ValidFrom <= date && date <= ValidTo;

    public static void CheckPeriod(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            throw new DomainException("Tanggal berakhir tidak boleh sebelum tanggal mulai berlaku.");
        }
    }

    public TeamMembership AddMember(int staffMemberId, TeamRole role, string? areaCode, DateOnly from, DateOnly to)
    {
        CheckPeriod(from, to);
        if (from < ValidFrom || to > ValidTo)
        {
            throw new DomainException("Masa keanggotaan harus berada dalam masa berlaku SK.");
        }
        if (role.RequiresArea() && !ChangeAreas.IsValid(areaCode))
        {
            throw new DomainException($"Peran {role.Label()} harus memilih area perubahan.");
        }
        if (!role.RequiresArea())
        {
            areaCode = null;
        }
        var overlapping = Memberships.Any(m => m.StaffMemberId == staffMemberId && m.Role == role && m.AreaCode == areaCode
            && m.ValidFrom <= to && from <= m.ValidTo);
        if (overlapping)
        {
            throw new DomainException("Pegawai ini sudah memegang peran yang sama pada periode tersebut.");
        }
        var membership = new TeamMembership
        {
            Decree = this,
            StaffMemberId = staffMemberId,
            Role = role,
            AreaCode = areaCode,
            ValidFrom = from,
            ValidTo = to,
        };
        Memberships.Add(membership);
        return membership;
    }
}

/// <summary>A scanned decree (PDF/JPEG/PNG) kept by the portal's file store.</summary>
public sealed record StoredScan(string Key, string FileName, string ContentType, long Size);
