using ZonaIntegritas.Web.Domain.Assessments;
using ZonaIntegritas.Web.Domain.Lke;
using ZonaIntegritas.Web.Domain.Units;
using ZonaIntegritas.Web.Features.Assessments;

namespace ZonaIntegritas.Web.Features.Dashboard;

public sealed record BasisOption(ScoreBasis Basis, string Key, string Label, bool Available);

public sealed record ExternalRow(string Stage, bool Passed, DateOnly Date, string? Note);

public sealed record DashboardHeader(
    int AssessmentId,
    int UnitId,
    string UnitName,
    int Year,
    IReadOnlyList<int> Years,
    TargetPredicate Target,
    AssessmentStage Stage,
    DateOnly? StageEnd,
    int? DaysLeft,
    ScoreBasis Basis,
    IReadOnlyList<BasisOption> Bases,
    IReadOnlyList<ExternalRow> External,
    IndonesianTimeZone Zone,
    bool ReadOnlyParent);

/// <summary>One gate row: value vs threshold, and where the work for it is done.</summary>
public sealed record GateRow(string Code, string Label, decimal Value, decimal Minimum, bool Passed, decimal Gap, string Url);

public sealed record ScoreRow(string Label, decimal Value, decimal Weight, decimal? Assessor);

/// <summary>A half-area tile: value/weight, the target's minimum, answered of total and its state.</summary>
public sealed record AreaTile(string Code, string Letter, string Half, string Name, decimal Value, decimal Weight, decimal Minimum, int Answered, int Total, TileState State, string Url);

public enum TileState
{
    NotStarted = 1,
    UnderMinimum = 2,
    Passing = 3,
}

public sealed record EvidenceAreaRow(string Letter, string Name, int Questions, int Answered, int WithEvidence, int Reviewed, int Accepted, string Url);

public sealed record PersonRow(int StaffId, string Name, string Area, string AreaName, int Assigned, int Answered, int ReturnedForFix, int OverduePlanItems, string Url);

public sealed record FollowUpRow(string Code, string Kind, string Url);

public sealed record PlanStatusSummary(int OnTime, int Late, int Done, int Total, IReadOnlyList<(string Pic, int Late)> LateByPic, string Url);

public sealed record PactUnitRow(string UnitName, int Signed, int Active);

public sealed record PactSummary(int Signed, int Active, IReadOnlyList<PactUnitRow> Units, IReadOnlyList<string> Unsigned, int UnsignedCount);

public sealed record TrendPoint(DateOnly Day, decimal Total, decimal Pengungkit);

public sealed record DashboardViewModel(
    DashboardHeader Header,
    GateResult Gate,
    IReadOnlyList<GateRow> Gates,
    string Verdict,
    ScoreBoard Board,
    ScoreBoard? AssessorBoard,
    IReadOnlyList<ScoreRow> Scores,
    IReadOnlyList<AreaTile> Tiles,
    IReadOnlyList<EvidenceAreaRow> Evidence,
    IReadOnlyList<PersonRow> People,
    IReadOnlyList<FollowUpRow> FollowUps,
    PlanStatusSummary Plan,
    PactSummary Pacts,
    IReadOnlyList<HasilScoreRow> Hasil,
    IReadOnlyList<TrendPoint> Trend,
    int PlannerSteps,
    bool PlannerReachable);

/// <summary>The dashboard when the unit has no assessment for the year.</summary>
public sealed record DashboardEmptyViewModel(int UnitId, string UnitName, int Year, bool CanCreate, bool HasChildUnits, bool CanViewRollup);
