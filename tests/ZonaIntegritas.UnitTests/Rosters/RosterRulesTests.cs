using System.Text;
using ZonaIntegritas.Web.Domain.ChangeAgents;
using ZonaIntegritas.Web.Features.Team;
using ZonaIntegritas.Web.Features.WorkPlans;

namespace ZonaIntegritas.UnitTests.Rosters;

public class RosterRulesTests
{
    private static ChangeProject Project(ChangeProjectStatus status, string? end, bool integrated) => new()
    {
        Title = "P",
        AreaCode = "A",
        Problem = "p",
        BeforeDescription = "b",
        AfterDescription = "a",
        StartDate = new DateOnly(2025, 1, 1),
        EndDate = end is null ? null : DateOnly.Parse(end),
        Status = status,
        IsIntegrated = integrated,
        IntegrationReference = integrated ? "SOP" : null,
    };

    [Fact]
    public void Agent_statistics_count_active_agents_in_the_term_and_changes_finished_in_the_year()
    {
        var decree = new ChangeAgentDecree
        {
            Number = "1",
            SignedBy = "K",
            SelectionMethod = "Voting",
            TermFrom = new DateOnly(2025, 7, 1),
            TermTo = new DateOnly(2027, 6, 30),
            Agents =
            [
                new ChangeAgent { StaffMemberId = 1, Projects = [Project(ChangeProjectStatus.Done, "2026-03-01", true), Project(ChangeProjectStatus.Done, "2025-12-31", true)] },
                new ChangeAgent { StaffMemberId = 2, Projects = [Project(ChangeProjectStatus.Done, "2026-11-30", false), Project(ChangeProjectStatus.InProgress, "2026-06-01", false)] },
                new ChangeAgent { StaffMemberId = 3, Status = ChangeAgentStatus.Inactive, Projects = [Project(ChangeProjectStatus.Done, "2026-01-10", true)] },
            ],
        };
        var renewed = new ChangeAgentDecree
        {
            Number = "2",
            SignedBy = "K",
            SelectionMethod = "Voting",
            TermFrom = new DateOnly(2026, 1, 1),
            TermTo = new DateOnly(2026, 12, 31),
            Agents = [new ChangeAgent { StaffMemberId = 1 }],
        };
        ChangeAgentRules.Compute([decree, renewed], 2026).ShouldBe(new ChangeAgentStats(2, 3, 2), "staff 1 counts once; a change by a now inactive agent still counts");
        ChangeAgentRules.Compute([decree, renewed], 2025).ShouldBe(new ChangeAgentStats(2, 1, 1));
        ChangeAgentRules.Compute([decree], 2028).ShouldBe(new ChangeAgentStats(0, 0, 0));
        new ChangeAgentStats(4, 5, 3).InputsFor("PRA1B").ShouldBe(new Dictionary<string, int> { ["perubahan"] = 5, ["terintegrasi"] = 3 });
    }

    [Theory]
    [InlineData("12, 15 20", new[] { 12, 15, 20 })]
    [InlineData("#7;7", new[] { 7 })]
    [InlineData("", new int[0])]
    public void Evidence_ids_parse(string text, int[] expected) => EvidenceIds.Parse(text).ShouldBe(expected);

    [Theory]
    [InlineData("12, abc")]
    [InlineData("-3")]
    [InlineData("0")]
    public void Bad_evidence_ids_are_refused(string text) => EvidenceIds.Parse(text).ShouldBeNull();

    [Theory]
    [InlineData("1500000", 1500000)]
    [InlineData("750000.5", 750000.5)]
    [InlineData("Rp 1.500.000", 1500000)]
    [InlineData("1.500.000,50", 1500000.5)]
    [InlineData("2.5", 2.5)]
    public void Budget_amounts_parse_from_cells_and_typed_rupiah(string text, decimal expected) => WorkPlanExcel.ParseAmount(text).ShouldBe(expected);
}
