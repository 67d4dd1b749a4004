namespace ZonaIntegritas.Web.Domain.ChangeAgents;

/// <summary>The inputs of LKE Reform PRA1A (agents, changes) and PRA1B (changes, integrated) for a year.</summary>
public sealed record ChangeAgentStats(int ActiveAgents, int ChangesMade, int ChangesIntegrated)
{
    /// <summary>The worksheet's numeric input values of a question, by input key (PRA1A: agen, perubahan; PRA1B: perubahan, terintegrasi).</summary>
    public IReadOnlyDictionary<string, int> InputsFor(string questionCode) => questionCode switch
    {
        "PRA1A" => new Dictionary<string, int> { ["agen"] = ActiveAgents, ["perubahan"] = ChangesMade },
        "PRA1B" => new Dictionary<string, int> { ["perubahan"] = ChangesMade, ["terintegrasi"] = ChangesIntegrated },
        _ => new Dictionary<string, int>(),
    };
}

public static class ChangeAgentRules
{
    public static readonly IReadOnlyList<string> QuestionCodes = ["PRA1A", "PRA1B"];

    /// <summary>
    /// Active agents = distinct staff with status Aktif in a decree whose term overlaps the year; changes =
    /// projects completed with their end date in the year; integrated = those of them integrated in the
    /// management system.
    /// </summary>
    public static ChangeAgentStats Compute(IEnumerable<ChangeAgentDecree> decrees, int year)
    {
        var list = decrees.ToList();
        var active = list.Where(d => d.OverlapsYear(year))
            .SelectMany(d => d.Agents)
            .Where(a => a.Status == ChangeAgentStatus.Active)
            .Select(a => a.StaffMemberId)
            .Distinct()
            .Count();
        var changes = list.SelectMany(d => d.Agents).SelectMany(a => a.Projects).Where(p => p.IsChangeMadeIn(year)).ToList();
        return new ChangeAgentStats(active, changes.Count, changes.Count(p => p.IsIntegrated));
    }
}

/// <summary>
/// The unit's decision on the register's PRA1A/PRA1B inputs: accepted as computed, or overridden with a
/// reason. Every decision is a new row; history is never overwritten.
/// </summary>
public class AgentInputDecision
{
    public int Id { get; set; }
    public int UnitId { get; set; }
    public int Year { get; set; }
    public required string QuestionCode { get; set; }
    public int ComputedAgents { get; set; }
    public int ComputedChanges { get; set; }
    public int ComputedIntegrated { get; set; }
    public bool IsOverride { get; set; }

    /// <summary>The values used (computed or overridden); null for keys the question does not use.</summary>
    public int? Agents { get; set; }
    public int? Changes { get; set; }
    public int? Integrated { get; set; }
    public string? Reason { get; set; }
    public required string DecidedByUserId { get; set; }
    public required string DecidedByName { get; set; }
    public DateTime DecidedAtUtc { get; set; }
}
