using ZonaIntegritas.Web.Domain.Common;

namespace ZonaIntegritas.Web.Domain.Units;

/// <summary>A work unit (satker or sub-unit): Kanwil, Kantor Kemenag, KUA, madrasah.</summary>
public class OrgUnit : AuditableEntity
{
    public int Id { get; set; }
    public int? ParentId { get; set; }
    public OrgUnit? Parent { get; set; }
    public List<OrgUnit> Children { get; set; } = [];
    public required string Code { get; set; }
    public required string Name { get; set; }
    public UnitType Type { get; set; }
    public string? Address { get; set; }
    public string? City { get; set; }
    public IndonesianTimeZone TimeZone { get; set; } = IndonesianTimeZone.Wib;

    /// <summary>The unit already holds the WBK predicate (a precondition for WBBM).</summary>
    public bool HoldsWbk { get; set; }
    public bool IsActive { get; set; } = true;
}
