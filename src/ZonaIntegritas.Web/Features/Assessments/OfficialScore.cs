using ZonaIntegritas.Web.Domain.Assessments;
using ZonaIntegritas.Web.Domain.Lke;

namespace ZonaIntegritas.Web.Features.Assessments;

/// <summary>
/// The score that counts for an assessment, with the unit's self-score beside it. Once the internal review has
/// started, the official score is the last reviewer's: the assessor's value per question, falling back to the
/// unit's answer where the assessor left the question unchanged (<see cref="AssessmentAnswers.AssessorSet"/>).
/// Before that it is the unit's own score. Every score widget (summary, home, dashboard, report) uses this.
/// </summary>
public sealed record OfficialScore(ScoreBoard Official, ScoreBoard Unit, bool ByAssessor)
{
    /// <summary>"Nilai Penilai Internal" or "Nilai mandiri unit": what the official score is.</summary>
    public string Basis => ByAssessor ? "Nilai Penilai Internal" : "Nilai mandiri unit";

    public static bool CountsAssessor(Assessment assessment) =>
        assessment.ReviewStartedAtUtc is not null || assessment.Stage is AssessmentStage.InternalReview or AssessmentStage.FollowUp or AssessmentStage.Final;

    public static OfficialScore Of(AssessmentContext ctx, AssessmentAnswers answers) =>
        Of(ctx.Assessment, ctx.Template, answers, ctx.Unit.HoldsWbk);

    /// <summary>The same, computed once per answers stamp (<see cref="AnswerCache"/>) for pages read on every request.</summary>
    public static OfficialScore Of(AssessmentContext ctx, CachedAnswers cached) =>
        cached.Derive($"official:{CachedAnswers.TemplateKey(ctx.Template)}:{ctx.Assessment.Target}:{ctx.Unit.HoldsWbk}:{CountsAssessor(ctx.Assessment)}",
            answers => Of(ctx, answers));

    public static OfficialScore Of(Assessment assessment, LkeTemplate template, AssessmentAnswers answers, bool holdsWbk)
    {
        var unit = ScoreBoard.Build(template, LkeScorer.Score(template, answers.UnitSet(holdsWbk)), answers.Hasil, assessment.Target);
        if (!CountsAssessor(assessment))
        {
            return new OfficialScore(unit, unit, false);
        }
        var assessor = ScoreBoard.Build(template, LkeScorer.Score(template, answers.AssessorSet(holdsWbk)), answers.Hasil, assessment.Target);
        return new OfficialScore(assessor, unit, true);
    }
}
