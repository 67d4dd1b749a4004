namespace ZonaIntegritas.Web.Infrastructure.Seeding;

/// <summary>
/// How big <see cref="LargeDemoSeeder"/> makes the Kanwil. <see cref="Full"/> is what <c>seed-demo --large</c>
/// builds (issue 19: 40 units, ~4,000 staff, ~20,000 evidence items); tests use a scaled-down copy. The unit
/// tree is always the same 40 units; the rows per unit shrink with the size.
/// </summary>
public sealed record LargeDemoSize(int StaffPerUnit, int EvidencePerUnit, int OfficeExtraStaff, int OfficeExtraEvidence, int OfficeExtraPlanItems)
{
    /// <summary>34 new units × 90 staff + 900 at the demo office ≈ 4,000; 34 × 470 + 4,000 ≈ 20,000 evidence items.</summary>
    public static readonly LargeDemoSize Full = new(StaffPerUnit: 90, EvidencePerUnit: 470, OfficeExtraStaff: 900, OfficeExtraEvidence: 4_000, OfficeExtraPlanItems: 150);

    /// <summary>The same shape divided by <paramref name="divisor"/> (at least one row of each kind).</summary>
    public LargeDemoSize Divide(int divisor) => new(
        Math.Max(1, StaffPerUnit / divisor), Math.Max(1, EvidencePerUnit / divisor), Math.Max(1, OfficeExtraStaff / divisor),
        Math.Max(1, OfficeExtraEvidence / divisor), Math.Max(1, OfficeExtraPlanItems / divisor));
}
