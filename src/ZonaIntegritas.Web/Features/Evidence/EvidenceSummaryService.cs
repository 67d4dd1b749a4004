using Microsoft.EntityFrameworkCore;
using ZonaIntegritas.Web.Domain.Common;
using ZonaIntegritas.Web.Domain.Evidence;
using ZonaIntegritas.Web.Infrastructure.Authorization;
using ZonaIntegritas.Web.Infrastructure.Data;
using ZonaIntegritas.Web.Infrastructure.Data.ChangeCounters;

namespace ZonaIntegritas.Web.Features.Evidence;

/// <summary>
/// Review counts of a unit's evidence links for one assessment year, per question code and per change area
/// (A–F). For the worksheet, the dashboard and the LKE report. Checks unit scope only (callers check their page's
/// permission).
/// </summary>
public sealed class EvidenceSummaryService(AppDbContext db, ResourceAccess scope, EvidenceCatalog catalog, StampedCache stamped)
{
    /// <summary>Per request (the service is scoped): the worksheet's panels and summary ask for the same counts.</summary>
    private readonly Dictionary<(int UnitId, int Year), EvidenceCounts> _known = [];

    /// <summary>
    /// Counted in SQL (one row per question and review state), never by loading the links; kept until an evidence row
    /// changes (<see cref="StampedCache"/>), so the count does not cost more as the library grows.
    /// </summary>
    public async Task<EvidenceCounts> GetAreaCountsAsync(int unitId, int year, CancellationToken ct = default)
    {
        await scope.EnsureAccessAsync(unitId, ct);
        if (_known.TryGetValue((unitId, year), out var known))
        {
            return known;
        }
        return _known[(unitId, year)] = await stamped.GetAsync($"evidence-counts:{unitId}:{year}", [ChangeCounterNames.Evidence],
            token => CountAsync(unitId, year, token), ct);
    }

    private async Task<EvidenceCounts> CountAsync(int unitId, int year, CancellationToken ct)
    {
        var groups = await db.Set<EvidenceLink>().AsNoTracking()
            .Where(l => l.UnitId == unitId && l.Year == year && l.Item!.DeletedAtUtc == null)
            .GroupBy(l => new { l.QuestionCode, l.NeedsRevalidation, l.LatestReviewStatus, Current = l.LatestReviewRevisionId == l.Item!.CurrentRevisionId })
            .Select(g => new { g.Key.QuestionCode, g.Key.NeedsRevalidation, g.Key.LatestReviewStatus, g.Key.Current, Count = g.Count() })
            .ToListAsync(ct);
        var byQuestion = new Dictionary<string, EvidenceLinkCounts>(StringComparer.Ordinal);
        var byArea = new Dictionary<string, EvidenceLinkCounts>(StringComparer.Ordinal);
        var total = EvidenceLinkCounts.Empty;
        foreach (var g in groups)
        {
            // The link's own rule (a review counts only for the version it judged), fed with "same version or not".
            var state = new EvidenceLink { QuestionCode = g.QuestionCode, LatestReviewStatus = g.LatestReviewStatus, LatestReviewRevisionId = g.Current ? 0 : -1 }
                .StateFor(0);
            byQuestion[g.QuestionCode] = byQuestion.GetValueOrDefault(g.QuestionCode, EvidenceLinkCounts.Empty).Add(state, g.NeedsRevalidation, g.Count);
            if (ChangeAreas.FromLkeCode(g.QuestionCode) is { } area)
            {
                byArea[area] = byArea.GetValueOrDefault(area, EvidenceLinkCounts.Empty).Add(state, g.NeedsRevalidation, g.Count);
            }
            total = total.Add(state, g.NeedsRevalidation, g.Count);
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
