using Microsoft.EntityFrameworkCore;
using ZonaIntegritas.Web.Domain.Assessments;
using ZonaIntegritas.Web.Domain.Lke;
using ZonaIntegritas.Web.Domain.Units;
using ZonaIntegritas.Web.Infrastructure.Authorization;
using ZonaIntegritas.Web.Infrastructure.Data;
using ZonaIntegritas.Web.Infrastructure.Identity;
using ZonaIntegritas.Web.Infrastructure.Lke;
using ZonaIntegritas.Web.Infrastructure.Time;

namespace ZonaIntegritas.Web.Features.Assessments;

/// <summary>An assessment loaded for one request: the (tracked) entity, its unit, its LKE tree and the unit's "today".</summary>
public sealed record AssessmentContext(Assessment Assessment, OrgUnit Unit, LkeTemplate Template, DateOnly Today);

/// <summary>
/// Loads an assessment for the current user after the unit-scope check (403 outside the scope, 404 when it does
/// not exist), with its LKE tree from <see cref="ILkeTemplateProvider"/>. "Today" is the clock's date in the
/// unit's time zone (WIB/WITA/WIT): stage windows are calendar dates of the unit.
/// </summary>
public sealed class AssessmentAccess(AppDbContext db, ResourceAccess scope, ILkeTemplateProvider templates, UnitClock clock, ICurrentUser currentUser, AnswerCache answerCache)
{
    public DateTime NowUtc => clock.UtcNow;

    public string UserId => currentUser.UserId ?? throw new ForbiddenException();

    public string UserName => currentUser.Principal.GetFullName();

    public int? UserUnitId => currentUser.UnitId;

    /// <summary>Whether the current user holds a permission (the role map in <see cref="Permissions"/>).</summary>
    public bool Has(string permission) => currentUser.Has(permission);

    public DateOnly TodayIn(IndonesianTimeZone zone) => clock.TodayIn(zone);

    public async Task<AssessmentContext> LoadAsync(int assessmentId, CancellationToken ct)
    {
        var assessment = await db.Set<Assessment>().FirstOrDefaultAsync(a => a.Id == assessmentId, ct)
            ?? throw new NotFoundException("Penilaian tidak ditemukan.");
        await scope.EnsureAccessAsync(assessment.UnitId, ct);
        var unit = await db.Units.AsNoTracking().FirstAsync(u => u.Id == assessment.UnitId, ct);
        return await ContextAsync(assessment, unit, ct);
    }

    /// <summary>The context of an assessment the caller loaded itself (with its unit, in one query): scope check, LKE tree, today.</summary>
    public async Task<AssessmentContext> ContextAsync(Assessment assessment, OrgUnit unit, CancellationToken ct)
    {
        await scope.EnsureAccessAsync(assessment.UnitId, ct);
        var template = await templates.FindAsync(assessment.LkeVersionCode, ct)
            ?? throw new InvalidOperationException($"LKE version '{assessment.LkeVersionCode}' of assessment {assessment.Id} is not loaded.");
        return new AssessmentContext(assessment, unit, template, TodayIn(unit.TimeZone));
    }

    /// <summary>The assessment's stage lets the user's role write now (<see cref="Policies.AssessmentStageAllows"/>).</summary>
    public Task<bool> StageAllowsAsync(AssessmentContext ctx) => scope.StageAllowsAsync(ctx.Assessment.UnitId, ctx.Assessment.Stage);

    /// <summary>Throws <see cref="ForbiddenException"/> unless the assessment's stage lets the user's role write now.</summary>
    public Task EnsureStageAllowsAsync(AssessmentContext ctx) => scope.EnsureStageAllowsAsync(ctx.Assessment.UnitId, ctx.Assessment.Stage);

    /// <summary>The stored answers (read-only, shared: never modify them), through <see cref="AnswerCache"/>.</summary>
    public async Task<AssessmentAnswers> AnswersAsync(int assessmentId, CancellationToken ct) =>
        (await answerCache.GetAsync(assessmentId, ct)).Answers;
}

/// <summary>The stored answers of one assessment, turned into the scorer's answer sets.</summary>
public sealed record AssessmentAnswers(IReadOnlyList<UnitAnswer> Unit, IReadOnlyList<HasilEntry> Hasil, IReadOnlyList<AssessorAnswer> Assessor)
{
    public AnswerSet UnitSet(bool holdsWbk) => new(Questions(Unit.Select(a => (a.QuestionCode, a.ToAnswer()))), HasilSet(), holdsWbk);

    /// <summary>
    /// The assessors' view: their own answer where they gave one, otherwise the unit's answer (a question the
    /// assessor has not answered counts as accepted). Hasil entries are the unit's.
    /// </summary>
    public AnswerSet AssessorSet(bool holdsWbk)
    {
        var merged = Unit.Select(a => (a.QuestionCode, a.ToAnswer())).ToDictionary(x => x.QuestionCode, x => x.Item2, StringComparer.Ordinal);
        foreach (var answer in Assessor)
        {
            if (answer.ToAnswer() is { } own)
            {
                merged[answer.QuestionCode] = own;
            }
        }
        return new AnswerSet(Questions(merged.Select(m => (m.Key, m.Value))), HasilSet(), holdsWbk);
    }

    /// <summary>
    /// An external stage's view: its per-question values where it gave one, otherwise the assessors' view.
    /// </summary>
    public AnswerSet ExternalSet(bool holdsWbk, ExternalStageResult external)
    {
        var baseSet = AssessorSet(holdsWbk);
        var merged = new Dictionary<string, QuestionAnswer>(baseSet.Questions, StringComparer.Ordinal);
        foreach (var (code, answer) in external.QuestionValues())
        {
            merged[code] = answer;
        }
        return baseSet with { Questions = merged };
    }

    /// <summary>The answer set of a basis (External needs the external result; without it, the assessor basis).</summary>
    public AnswerSet SetFor(ScoreBasis basis, bool holdsWbk, ExternalStageResult? external) => basis switch
    {
        ScoreBasis.Assessor => AssessorSet(holdsWbk),
        ScoreBasis.External when external is not null => ExternalSet(holdsWbk, external),
        ScoreBasis.External => AssessorSet(holdsWbk),
        _ => UnitSet(holdsWbk),
    };

    /// <summary>The latest external stage (TPN over TPI over TPP) that recorded per-question values, if any.</summary>
    public static ExternalStageResult? LatestExternalWithValues(IEnumerable<ExternalStageResult> results) =>
        results.Where(r => r.HasQuestionValues).OrderByDescending(r => r.Stage).ThenByDescending(r => r.Date).FirstOrDefault();

    public IReadOnlyDictionary<string, HasilAnswer> HasilSet() => Hasil.ToDictionary(h => h.Code, h => h.ToAnswer(), StringComparer.Ordinal);

    public IReadOnlySet<string> ReopenedCodes => Assessor.Where(a => a.NeedsFix).Select(a => a.QuestionCode).ToHashSet(StringComparer.Ordinal);

    private static Dictionary<string, QuestionAnswer> Questions(IEnumerable<(string Code, QuestionAnswer? Answer)> answers) =>
        answers.Where(a => a.Answer is not null).ToDictionary(a => a.Code, a => a.Answer!, StringComparer.Ordinal);
}
