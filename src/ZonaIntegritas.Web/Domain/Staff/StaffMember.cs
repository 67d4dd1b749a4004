using ZonaIntegritas.Web.Domain.Common;
using ZonaIntegritas.Web.Domain.Units;

namespace ZonaIntegritas.Web.Domain.Staff;

/// <summary>An entry of the staff register (pegawai), usually imported from SIMPEG.</summary>
public class StaffMember : AuditableEntity
{
    public int Id { get; set; }

    /// <summary>18-digit NIP; Non-ASN staff may have none.</summary>
    public string? Nip { get; set; }
    public required string FullName { get; set; }
    public string? Position { get; set; }
    public string? RankGrade { get; set; }
    public EmploymentType EmploymentType { get; set; } = EmploymentType.Pns;
    public int UnitId { get; set; }
    public OrgUnit? Unit { get; set; }
    public string? Email { get; set; }
    public bool IsActive { get; set; } = true;
}
