using ZonaIntegritas.Web.Domain.Assessments;

namespace ZonaIntegritas.Web.Features.Rollup;

/// <summary>A value with its weight and whether it is under the row's threshold.</summary>
public sealed record RollupCell(decimal Value, decimal Weight, decimal? Minimum, bool Under);

public sealed record RollupRow(
    int UnitId,
    string UnitName,
    int AssessmentId,
    TargetPredicate Target,
    AssessmentStage Stage,
    IReadOnlyList<RollupCell> Areas,
    RollupCell Pengungkit,
    IReadOnlyList<RollupCell> Hasil,
    RollupCell Total,
    decimal AnsweredRatio,
    decimal EvidenceRatio,
    decimal? PactRatio,
    DateTime? LastUpdateUtc,
    bool Passed,
    int FailingGates,
    string Verdict,
    bool NeedsMentoring,
    string MentoringReason);

public sealed record RollupViewModel(
    int UnitId,
    string UnitName,
    int Year,
    IReadOnlyList<int> Years,
    string Sort,
    IReadOnlyList<string> AreaLabels,
    IReadOnlyList<string> HasilLabels,
    IReadOnlyList<RollupCell> Thresholds,
    IReadOnlyList<RollupRow> Rows,
    int Done,
    int InProgress,
    int NotStarted,
    Domain.Units.IndonesianTimeZone Zone);
