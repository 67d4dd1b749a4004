using ZonaIntegritas.Web.Domain.Assessments;
using ZonaIntegritas.Web.Domain.Units;

namespace ZonaIntegritas.Web.Features.ReviewCycle;

/// <summary>
/// A step the current user owns now. <paramref name="Blocked"/>: why it cannot be taken yet (shown, button off);
/// <paramref name="WindowStage"/>: the windowed stage it enters, with the window prefilled and
/// <paramref name="WindowProblem"/> when the stored window would refuse.
/// </summary>
public sealed record TransitionChoice(
    string Action,
    string Label,
    string Confirm,
    string? Blocked,
    AssessmentStage? WindowStage,
    DateOnly? WindowStart,
    DateOnly? WindowEnd,
    string? WindowProblem);

public sealed record TimelineRow(TransitionKind Kind, AssessmentStage From, AssessmentStage To, int Round, string UserName, DateTime AtUtc, string? Note);

public sealed record ReviewCyclePanel(
    int AssessmentId,
    AssessmentStage Stage,
    int Round,
    IndonesianTimeZone Zone,
    string? Approval,
    bool ApprovalCurrent,
    IReadOnlyList<TransitionChoice> Choices,
    IReadOnlyList<TimelineRow> Timeline);
