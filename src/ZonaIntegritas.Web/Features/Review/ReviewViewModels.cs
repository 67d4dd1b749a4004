using ZonaIntegritas.Web.Domain.Lke;
using ZonaIntegritas.Web.Features.Assessments;

namespace ZonaIntegritas.Web.Features.Review;

public sealed record ReviewTab(string Letter, string Name, int Reviewed, int Total, int Marked);

public sealed record ReviewRow(
    int AssessmentId,
    int UnitId,
    int Year,
    string Code,
    string Text,
    AnswerType Type,
    IReadOnlyList<LkeOption> Options,
    PercentageRule? Percentage,
    string UnitAnswerText,
    string? UnitNote,
    decimal? UnitValue,
    string? AssessorOptionKey,
    IReadOnlyDictionary<string, long> AssessorInputs,
    string? AssessorNote,
    bool NeedsFix,
    string? FixNote,
    bool HasAssessorAnswer,
    decimal? AssessorValue,
    bool Differs,
    bool CanEdit,
    string? Error,
    bool JustSaved,
    int Version,
    string? UnitOptionKey = null,
    FixState Fix = FixState.None);

/// <summary>For a question marked "Perlu Perbaikan" after a return: did the unit change its answer since?</summary>
public enum FixState
{
    None = 0,
    Fixed = 1,
    NotFixed = 2,
}

public sealed record ReviewTotals(ScoreBoard Unit, ScoreBoard Assessor, int Marked, int Differences);

public sealed record ReviewViewModel(
    AssessmentHeader Header,
    string ActiveArea,
    IReadOnlyList<ReviewTab> Tabs,
    IReadOnlyList<ReviewRow> Rows,
    ReviewTotals Totals,
    bool CanReview,
    string? LockReason);

/// <summary>An htmx save's answer: the row's status and the totals; <paramref name="Full"/> (refused) re-renders the whole row.</summary>
public sealed record ReviewSaveResponse(ReviewRow Row, ReviewTotals Totals, bool Full);
