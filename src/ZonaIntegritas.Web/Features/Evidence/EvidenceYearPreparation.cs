using Microsoft.EntityFrameworkCore;
using ZonaIntegritas.Web.Domain.Evidence;
using ZonaIntegritas.Web.Features.Assessments;
using ZonaIntegritas.Web.Infrastructure.Data;

namespace ZonaIntegritas.Web.Features.Evidence;

/// <summary>
/// When a unit's assessment for a new year is created, its evidence links of the latest earlier year are carried
/// over, marked "perlu divalidasi ulang", so the Tim ZI confirms each instead of uploading everything again.
/// </summary>
public sealed class EvidenceYearPreparation(AppDbContext db, EvidenceCarryOverService carryOver) : IAssessmentCreatedHandler
{
    public async Task<string?> OnCreatedAsync(int unitId, int year, CancellationToken ct)
    {
        var previous = await db.Set<EvidenceLink>().AsNoTracking()
            .Where(l => l.UnitId == unitId && l.Year < year && l.Item!.DeletedAtUtc == null)
            .Select(l => (int?)l.Year).MaxAsync(ct);
        if (previous is not { } from)
        {
            return null;
        }
        var count = await carryOver.CarryOverAsync(unitId, from, year, ct);
        return count == 0 ? null : $"{count} tautan eviden dari tahun {from} dibawa ke tahun {year} dan perlu divalidasi ulang.";
    }
}
