using ZonaIntegritas.Web.Domain.WorkPlans;
using ZonaIntegritas.Web.Features.Team;
using ZonaIntegritas.Web.Infrastructure.Units;

namespace ZonaIntegritas.Web.Features.WorkPlans;

public sealed record ApprovalRow(int Version, string ApprovedByName, DateTime ApprovedAtUtc, string? Note);

public sealed record PlanHeader(int Id, int Version, int? ApprovedVersion, string? ApprovedByName, DateTime? ApprovedAtUtc, IReadOnlyList<ApprovalRow> Approvals)
{
    public bool IsCurrentVersionApproved => ApprovedVersion == Version;
}

public sealed record ItemRow(
    int Id, string AreaCode, string Activity, string Output, string? ExpectedEvidence, IReadOnlyList<string> QuestionCodes,
    int PicStaffId, string PicName, IReadOnlyList<string> Helpers, DateOnly StartMonth, DateOnly EndMonth,
    DateOnly OriginalStartMonth, DateOnly OriginalEndMonth, decimal? Budget, WorkPlanStatus Status, int Progress,
    bool IsLate, int OpenFollowUps, bool HasEvidence)
{
    public bool IsRescheduled => StartMonth != OriginalStartMonth || EndMonth != OriginalEndMonth;
}

public sealed record WorkPlanIndexViewModel(
    UnitOption Unit, IReadOnlyList<UnitOption> Units, int Year, DateOnly Today, PlanHeader? Plan,
    IReadOnlyList<ItemRow> Items, int TotalItems, WorkPlanFilter Filter, IReadOnlyList<StaffOption> Staff,
    IReadOnlySet<string> EditableAreas)
{
    public bool CanApprove { get; init; }

    /// <summary>Items that match the filter (all pages).</summary>
    public int ShownCount { get; init; }

    /// <summary>Late items among those that match the filter (all pages).</summary>
    public int LateCount { get; init; }

    public Features.Shared.PagerViewModel? Pager { get; init; }
}

public sealed record TimelineViewModel(UnitOption Unit, IReadOnlyList<UnitOption> Units, int Year, DateOnly Today, IReadOnlyList<ItemRow> Items);

public sealed record RevisionRow(RevisionKind Kind, string Description, string? Reason, DateOnly? OldStart, DateOnly? OldEnd, DateOnly? NewStart, DateOnly? NewEnd, DateTime AtUtc, string ByName);

public sealed record FollowUpRow(int Id, string Action, string OwnerName, DateOnly DueDate, DateOnly? ClosedOn, string? ClosingNote, string? ClosedByName, bool IsOverdue);

public sealed record MonitoringRow(
    int Id, DateOnly Date, int Progress, WorkPlanStatus Status, string Notes, string RecordedByName,
    IReadOnlyList<(int Id, string? Title)> Evidence, string? EvidenceNote, IReadOnlyList<FollowUpRow> FollowUps);

public sealed record ItemDetailViewModel(
    UnitOption Unit, int Year, ItemRow Item, IReadOnlyList<(int Id, string? Title)> Evidence, string? EvidenceNote,
    IReadOnlyList<RevisionRow> Revisions, IReadOnlyList<MonitoringRow> Monitoring, IReadOnlyList<StaffOption> Staff, bool CanEdit, DateOnly Today)
{
    public AddMonitoringInput? Monitor { get; init; }
}

public sealed record ItemFormViewModel(SaveWorkPlanItemInput Input, string UnitName, IReadOnlyList<StaffOption> Staff, IReadOnlySet<string> EditableAreas,
    DateOnly? OriginalStartMonth, DateOnly? OriginalEndMonth)
{
    /// <summary>Staff on the Tim ZI roster of the plan year: listed first in the PIC/helper pickers.</summary>
    public IReadOnlySet<int> RosterStaffIds { get; init; } = new HashSet<int>();
}

public sealed record CoverageQuestion(string Code, string Text, string HalfName, IReadOnlyList<(int Id, string Activity)> Items, bool HasLibraryEvidence);

public sealed record CoverageArea(string Code, string Name, IReadOnlyList<CoverageQuestion> Questions)
{
    public int Uncovered => Questions.Count(q => q.Items.Count == 0);
}

public sealed record CoverageViewModel(
    UnitOption Unit, IReadOnlyList<UnitOption> Units, int Year, IReadOnlyList<CoverageArea> Areas, IReadOnlyList<ItemRow> ItemsWithoutEvidence)
{
    public int QuestionCount => Areas.Sum(a => a.Questions.Count);
    public int UncoveredCount => Areas.Sum(a => a.Uncovered);
}

public sealed record ImportError(int Row, string Column, string Message);

public sealed record ImportResult(int Created, int Updated, IReadOnlyList<ImportError> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}

public sealed record ImportViewModel(UnitOption Unit, int Year, ImportResult? Result);

/// <summary>The home-page card of this year's work plan (<see cref="WorkPlanSummaryViewComponent"/>).</summary>
public sealed record WorkPlanSummaryViewModel(int Year, int TotalItems, int LateCount, int OpenFollowUps, int? Version, bool IsCurrentVersionApproved);
