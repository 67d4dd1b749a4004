using ZonaIntegritas.Web.Configuration;
using ZonaIntegritas.Web.Domain.Lke;
using ZonaIntegritas.Web.Features.Assessments;
using ZonaIntegritas.Web.Features.WorkPlan;

namespace ZonaIntegritas.Web.Features.SubmissionCheck;

/// <summary>What the pre-submission check found: blank answers, positive answers without evidence, failing gates.</summary>
public sealed record SubmissionCheckResult(
    IReadOnlyList<string> BlankCodes,
    IReadOnlyList<string> PositiveWithoutEvidenceCodes,
    IReadOnlyList<string> FailingGates)
{
    public int BlankAnswers => BlankCodes.Count;
    public int PositiveWithoutEvidence => PositiveWithoutEvidenceCodes.Count;
    public int FailingGateCount => FailingGates.Count;
    public bool Clean => BlankAnswers == 0 && PositiveWithoutEvidence == 0 && FailingGateCount == 0;

    /// <summary>The confirmation asked before submitting, with the counts.</summary>
    public string ConfirmText(string lockNote) => Clean
        ? $"Pemeriksaan sebelum pengajuan tidak menemukan masalah. {lockNote}"
        : $"Pemeriksaan sebelum pengajuan: {BlankAnswers} jawaban kosong, {PositiveWithoutEvidence} jawaban positif tanpa eviden, " +
          $"{FailingGateCount} syarat belum terpenuhi. {lockNote}";
}

/// <summary>
/// The pre-submission check of an assessment's unit answers (the minimal version of the report/pack issue's check,
/// same entry point so the fuller one can replace it): questions without an answer, questions whose answer scores
/// above zero but have no linked evidence, and the target predikat's gate checks that fail.
/// </summary>
public sealed class SubmissionCheckService(AssessmentAccess access, IEvidenceLookup evidence)
{
    public async Task<SubmissionCheckResult> RunAsync(int assessmentId, CancellationToken ct)
    {
        var ctx = await access.LoadAsync(assessmentId, ct);
        var answers = await access.AnswersAsync(assessmentId, ct);
        var score = LkeScorer.Score(ctx.Template, answers.UnitSet(ctx.Unit.HoldsWbk));
        var withEvidence = await evidence.QuestionCodesWithEvidenceAsync(ctx.Unit.Id, ctx.Assessment.Year, ct);
        var blank = ctx.Template.Questions.Where(q => score.Unanswered.Contains(q.Code)).Select(q => q.Code).ToList();
        var positive = ctx.Template.Questions
            .Where(q => !score.Unanswered.Contains(q.Code) && score.Questions.GetValueOrDefault(q.Code) > 0m && !withEvidence.Contains(q.Code))
            .Select(q => q.Code).ToList();
        var board = ScoreBoard.Build(ctx.Template, score, answers.Hasil, ctx.Assessment.Target);
        var gates = board.TargetGate.Checks.Where(c => !c.Passed).Select(c => c.Label).ToList();
        return new SubmissionCheckResult(blank, positive, gates);
    }
}

public sealed class SubmissionCheckModule : IFeatureModule
{
    public void AddServices(IServiceCollection services, IConfiguration configuration) => services.AddScoped<SubmissionCheckService>();
}
