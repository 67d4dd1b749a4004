using ZonaIntegritas.Web.Domain.Assessments;
using ZonaIntegritas.Web.Domain.Lke;
using ZonaIntegritas.Web.Features.Team;

namespace ZonaIntegritas.Web.Features.Dashboard;

/// <summary>A planner row: "naikkan PPA2A dari Tidak ke Ya: +0,33", the default PIC and whether it was pushed already.</summary>
public sealed record PlannerRow(string Code, string Text, string Area, string? From, string To, int Steps, decimal Gain, bool ViewerCanEdit,
    int? DefaultPicStaffId, int? PushedItemId, string QuestionUrl);

public sealed record PicOption(int StaffId, string Label);

public sealed record LockedQuestion(string Code, string Reason);

public sealed record PlannerViewModel(
    int AssessmentId,
    int UnitId,
    string UnitName,
    int Year,
    TargetPredicate Target,
    ScoreBasis Basis,
    bool Reachable,
    int Steps,
    IReadOnlyList<PlannerRow> Rows,
    IReadOnlyList<Domain.Lke.Planning.UnreachableGate> Unreachable,
    IReadOnlyList<GateCheck> GatesBefore,
    IReadOnlyList<GateCheck> GatesAfter,
    decimal TotalBefore,
    decimal TotalAfter,
    decimal PengungkitBefore,
    decimal PengungkitAfter,
    string? LockReason,
    IReadOnlyList<PicOption> Pics,
    string DefaultDueMonth,
    bool CanPush);

/// <summary>One row the kepala kantor pushes into the work plan.</summary>
public sealed class PushPlannerRowInput
{
    public bool Selected { get; set; }
    public string Code { get; set; } = "";
    public string To { get; set; } = "";
    public int? PicStaffId { get; set; }

    /// <summary>Due month, <c>yyyy-MM</c> (an HTML month input).</summary>
    public string? DueMonth { get; set; }
}

public sealed class PushPlannerInput
{
    public int AssessmentId { get; set; }
    public string? Basis { get; set; }
    public List<PushPlannerRowInput> Rows { get; set; } = [];
}
