using Microsoft.EntityFrameworkCore;
using ZonaIntegritas.Web.Domain.Assessments;
using ZonaIntegritas.Web.Domain.Lke;
using ZonaIntegritas.Web.Features.Assessments;
using ZonaIntegritas.Web.Infrastructure.Data;
using ZonaIntegritas.Web.Infrastructure.Lke;

namespace ZonaIntegritas.Web.Features.Dashboard;

/// <summary>
/// The trend's daily snapshots: per assessment that is not final, the unit-basis score, and the assessor-basis
/// score when assessors have answered. Idempotent: an (assessment, basis, day) already written is skipped, and the
/// unique index stops a concurrent second writer.
/// </summary>
public sealed class ScoreSnapshotService(AppDbContext db, ILkeTemplateProvider templates, TimeProvider clock, ILogger<ScoreSnapshotService> logger)
{
    /// <summary>Writes the snapshots of <paramref name="day"/>; returns how many rows were written.</summary>
    public async Task<int> TakeDailySnapshotsAsync(DateOnly day, CancellationToken ct = default)
    {
        var assessments = await db.Set<Assessment>().AsNoTracking()
            .Where(a => a.Stage != AssessmentStage.Final || a.Year == day.Year)
            .Select(a => new { a.Id, a.UnitId, a.LkeVersionCode })
            .ToListAsync(ct);
        var ids = assessments.Select(a => a.Id).ToList();
        var existing = (await db.Set<ScoreSnapshot>().AsNoTracking().Where(s => s.Day == day && ids.Contains(s.AssessmentId))
            .Select(s => new { s.AssessmentId, s.Basis }).ToListAsync(ct)).Select(s => (s.AssessmentId, s.Basis)).ToHashSet();
        var holdsWbk = await db.Units.AsNoTracking().Select(u => new { u.Id, u.HoldsWbk }).ToDictionaryAsync(u => u.Id, u => u.HoldsWbk, ct);
        var unit = (await db.Set<UnitAnswer>().AsNoTracking().Where(a => ids.Contains(a.AssessmentId)).ToListAsync(ct)).ToLookup(a => a.AssessmentId);
        var hasil = (await db.Set<HasilEntry>().AsNoTracking().Where(a => ids.Contains(a.AssessmentId)).ToListAsync(ct)).ToLookup(a => a.AssessmentId);
        var assessor = (await db.Set<AssessorAnswer>().AsNoTracking().Where(a => ids.Contains(a.AssessmentId)).ToListAsync(ct)).ToLookup(a => a.AssessmentId);
        var external = (await db.Set<ExternalStageResult>().AsNoTracking().Where(e => ids.Contains(e.AssessmentId) && e.QuestionValuesJson != null).ToListAsync(ct))
            .ToLookup(e => e.AssessmentId);
        var now = clock.GetUtcNow().UtcDateTime;
        var written = 0;
        foreach (var a in assessments)
        {
            var template = await templates.GetAsync(a.LkeVersionCode, ct);
            var answers = new AssessmentAnswers([.. unit[a.Id]], [.. hasil[a.Id]], [.. assessor[a.Id]]);
            var wbk = holdsWbk.GetValueOrDefault(a.UnitId);
            var sets = new List<(ScoreBasis, AnswerSet)> { (ScoreBasis.Unit, answers.UnitSet(wbk)) };
            if (answers.Assessor.Count > 0)
            {
                sets.Add((ScoreBasis.Assessor, answers.AssessorSet(wbk)));
            }
            if (AssessmentAnswers.LatestExternalWithValues(external[a.Id]) is { } latest)
            {
                sets.Add((ScoreBasis.External, answers.ExternalSet(wbk, latest)));
            }
            foreach (var (basis, set) in sets.Where(s => !existing.Contains((a.Id, s.Item1))))
            {
                var score = LkeScorer.Score(template, set);
                db.Add(new ScoreSnapshot(a.Id, basis, day, score.Total, score.Pengungkit, now));
                written++;
            }
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex)
        {
            // Another node wrote the same day first: its rows stand.
            logger.LogWarning(ex, "Score snapshots for {Day} already written by another run", day);
            db.ChangeTracker.Clear();
            return 0;
        }
        logger.LogInformation("Score snapshots for {Day}: {Count} written", day, written);
        return written;
    }
}
