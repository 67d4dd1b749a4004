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
using ZonaIntegritas.Web.Infrastructure.Identity;
using ZonaIntegritas.Web.Infrastructure.Lke;
using ZonaIntegritas.Web.Infrastructure.Time;

namespace ZonaIntegritas.Web.Features.Rollup;

/// <summary>
/// "Rekap unit": one row per unit below the chosen unit (own by default; never outside the user's scope) that has
/// an assessment in the year, scored by <see cref="LkeScorer"/> on the unit basis. A fixed number of queries, counts
/// aggregated in SQL; answers come from <see cref="AnswerCache"/> and each unit is scored once per answers stamp.
/// </summary>
public sealed class RollupService(AppDbContext db, ResourceAccess scope, ICurrentUser currentUser, ILkeTemplateProvider templates, AnswerCache answerCache, UnitClock clock)
{
    public const decimal MentoringTotal = 70m;

    public async Task<RollupViewModel> GetAsync(int? unitId, int? year, string? sort, CancellationToken ct)
    {
        var rootId = unitId ?? currentUser.UnitId ?? throw new ForbiddenException();
        await scope.EnsureAccessAsync(rootId, ct);
        var units = await db.Units.AsNoTracking().ToListAsync(ct);
        var root = units.FirstOrDefault(u => u.Id == rootId) ?? throw new NotFoundException();
        var below = UnitScope.Descendants(units.Select(u => (u.Id, u.ParentId)), rootId);
        below.Remove(rootId);
        var belowIds = below.ToList();
        var years = await db.Set<Assessment>().AsNoTracking().Where(a => belowIds.Contains(a.UnitId)).Select(a => a.Year).Distinct().ToListAsync(ct);
        var today = clock.TodayIn(root.TimeZone);
        var chosen = year ?? (years.Count > 0 ? years.Max() : today.Year);

        var assessments = await db.Set<Assessment>().AsNoTracking().Where(a => belowIds.Contains(a.UnitId) && a.Year == chosen).ToListAsync(ct);
        var ids = assessments.Select(a => a.Id).ToList();
        var cached = await answerCache.GetManyAsync(ids, ct);
        var withUnit = assessments.Select(a => a.UnitId).ToList();
        // Answered questions with at least one (not deleted) evidence item linked, per unit: counted in SQL.
        var evidence = (await db.Set<EvidenceLink>().AsNoTracking()
                .Where(l => withUnit.Contains(l.UnitId) && l.Year == chosen && l.Item!.DeletedAtUtc == null)
                // Through the unit-year's assessment (unique index) to its answer for the code (unique index): an
                // index lookup per link, not a scan of every answer with that code.
                .Where(l => db.Set<UnitAnswer>().Any(x => x.QuestionCode == l.QuestionCode
                    && x.AssessmentId == db.Set<Assessment>().Where(a => a.UnitId == l.UnitId && a.Year == chosen).Select(a => a.Id).FirstOrDefault()))
                .GroupBy(l => l.UnitId)
                .Select(g => new { UnitId = g.Key, Count = g.Select(l => l.QuestionCode).Distinct().Count() })
                .ToListAsync(ct))
            .ToDictionary(x => x.UnitId, x => x.Count);
        var staff = (await db.Staff.AsNoTracking().Where(s => withUnit.Contains(s.UnitId) && s.IsActive)
                .GroupBy(s => s.UnitId).Select(g => new { UnitId = g.Key, Count = g.Count() }).ToListAsync(ct))
            .ToDictionary(x => x.UnitId, x => x.Count);
        var yearStart = new DateOnly(chosen, 1, 1);
        var yearEnd = new DateOnly(chosen, 12, 31);
        var signed = (await db.Set<PactSignature>().AsNoTracking()
                .Where(s => s.VoidedAtUtc == null && s.SignedOn >= yearStart && s.SignedOn <= yearEnd && withUnit.Contains(s.SignerUnitId))
                .GroupBy(s => s.SignerUnitId)
                .Select(g => new { UnitId = g.Key, Count = g.Select(s => s.StaffMemberId).Distinct().Count() })
                .ToListAsync(ct))
            .ToDictionary(x => x.UnitId, x => x.Count);

        var names = units.ToDictionary(u => u.Id);
        var rows = new List<RollupRow>();
        LkeTemplate? first = null;
        foreach (var a in assessments)
        {
            var template = await templates.GetAsync(a.LkeVersionCode, ct);
            first ??= template;
            var unit = names[a.UnitId];
            // Scored once per answers stamp (and LKE version, unit's WBK fact): the cost does not grow with requests.
            var key = $"rollup:{CachedAnswers.TemplateKey(template)}:{unit.HoldsWbk}";
            var (score, answeredRows, lastUpdate) = cached[a.Id].Derive(key, answers => (
                LkeScorer.Score(template, answers.UnitSet(unit.HoldsWbk)),
                answers.Unit.Count,
                answers.Unit.Select(x => x.UpdatedAtUtc ?? x.CreatedAtUtc).Concat(answers.Hasil.Select(x => x.UpdatedAtUtc ?? x.CreatedAtUtc))
                    .DefaultIfEmpty().Max()));
            rows.Add(RollupRows.Build(template, a, unit.Name, score, answeredRows == 0 ? 0 : evidence.GetValueOrDefault(a.UnitId),
                staff.GetValueOrDefault(a.UnitId), signed.GetValueOrDefault(a.UnitId), lastUpdate == default ? null : lastUpdate));
        }
        var template0 = first ?? await templates.GetAsync(LkeTemplateFile.DefaultVersion, ct);
        return new RollupViewModel(root.Id, root.Name, chosen, years.OrderDescending().ToList(), sort ?? "nama",
            ChangeAreas.All.Select(x => $"{x.Code}. {x.ShortName}").ToList(), template0.Hasil.Select(h => h.Code).ToList(),
            RollupRows.Thresholds(template0), RollupRows.Sort(rows, sort),
            rows.Count(r => r.Stage == AssessmentStage.Final), rows.Count(r => r.Stage != AssessmentStage.Final && r.AnsweredRatio > 0),
            rows.Count(r => r.Stage != AssessmentStage.Final && r.AnsweredRatio == 0), root.TimeZone);
    }
}
