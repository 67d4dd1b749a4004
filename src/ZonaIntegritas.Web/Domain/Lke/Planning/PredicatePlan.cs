namespace ZonaIntegritas.Web.Domain.Lke.Planning;

/// <summary>
/// One planned answer improvement: question <see cref="Code"/> from option <see cref="From"/> (null = unanswered,
/// counted at its lowest option) up to <see cref="To"/> in <see cref="Steps"/> option steps, adding
/// <see cref="Gain"/> to the total (exact, unrounded).
/// </summary>
public sealed record PlannedChange(string Code, string? From, string To, int Steps, decimal Gain);

/// <summary>A gate of the target that answers alone cannot meet, with the reason in Bahasa Indonesia.</summary>
public sealed record UnreachableGate(string Code, string Label, string Reason);

/// <summary>
/// The smallest set of option steps that makes every gate of <see cref="Target"/> hold together (each area minimum
/// and the total), the gates that answers cannot meet, and the scores before and after the plan.
/// </summary>
public sealed record PredicatePlan(
    string Target,
    bool Reachable,
    int Steps,
    IReadOnlyList<PlannedChange> Changes,
    IReadOnlyList<UnreachableGate> Unreachable,
    AnswerSet PlannedAnswers,
    ScoreResult Before,
    ScoreResult After)
{
    public GateResult TargetGateBefore => Target == "WBBM" ? Before.Wbbm : Before.Wbk;

    public GateResult TargetGateAfter => Target == "WBBM" ? After.Wbbm : After.Wbk;
}
