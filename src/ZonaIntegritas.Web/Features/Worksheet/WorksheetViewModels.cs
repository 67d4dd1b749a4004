using ZonaIntegritas.Web.Domain.Assessments;
using ZonaIntegritas.Web.Domain.Lke;
using ZonaIntegritas.Web.Domain.Units;
using ZonaIntegritas.Web.Features.Assessments;

namespace ZonaIntegritas.Web.Features.Worksheet;

/// <summary>A worksheet tab: an area letter A–F or <see cref="WorksheetTabs.Hasil"/>, with answered / total.</summary>
public sealed record WorksheetTab(string Key, string Name, int Answered, int Total, bool CanEdit);

public static class WorksheetTabs
{
    public const string Hasil = "hasil";
}

public sealed record QuestionView(
    int AssessmentId,
    int UnitId,
    int Year,
    string Code,
    string Text,
    string AreaLetter,
    AnswerType Type,
    IReadOnlyList<LkeOption> Options,
    PercentageRule? Percentage,
    IReadOnlyList<string> TypicalEvidence,
    string? OptionKey,
    IReadOnlyDictionary<string, long> Inputs,
    string? Note,
    decimal? Value,
    bool CanEdit,
    string? LockReason,
    bool Reopened,
    string? FixNote,
    int HistoryCount,
    DateTime? SavedAtUtc,
    IndonesianTimeZone Zone,
    string? Error,
    bool JustSaved,
    int Version = 0);

public sealed record IndicatorGroup(string HalfName, string Code, string Name, decimal Weight, decimal Value, IReadOnlyList<QuestionView> Questions);

public sealed record HasilItemView(
    int AssessmentId,
    string Code,
    string Name,
    decimal Weight,
    HasilKind Kind,
    IReadOnlyList<LkeOption> Options,
    HasilEntry? Entry,
    decimal? Value,
    bool CanEdit,
    string? LockReason,
    int HistoryCount,
    IndonesianTimeZone Zone,
    string? Error,
    bool JustSaved);

public sealed record WorksheetViewModel(
    AssessmentHeader Header,
    string ActiveTab,
    IReadOnlyList<WorksheetTab> Tabs,
    IReadOnlyList<IndicatorGroup> Indicators,
    IReadOnlyList<HasilItemView> Hasil,
    ScoreBoard Score,
    string? LockReason,
    bool CanAnswer,
    IReadOnlyList<string> EditableAreas);

/// <summary>
/// What an htmx save returns: the question's (or Hasil item's) status and value, its tab's progress and the
/// running score. <paramref name="Full"/> (refused or cleared) re-renders the whole question from the stored
/// answer; otherwise the inputs are left alone, so typing that went on during the request is never lost.
/// </summary>
public sealed record SaveResponse(QuestionView? Question, HasilItemView? Hasil, WorksheetTab Tab, ScoreBoard Score, string ActiveTab, bool Full)
{
    /// <summary>The element the whole question is re-rendered into when <see cref="Full"/>.</summary>
    public string FullTarget => Question is { } q ? $"#q-{q.Code}-answer" : $"#h-{Hasil!.Code}-answer";
}

public sealed record HistoryRow(AnswerSource Source, string OldValue, string NewValue, string? Note, string ChangedBy, DateTime ChangedAtUtc);

public sealed record HistoryViewModel(int AssessmentId, string Code, string Text, IndonesianTimeZone Zone, IReadOnlyList<HistoryRow> Rows);

/// <summary>A worksheet answer save: the refusal the user can fix (null when saved) and the htmx response (null for an unknown question).</summary>
public sealed record AnswerSaveOutcome(string? Error, SaveResponse? Response);
