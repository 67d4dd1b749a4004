using Microsoft.EntityFrameworkCore;
using ZonaIntegritas.Web.Domain.Assessments;
using ZonaIntegritas.Web.Domain.Common;
using ZonaIntegritas.Web.Domain.Evidence;
using ZonaIntegritas.Web.Domain.IntegrityPacts;
using ZonaIntegritas.Web.Domain.Lke;
using ZonaIntegritas.Web.Domain.Units;
using ZonaIntegritas.Web.Features.Assessments;
using ZonaIntegritas.Web.Infrastructure.Authorization;
using ZonaIntegritas.Web.Infrastructure.Data;
using ZonaIntegritas.Web.Infrastructure.Data.ChangeCounters;
using ZonaIntegritas.Web.Infrastructure.Identity;
using ZonaIntegritas.Web.Infrastructure.Lke;
using ZonaIntegritas.Web.Infrastructure.Time;
using ZonaIntegritas.Web.Infrastructure.Units;

namespace ZonaIntegritas.Web.Features.Rollup;

/// <summary>
/// "Rekap unit": one row per unit below the chosen unit (own by default; never outside the user's scope) that has
/// an assessment in the year, scored by <see cref="LkeScorer"/> on the unit basis. A fixed number of queries, counts
/// aggregated in SQL and kept until a counted row changes (<see cref="StampedCache"/>); answers come from <see cref="AnswerCache"/> and each unit is scored once per answers stamp.
/// </summary>
public sealed class RollupService(AppDbContext db, ResourceAccess scope, ICurrentUser currentUser, ILkeTemplateProvider templates, AnswerCache answerCache,
    UnitClock clock, UnitDirectory unitDirectory, StampedCache stamped)
{
    public const decimal MentoringTotal = 70m;

    public async Task<RollupViewModel> GetAsync(int? unitId, int? year, string? sort, CancellationToken ct)
    {
        var rootId = unitId ?? currentUser.UnitId ?? throw new ForbiddenException();
        await scope.EnsureAccessAsync(rootId, ct);
        var units = await unitDirectory.AllAsync(ct);
        var root = units.GetValueOrDefault(rootId) ?? throw new NotFoundException();
        var below = await unitDirectory.SubtreeAsync(rootId, ct);
        below.Remove(rootId);
        var belowIds = below.ToList();
        var years = await db.Set<Assessment>().AsNoTracking().Where(a => belowIds.Contains(a.UnitId)).Select(a => a.Year).Distinct().ToListAsync(ct);
        var today = clock.TodayIn(root.TimeZone);
        var chosen = year ?? (years.Count > 0 ? years.Max() : today.Year);

        var assessments = await db.Set<Assessment>().AsNoTracking().Where(a => belowIds.Contains(a.UnitId) && a.Year == chosen).ToListAsync(ct);
        var ids = assessments.Select(a => a.Id).ToList();
        var cached = await answerCache.GetManyAsync(ids, ct);
        var withUnit = assessments.Select(a => a.UnitId).Order().ToList();
        var unitKey = $"{rootId}:{chosen}:{string.Join(',', withUnit)}";
        // Counted in SQL, and again only when a counted row changed (StampedCache): the cost does not grow with requests.
        var linked = await stamped.GetAsync($"rollup-linked:{unitKey}", [ChangeCounterNames.Evidence], token => LinkedCodesAsync(withUnit, chosen, token), ct);
        var staff = await stamped.GetAsync($"rollup-staff:{unitKey}", [ChangeCounterNames.Staff], token => ActiveStaffAsync(withUnit, token), ct);
        var signed = await stamped.GetAsync($"rollup-signed:{unitKey}", [ChangeCounterNames.Pacts], token => SignersAsync(withUnit, chosen, token), ct);

        var rows = new List<RollupRow>();
        LkeTemplate? first = null;
        foreach (var a in assessments)
        {
            var template = await templates.GetAsync(a.LkeVersionCode, ct);
            first ??= template;
            var unit = units[a.UnitId];
            // Scored once per answers stamp (and LKE version, unit's WBK fact): the cost does not grow with requests.
            var key = $"rollup:{CachedAnswers.TemplateKey(template)}:{unit.HoldsWbk}";
            var (score, answeredCodes, lastUpdate) = cached[a.Id].Derive(key, answers => (
                LkeScorer.Score(template, answers.UnitSet(unit.HoldsWbk)),
                answers.Unit.Select(x => x.QuestionCode).ToHashSet(StringComparer.Ordinal),
                answers.Unit.Select(x => x.UpdatedAtUtc ?? x.CreatedAtUtc).Concat(answers.Hasil.Select(x => x.UpdatedAtUtc ?? x.CreatedAtUtc))
                    .DefaultIfEmpty().Max()));
            // Answered questions with at least one (not deleted) evidence item linked.
            var withEvidence = linked.TryGetValue(a.UnitId, out var codes) ? codes.Count(answeredCodes.Contains) : 0;
            rows.Add(RollupRows.Build(template, a, unit.Name, score, withEvidence,
                staff.GetValueOrDefault(a.UnitId), signed.GetValueOrDefault(a.UnitId), lastUpdate == default ? null : lastUpdate));
        }
        var template0 = first ?? await templates.GetAsync(LkeTemplateFile.DefaultVersion, ct);
        return new RollupViewModel(root.Id, root.Name, chosen, years.OrderDescending().ToList(), sort ?? "nama",
            ChangeAreas.All.Select(x => $"{x.Code}. {x.ShortName}").ToList(), template0.Hasil.Select(h => h.Code).ToList(),
            RollupRows.Thresholds(template0), RollupRows.Sort(rows, sort),
            rows.Count(r => r.Stage == AssessmentStage.Final), rows.Count(r => r.Stage != AssessmentStage.Final && r.AnsweredRatio > 0),
            rows.Count(r => r.Stage != AssessmentStage.Final && r.AnsweredRatio == 0), root.TimeZone);
    }

    /// <summary>Per unit, the question codes with at least one linked evidence item that is not deleted.</summary>
    private async Task<Dictionary<int, string[]>> LinkedCodesAsync(List<int> unitIds, int year, CancellationToken ct) =>
        (await db.Set<EvidenceLink>().AsNoTracking()
                .Where(l => unitIds.Contains(l.UnitId) && l.Year == year && l.Item!.DeletedAtUtc == null)
                .Select(l => new { l.UnitId, l.QuestionCode })
                .Distinct()
                .ToListAsync(ct))
            .GroupBy(x => x.UnitId)
            .ToDictionary(g => g.Key, g => g.Select(x => x.QuestionCode).ToArray());

    private async Task<Dictionary<int, int>> ActiveStaffAsync(List<int> unitIds, CancellationToken ct) =>
        (await db.Staff.AsNoTracking().Where(s => unitIds.Contains(s.UnitId) && s.IsActive)
                .GroupBy(s => s.UnitId).Select(g => new { UnitId = g.Key, Count = g.Count() }).ToListAsync(ct))
            .ToDictionary(x => x.UnitId, x => x.Count);

    /// <summary>Per unit, the staff members with a signature (not voided) dated in the year.</summary>
    private async Task<Dictionary<int, int>> SignersAsync(List<int> unitIds, int year, CancellationToken ct)
    {
        var yearStart = new DateOnly(year, 1, 1);
        var yearEnd = new DateOnly(year, 12, 31);
        return (await db.Set<PactSignature>().AsNoTracking()
                .Where(s => s.VoidedAtUtc == null && s.SignedOn >= yearStart && s.SignedOn <= yearEnd && unitIds.Contains(s.SignerUnitId))
                .GroupBy(s => s.SignerUnitId)
                .Select(g => new { UnitId = g.Key, Count = g.Select(s => s.StaffMemberId).Distinct().Count() })
                .ToListAsync(ct))
            .ToDictionary(x => x.UnitId, x => x.Count);
    }
}
