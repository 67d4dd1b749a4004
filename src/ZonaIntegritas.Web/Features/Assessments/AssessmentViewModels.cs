using ZonaIntegritas.Web.Domain.Assessments;
using ZonaIntegritas.Web.Domain.Units;

namespace ZonaIntegritas.Web.Features.Assessments;

/// <summary>What every assessment page shows at the top.</summary>
public sealed record AssessmentHeader(
    int Id,
    int UnitId,
    string UnitName,
    int Year,
    TargetPredicate Target,
    string LkeVersionCode,
    string LkeTitle,
    AssessmentStage Stage,
    int Round,
    IndonesianTimeZone Zone,
    DateOnly Today);

public sealed record AssessmentListRow(
    int Id,
    string UnitName,
    int Year,
    TargetPredicate Target,
    AssessmentStage Stage,
    int Answered,
    int QuestionCount,
    decimal Pengungkit,
    decimal Total,
    bool HasilProvisional,
    bool HasilIncomplete);

public sealed record AssessmentListViewModel(int? Year, IReadOnlyList<int> Years, IReadOnlyList<AssessmentListRow> Rows)
{
    /// <summary>The page's right to add/change, computed by the service (views compute no rights).</summary>
    public bool CanManage { get; init; }
}

public sealed record Choice(string Value, string Label);

public sealed record CreateAssessmentViewModel(CreateAssessmentInput Input, IReadOnlyList<Choice> Units, IReadOnlyList<Choice> Versions, IReadOnlyList<int> UnitsHoldingWbk);

public sealed record StageWindowRow(AssessmentStage Stage, DateOnly? Start, DateOnly? End, bool OpenToday);

public sealed record ExternalResultRow(ExternalStage Stage, bool Passed, DateOnly Date, string? Note, int QuestionValueCount, string? QuestionValuesJson);


public sealed record AssessmentDetailsViewModel(
    AssessmentHeader Header,
    bool UnitHoldsWbk,
    IReadOnlyList<StageWindowRow> Windows,
    EditWindowsInput WindowsInput,
    bool OfficialByAssessor,
    ScoreBoard Unit,
    ScoreBoard? Assessor,
    int MarkedForFix,
    DateTime? SubmittedAtUtc,
    DateTime? FinalizedAtUtc,
    IReadOnlyList<ExternalResultRow> External,
    RecordExternalResultInput ExternalInput)
{
    /// <summary>The page's right to add/change, computed by the service (views compute no rights).</summary>
    public bool CanManage { get; init; }
}
