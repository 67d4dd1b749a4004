using Microsoft.EntityFrameworkCore;
using ZonaIntegritas.Web.Domain.Common;
using ZonaIntegritas.Web.Domain.Evidence;
using ZonaIntegritas.Web.Infrastructure.Authorization;
using ZonaIntegritas.Web.Infrastructure.Data;

namespace ZonaIntegritas.Web.Features.Evidence;

/// <summary>
/// Review counts of a unit's evidence links for one assessment year, per question code and per change area
/// (A–F). For the worksheet, the dashboard and the LKE report. Checks unit scope only (callers check their page's
/// permission).
/// </summary>
public sealed class EvidenceSummaryService(AppDbContext db, UnitScope scope, EvidenceCatalog catalog)
{
    public async Task<EvidenceCounts> GetAreaCountsAsync(int unitId, int year, CancellationToken ct = default)
    {
        await scope.EnsureAccessAsync(unitId, ct);
        var links = await db.Set<EvidenceLink>().AsNoTracking()
            .Where(l => l.UnitId == unitId && l.Year == year && l.Item!.DeletedAtUtc == null)
            .Select(l => new { l.QuestionCode, l.NeedsRevalidation, l.LatestReviewStatus, l.LatestReviewRevisionId, l.Item!.CurrentRevisionId })
            .ToListAsync(ct);
        var byQuestion = new Dictionary<string, EvidenceLinkCounts>(StringComparer.Ordinal);
        var byArea = new Dictionary<string, EvidenceLinkCounts>(StringComparer.Ordinal);
        var total = EvidenceLinkCounts.Empty;
        foreach (var l in links)
        {
            var state = new EvidenceLink { QuestionCode = l.QuestionCode, LatestReviewStatus = l.LatestReviewStatus, LatestReviewRevisionId = l.LatestReviewRevisionId }
                .StateFor(l.CurrentRevisionId);
            byQuestion[l.QuestionCode] = byQuestion.GetValueOrDefault(l.QuestionCode, EvidenceLinkCounts.Empty).Add(state, l.NeedsRevalidation);
            if (ChangeAreas.FromLkeCode(l.QuestionCode) is { } area)
            {
                byArea[area] = byArea.GetValueOrDefault(area, EvidenceLinkCounts.Empty).Add(state, l.NeedsRevalidation);
            }
            total = total.Add(state, l.NeedsRevalidation);
        }
        return new EvidenceCounts(byQuestion, byArea, total);
    }

    /// <summary>The per-area table: questions in the LKE, questions with at least one link, and the link counts.</summary>
    public async Task<AreaSummaryViewModel> GetAreaSummaryAsync(int unitId, int year, CancellationToken ct = default)
    {
        var counts = await GetAreaCountsAsync(unitId, year, ct);
        var template = await catalog.TemplateAsync(ct);
        var questionsByArea = template.Questions.GroupBy(q => ChangeAreas.FromLkeCode(q.Code) ?? "").ToDictionary(g => g.Key, g => g.Select(q => q.Code).ToList());
        var rows = ChangeAreas.All.Select(a =>
            {
                var codes = questionsByArea.GetValueOrDefault(a.Code) ?? [];
                return new AreaSummaryRow(a.Code, a.Name, codes.Count, codes.Count(c => counts.ByQuestion.ContainsKey(c)), counts.ForArea(a.Code));
            })
            .ToList();
        return new AreaSummaryViewModel(unitId, year, rows, counts.Total);
    }
}
