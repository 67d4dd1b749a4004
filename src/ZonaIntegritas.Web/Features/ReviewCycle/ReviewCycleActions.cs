using ZonaIntegritas.Web.Domain.Assessments;
using ZonaIntegritas.Web.Infrastructure.Authorization;

namespace ZonaIntegritas.Web.Features.ReviewCycle;

/// <summary>
/// Who owns which step (the server checks this on every post; the panel shows only the steps the user owns):
/// the Tim ZI (Ketua) submits and re-submits, the kepala kantor approves, the penilai internal of the unit or of a
/// parent unit starts the review, returns it for Tindak Lanjut and closes it (→ Final).
/// </summary>
public static class ReviewCycleActions
{
    public const string Approve = "approve";
    public const string Submit = "submit";
    public const string StartReview = "review";
    public const string Return = "return";
    public const string Close = "close";

    public static readonly IReadOnlyList<string> All = [Approve, Submit, StartReview, Return, Close];

    public static string PermissionFor(string action) => action switch
    {
        Approve => Permissions.ApproveAssessments,
        Submit => Permissions.SubmitAssessments,
        StartReview or Return or Close => Permissions.ReviewAssessments,
        _ => throw new Domain.Common.DomainException("Perubahan tahap tidak dikenal."),
    };

    /// <summary>The steps possible from a stage (before the owner check).</summary>
    public static IReadOnlyList<string> From(AssessmentStage stage) => stage switch
    {
        AssessmentStage.SelfAssessment => [Approve, Submit],
        AssessmentStage.Submitted => [StartReview],
        AssessmentStage.InternalReview => [Return, Close],
        AssessmentStage.FollowUp => [Submit],
        _ => [],
    };

    /// <summary>The windowed stage a step enters, if any (its window is set in the same form).</summary>
    public static AssessmentStage? EntersWindow(string action) => action switch
    {
        StartReview => AssessmentStage.InternalReview,
        Return => AssessmentStage.FollowUp,
        _ => null,
    };

    public static string Label(string action, AssessmentStage stage) => action switch
    {
        Approve => "Setujui penilaian mandiri",
        Submit => stage == AssessmentStage.FollowUp ? "Ajukan kembali" : "Ajukan penilaian",
        StartReview => "Mulai reviu",
        Return => "Kembalikan untuk Tindak Lanjut",
        Close => "Selesaikan reviu dan finalkan",
        _ => action,
    };
}
