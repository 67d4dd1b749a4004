using ZonaIntegritas.Web.Configuration;
using ZonaIntegritas.Web.Domain.ChangeAgents;
using ZonaIntegritas.Web.Features.Team;
using ZonaIntegritas.Web.Infrastructure.Units;

namespace ZonaIntegritas.Web.Features.ChangeAgents;

public sealed record AgentRow(
    int Id, int StaffMemberId, string FullName, string? Nip, string? Position, ChangeAgentRole Role, ChangeAgentStatus Status,
    string? StatusNote, int Projects, int ChangesInYear, int IntegratedInYear);

public sealed record AgentDecreeBlock(
    int Id, string Number, DateOnly DecreeDate, string SignedBy, DateOnly TermFrom, DateOnly TermTo, string SelectionMethod,
    string? SelectionMinutes, string? ScanFileName, bool OverlapsYear, IReadOnlyList<AgentRow> Agents);

public sealed record DecisionRow(
    int Id, string QuestionCode, bool IsOverride, int ComputedAgents, int ComputedChanges, int ComputedIntegrated,
    int? Agents, int? Changes, int? Integrated, string? Reason, string DecidedByName, DateTime DecidedAtUtc)
{
    public string ValuesText => QuestionCode == "PRA1A"
        ? $"agen {Agents}, perubahan {Changes}"
        : $"perubahan {Changes}, terintegrasi {Integrated}";
}

public sealed record ChangeAgentsIndexViewModel(
    UnitOption Unit, IReadOnlyList<UnitOption> Units, int Year, ChangeAgentStats Stats,
    IReadOnlyList<AgentDecreeBlock> Decrees, IReadOnlyList<StaffOption> Staff)
{
    public bool CanManage { get; init; }
}

public sealed record AgentDecreeFormViewModel(SaveAgentDecreeInput Input, string UnitName, string? CurrentScan);

public sealed record ProjectRow(
    int Id, string Title, string AreaCode, string Problem, string BeforeDescription, string AfterDescription,
    DateOnly StartDate, DateOnly? EndDate, ChangeProjectStatus Status, bool IsIntegrated, string? IntegrationReference,
    string? EvidenceNote, IReadOnlyList<(int Id, string? Title)> Evidence);

public sealed record AgentDetailViewModel(
    int UnitId, string UnitName, AgentRow Agent, AgentDecreeBlock Decree, IReadOnlyList<ProjectRow> Projects, UpdateChangeAgentInput Edit)
{
    public bool CanManage { get; init; }
}

public sealed record ProjectFormViewModel(SaveChangeProjectInput Input, string AgentName, int UnitId);

/// <summary>The PRA1A/PRA1B panel: computed inputs, the latest decision and its history.</summary>
public sealed record AgentInputsPanelViewModel(
    WorksheetPanelContext Context, ChangeAgentStats Stats, IReadOnlyDictionary<string, int> Computed,
    IReadOnlyList<DecisionRow> History, bool CanDecide)
{
    public DecisionRow? Latest => History.Count > 0 ? History[0] : null;

    /// <summary>Set right after a decision was recorded: the values the worksheet inputs should take (agent-inputs.js).</summary>
    public IReadOnlyDictionary<string, int>? Apply { get; init; }

    public string? Error { get; init; }

    public DecideAgentInputsInput? Posted { get; init; }
}
