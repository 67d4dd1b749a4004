using Microsoft.EntityFrameworkCore;
using ZonaIntegritas.Web.Domain.Common;
using ZonaIntegritas.Web.Domain.Evidence;
using ZonaIntegritas.Web.Infrastructure.Authorization;
using ZonaIntegritas.Web.Infrastructure.Data;

namespace ZonaIntegritas.Web.Features.Evidence;

/// <summary>
/// Copies a unit's question links from one assessment year to another, marked "perlu divalidasi ulang". Items
/// are shared, not copied; links that already exist are kept as they are. Checks unit scope only: the evidence
/// page requires ManageEvidence, and the assessment feature calls it when it creates a new year's assessment.
/// </summary>
public sealed class EvidenceCarryOverService(AppDbContext db, ResourceAccess scope, EvidenceCatalog catalog, ILogger<EvidenceCarryOverService> logger)
{
    /// <summary>Returns the number of links created.</summary>
    public async Task<int> CarryOverAsync(int unitId, int fromYear, int toYear, CancellationToken ct = default)
    {
        await scope.EnsureAccessAsync(unitId, ct);
        if (fromYear == toYear)
        {
            throw new DomainException("Tahun asal dan tahun tujuan harus berbeda.");
        }
        var template = await catalog.TemplateAsync(ct);
        var source = await db.Set<EvidenceLink>().AsNoTracking()
            .Where(l => l.UnitId == unitId && l.Year == fromYear && l.Item!.DeletedAtUtc == null)
            .Select(l => new { l.EvidenceItemId, l.QuestionCode })
            .ToListAsync(ct);
        var existing = (await db.Set<EvidenceLink>().AsNoTracking()
                .Where(l => l.UnitId == unitId && l.Year == toYear)
                .Select(l => new { l.EvidenceItemId, l.QuestionCode })
                .ToListAsync(ct))
            .Select(l => (l.EvidenceItemId, l.QuestionCode))
            .ToHashSet();
        var created = 0;
        foreach (var link in source)
        {
            if (template.FindQuestion(link.QuestionCode) is null || !existing.Add((link.EvidenceItemId, link.QuestionCode)))
            {
                continue;
            }
            db.Add(new EvidenceLink
            {
                EvidenceItemId = link.EvidenceItemId,
                UnitId = unitId,
                Year = toYear,
                QuestionCode = link.QuestionCode,
                NeedsRevalidation = true,
            });
            created++;
        }
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Carried {Count} evidence links of unit {UnitId} from {FromYear} to {ToYear}", created, unitId, fromYear, toYear);
        return created;
    }
}
