using Microsoft.EntityFrameworkCore;
using ZonaIntegritas.Web.Domain.Assessments;
using ZonaIntegritas.Web.Domain.Common;
using ZonaIntegritas.Web.Domain.Lke;
using ZonaIntegritas.Web.Features.Assessments;
using ZonaIntegritas.Web.Infrastructure.Authorization;
using ZonaIntegritas.Web.Infrastructure.Data;

namespace ZonaIntegritas.Web.Features.Review;

/// <summary>
/// Internal assessors' answers, kept apart from the unit's (which are never touched here), and the side-by-side
/// comparison. Assessors save only in stage Reviu Penilai Internal, inside its window, within their unit scope.
/// </summary>
public sealed class ReviewService(AppDbContext db, AssessmentAccess access, ILogger<ReviewService> logger)
{
    public async Task<ReviewViewModel> PageAsync(int id, string? area, CancellationToken ct)
    {
        var state = await LoadAsync(id, ct);
        var letter = area is { Length: 1 } && ChangeAreas.IsValid(area.ToUpperInvariant()) ? area.ToUpperInvariant() : "A";
        var rows = state.Ctx.Template.Questions.Where(q => ChangeAreas.FromLkeCode(q.Code) == letter)
            .Select(q => state.Row(q, null, false)).ToList();
        var tabs = ChangeAreas.All.Select(a =>
        {
            var codes = state.Ctx.Template.Questions.Where(q => ChangeAreas.FromLkeCode(q.Code) == a.Code).Select(q => q.Code).ToHashSet();
            return new ReviewTab(a.Code, a.Name, state.Answers.Assessor.Count(x => codes.Contains(x.QuestionCode) && x.ToAnswer() is not null), codes.Count,
                state.Answers.Assessor.Count(x => codes.Contains(x.QuestionCode) && x.NeedsFix));
        }).ToList();
        // The page's rights in one place: the lock reason is shown only to those who could review when it opens.
        return new ReviewViewModel(AssessmentService.Header(state.Ctx), letter, tabs, rows, state.Totals(), state.CanReview,
            access.Has(Permissions.ReviewAssessments) ? state.LockReason : null);
    }

    /// <summary>
    /// The htmx answer to a save: a refusal re-renders the row from the stored answer (so the screen shows what is
    /// stored), except <paramref name="keepForm"/> (a "Perlu Perbaikan" tick still waiting for its note), where the
    /// form stays as the user left it and only the status says that nothing is stored yet.
    /// </summary>
    public async Task<ReviewSaveResponse> RowResponseAsync(int id, string code, string? error, bool keepForm, CancellationToken ct)
    {
        var state = await LoadAsync(id, ct);
        var question = state.Ctx.Template.FindQuestion(code) ?? throw new NotFoundException("Pertanyaan tidak ditemukan.");
        return new ReviewSaveResponse(state.Row(question, error, error is null), state.Totals(), error is not null && !keepForm);
    }

