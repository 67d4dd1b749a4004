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

namespace ZonaIntegritas.Web.Features.Rollup;

/// <summary>
/// "Rekap unit": one row per unit below the chosen unit (own by default; never outside the user's scope) that has
/// an assessment in the year, scored by <see cref="LkeScorer"/> on the unit basis. A fixed number of queries.
/// </summary>
public sealed class RollupService(AppDbContext db, UnitScope scope, ICurrentUser currentUser, ILkeTemplateProvider templates, TimeProvider clock)
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
        var today = DateOnly.FromDateTime(root.TimeZone.ToLocal(clock.GetUtcNow().UtcDateTime));
        var chosen = year ?? (years.Count > 0 ? years.Max() : today.Year);

        var assessments = await db.Set<Assessment>().AsNoTracking().Where(a => belowIds.Contains(a.UnitId) && a.Year == chosen).ToListAsync(ct);
        var ids = assessments.Select(a => a.Id).ToList();
        var answers = (await db.Set<UnitAnswer>().AsNoTracking().Where(a => ids.Contains(a.AssessmentId)).ToListAsync(ct)).ToLookup(a => a.AssessmentId);
        var hasil = (await db.Set<HasilEntry>().AsNoTracking().Where(a => ids.Contains(a.AssessmentId)).ToListAsync(ct)).ToLookup(a => a.AssessmentId);
        var withUnit = assessments.Select(a => a.UnitId).ToList();
        var evidence = (await db.Set<EvidenceLink>().AsNoTracking()
                .Where(l => withUnit.Contains(l.UnitId) && l.Year == chosen && l.Item!.DeletedAtUtc == null)
                .Select(l => new { l.UnitId, l.QuestionCode }).Distinct().ToListAsync(ct))
            .ToLookup(l => l.UnitId, l => l.QuestionCode);
        var staff = (await db.Staff.AsNoTracking().Where(s => withUnit.Contains(s.UnitId) && s.IsActive)
                .GroupBy(s => s.UnitId).Select(g => new { UnitId = g.Key, Count = g.Count() }).ToListAsync(ct))
            .ToDictionary(x => x.UnitId, x => x.Count);
        var yearStart = new DateOnly(chosen, 1, 1);
        var yearEnd = new DateOnly(chosen, 12, 31);
        var signed = (await db.Set<PactSignature>().AsNoTracking()
                .Where(s => s.VoidedAtUtc == null && s.SignedOn >= yearStart && s.SignedOn <= yearEnd && withUnit.Contains(s.SignerUnitId))
                .Select(s => new { s.SignerUnitId, s.StaffMemberId }).Distinct().ToListAsync(ct))
            .GroupBy(s => s.SignerUnitId).ToDictionary(g => g.Key, g => g.Count());

        var names = units.ToDictionary(u => u.Id);
        var rows = new List<RollupRow>();
        LkeTemplate? first = null;
        foreach (var a in assessments)
        {
            var template = await templates.GetAsync(a.LkeVersionCode, ct);
            first ??= template;
            var unit = names[a.UnitId];
            var unitAnswers = answers[a.Id].ToList();
            var data = new AssessmentAnswers(unitAnswers, [.. hasil[a.Id]], []);
            var score = LkeScorer.Score(template, data.UnitSet(unit.HoldsWbk));
            var withEvidence = evidence[a.UnitId].Intersect(unitAnswers.Select(x => x.QuestionCode)).Count();
            var lastUpdate = unitAnswers.Select(x => x.UpdatedAtUtc ?? x.CreatedAtUtc).Concat(hasil[a.Id].Select(x => x.UpdatedAtUtc ?? x.CreatedAtUtc))
                .DefaultIfEmpty().Max();
            rows.Add(RollupRows.Build(template, a, unit.Name, score, unitAnswers.Count == 0 ? 0 : withEvidence,
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