    /// <summary>Saves the assessor's own answer/value/note and the Perlu Perbaikan mark. Never changes the unit's answer.</summary>
    public async Task SaveAsync(int id, SaveAssessorAnswerInput input, CancellationToken ct)
    {
        var ctx = await access.LoadAsync(id, ct);
        var code = input.QuestionCode?.Trim() ?? "";
        var question = ctx.Template.FindQuestion(code) ?? throw new DomainException($"Kode pertanyaan '{code}' tidak dikenal.");
        ctx.Assessment.EnsureEditable(AssessmentStage.InternalReview, ctx.Today);
        await access.EnsureStageAllowsAsync(ctx);
        var (optionKey, inputs) = AnswerParsing.Parse(question, input.OptionKey, input.Inputs);
        if (input.Note?.Length > 4000 || input.FixNote?.Length > 4000)
        {
            throw new DomainException("Catatan paling banyak 4.000 karakter.");
        }
        var answer = await db.Set<AssessorAnswer>().FirstOrDefaultAsync(a => a.AssessmentId == id && a.QuestionCode == code, ct);
        await AnswerConcurrency.EnsureCurrentAsync(db, id, code, AnswerSource.Assessor, input.Version, answer?.Version ?? 0,
            answer?.ValueText ?? AnswerValues.Empty, ctx.Unit.TimeZone, ct);
        if (answer is null)
        {
            answer = new AssessorAnswer(id, code, access.UserId);
            db.Add(answer);
        }
        var history = answer.Change(optionKey, inputs, input.Note, input.NeedsFix, input.FixNote, access.UserId, access.UserName, access.NowUtc);
        if (history is null)
        {
            if (db.Entry(answer).State == EntityState.Added)
            {
                db.Entry(answer).State = EntityState.Detached;
            }
            return;
        }
        db.Add(history);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another save of this answer won between our read and our write (version token or unique key).
            db.ChangeTracker.Clear();
            throw await AnswerConcurrency.StaleAsync(db, id, code, AnswerSource.Assessor, AnswerValues.Empty, ctx.Unit.TimeZone, ct);
        }
        logger.LogInformation("Assessor answer {QuestionCode} of assessment {AssessmentId} changed by {UserId}", code, id, access.UserId);
    }

    private async Task<ReviewState> LoadAsync(int id, CancellationToken ct)
    {
        var ctx = await access.LoadAsync(id, ct);
        var answers = await access.AnswersAsync(id, ct);
        string? lockReason = null;
        try
        {
            ctx.Assessment.EnsureEditable(AssessmentStage.InternalReview, ctx.Today);
        }
        catch (DomainException ex)
        {
            lockReason = ex.Message;
        }
        var unitScore = LkeScorer.Score(ctx.Template, answers.UnitSet(ctx.Unit.HoldsWbk));
        var assessorScore = LkeScorer.Score(ctx.Template, answers.AssessorSet(ctx.Unit.HoldsWbk));
        IReadOnlySet<string>? changedSinceReturn = null;
        if (ctx.Assessment.FollowUpStartedAtUtc is { } returnedAt)
        {
            changedSinceReturn = (await db.Set<AnswerHistory>().AsNoTracking()
                .Where(h => h.AssessmentId == id && h.Source == AnswerSource.Unit && h.ChangedAtUtc > returnedAt)
                .Select(h => h.QuestionCode).Distinct().ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        }
        return new ReviewState(ctx, answers, unitScore, assessorScore, lockReason is null && await access.StageAllowsAsync(ctx), lockReason, changedSinceReturn);
    }

    /// <param name="ChangedSinceReturn">Questions whose unit answer changed after the last return for Tindak Lanjut (null: never returned).</param>
    private sealed record ReviewState(AssessmentContext Ctx, AssessmentAnswers Answers, ScoreResult UnitScore, ScoreResult AssessorScore, bool CanReview, string? LockReason,
        IReadOnlySet<string>? ChangedSinceReturn)
    {
        public ReviewTotals Totals()
        {
            var differences = Ctx.Template.Questions.Count(q => Differs(q.Code));
            return new ReviewTotals(
                ScoreBoard.Build(Ctx.Template, UnitScore, Answers.Hasil, Ctx.Assessment.Target),
                ScoreBoard.Build(Ctx.Template, AssessorScore, Answers.Hasil, Ctx.Assessment.Target),
                Answers.Assessor.Count(a => a.NeedsFix),
                differences);
        }

        public ReviewRow Row(LkeQuestionDef q, string? error, bool justSaved)
        {
            var unit = Answers.Unit.FirstOrDefault(a => a.QuestionCode == q.Code);
            var assessor = Answers.Assessor.FirstOrDefault(a => a.QuestionCode == q.Code);
            var hasOwn = assessor?.ToAnswer() is not null;
            return new ReviewRow(Ctx.Assessment.Id, Ctx.Unit.Id, Ctx.Assessment.Year, q.Code, q.Text, q.Type, q.Options, q.Percentage,
                unit?.ValueText ?? AnswerValues.Empty, unit?.Note, UnitValue(q.Code),
                assessor?.OptionKey, AnswerValues.InputsFromJson(assessor?.InputsJson), assessor?.Note, assessor?.NeedsFix == true, assessor?.FixNote,
                hasOwn, hasOwn ? AssessorValue(q.Code) : null, Differs(q.Code), CanReview, error, justSaved, assessor?.Version ?? 0,
                unit?.OptionKey, FixOf(q.Code, assessor));
        }

        private FixState FixOf(string code, AssessorAnswer? assessor) =>
            assessor?.NeedsFix != true || ChangedSinceReturn is null ? FixState.None
            : ChangedSinceReturn.Contains(code) ? FixState.Fixed
            : FixState.NotFixed;

        private decimal? UnitValue(string code) => UnitScore.Unanswered.Contains(code) ? null : UnitScore.Questions[code];

        private decimal? AssessorValue(string code) => AssessorScore.Unanswered.Contains(code) ? null : AssessorScore.Questions[code];

        /// <summary>The assessor gave an own answer whose value differs from the unit's.</summary>
        private bool Differs(string code) =>
            Answers.Assessor.Any(a => a.QuestionCode == code && a.ToAnswer() is not null) && UnitValue(code) != AssessorValue(code);
    }
}
