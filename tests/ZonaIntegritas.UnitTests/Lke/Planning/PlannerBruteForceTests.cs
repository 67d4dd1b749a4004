using ZonaIntegritas.Web.Domain.Lke;
using ZonaIntegritas.Web.Domain.Lke.Planning;

namespace ZonaIntegritas.UnitTests.Lke.Planning;

/// <summary>The planner's step count equals the cheapest plan found by trying every answer combination on small trees.</summary>
public class PlannerBruteForceTests
{
    private static readonly IReadOnlyList<LkeOption> Abcd = [new("A", 1m, "A"), new("B", 0.67m, "B"), new("C", 0.33m, "C"), new("D", 0m, "D")];
    private static readonly IReadOnlyList<LkeOption> Abcde = [new("A", 1m, "A"), new("B", 0.75m, "B"), new("C", 0.5m, "C"), new("D", 0.25m, "D"), new("E", 0m, "E")];

    public static IEnumerable<object[]> Seeds() => Enumerable.Range(1, 120).Select(i => new object[] { i });

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Planner_finds_the_same_minimum_as_brute_force(int seed)
    {
        var random = new Random(seed);
        var (template, answers, locked) = RandomCase(random);
        var target = random.Next(2) == 0 ? "WBK" : "WBBM";

        var plan = PredicatePlanner.Plan(template, answers, target, locked);
        var brute = BruteForce(template, answers, target, locked);

        plan.Reachable.ShouldBe(brute is not null, $"seed {seed}");
        if (brute is { } cheapest)
        {
            plan.Steps.ShouldBe(cheapest, $"seed {seed}");
            var gate = target == "WBBM" ? plan.After.Wbbm : plan.After.Wbk;
            gate.Passed.ShouldBeTrue();
        }
        plan.Changes.ShouldAllBe(c => !locked.Contains(c.Code));
        plan.Changes.Sum(c => c.Steps).ShouldBe(plan.Steps);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void The_plan_meets_every_gate_that_answers_can_reach(int seed)
    {
        var random = new Random(seed + 1000);
        var (template, answers, locked) = RandomCase(random);
        var plan = PredicatePlanner.Plan(template, answers, "WBK", locked);
        // Every gate still failing after the plan is listed as unreachable, with a reason.
        plan.Unreachable.Select(u => u.Code).ShouldBe(plan.After.Wbk.Checks.Where(c => !c.Passed).Select(c => c.Code));
        plan.Unreachable.ShouldAllBe(u => u.Reason.Length > 0);
    }

    private static (LkeTemplate, AnswerSet, IReadOnlySet<string>) RandomCase(Random random)
    {
        var questions = new Dictionary<string, QuestionAnswer>(StringComparer.Ordinal);
        var locked = new HashSet<string>(StringComparer.Ordinal);
        var movable = 0;
        LkeHalfDef Half(string code)
        {
            var areas = new List<LkeAreaDef>();
            foreach (var letter in new[] { "A", "B" }.Take(random.Next(1, 3)))
            {
                var indicators = new List<LkeIndicatorDef>();
                for (var i = 1; i <= random.Next(1, 3); i++)
                {
                    var list = new List<LkeQuestionDef>();
                    for (var q = 0; q < random.Next(1, 4); q++)
                    {
                        var qc = $"{code}{letter}{i}{(char)('A' + q)}";
                        if (movable >= 6 || random.Next(6) == 0)
                        {
                            list.Add(MiniTemplate.Ratio(qc));
                            questions[qc] = QuestionAnswer.FromInputs(new Dictionary<string, long> { ["whole"] = 4, ["part"] = random.Next(0, 5) });
                            continue;
                        }
                        movable++;
                        var options = random.Next(4) switch { 0 => MiniTemplate.YaTidak, 1 => MiniTemplate.Abc, 2 => Abcd, _ => Abcde };
                        list.Add(new LkeQuestionDef(qc, qc, AnswerType.Abc, options, null, []));
                        if (random.Next(3) > 0)
                        {
                            questions[qc] = QuestionAnswer.Option(options[random.Next(options.Count)].Key);
                        }
                        if (random.Next(7) == 0)
                        {
                            locked.Add(qc);
                        }
                    }
                    indicators.Add(MiniTemplate.Indicator($"{code}{letter}{i}", random.Next(1, 5) * 0.5m, [.. list]));
                }
                areas.Add(new LkeAreaDef(code + letter, "Area " + letter, indicators.Sum(x => x.Weight), indicators));
            }
            return new LkeHalfDef(code, code, areas.Sum(a => a.Weight), areas);
        }
        var halves = new List<LkeHalfDef> { Half("PP"), Half("PR") };
        var pengungkit = halves.Sum(h => h.Weight);
        var totalMin = 40m + pengungkit * random.Next(0, 101) / 100m;
        var fraction = random.Next(30, 91) / 100m;
        var mode = random.Next(2) == 0 ? AreaCheckMode.PerHalf : AreaCheckMode.Combined;
        var gates = new GateSettings(
            new PredicateGate(totalMin, fraction, 15.75m, 2.5m, 18.25m, 14m, false),
            new PredicateGate(totalMin + 1m, Math.Min(1m, fraction + 0.1m), 15.75m, 3.75m, 19.5m, 15.75m, false),
            mode);
        var template = MiniTemplate.Create(halves, gates);
        var hasil = new Dictionary<string, HasilAnswer>
        {
            ["HBA"] = HasilAnswer.FromIndex(4m),
            ["HBB"] = HasilAnswer.Grade("A"),
            ["HPA"] = HasilAnswer.FromIndex(4m),
        };
        return (template, new AnswerSet(questions, hasil), locked);
    }

    /// <summary>The fewest steps over every combination of option positions at or above the current ones; null if none passes.</summary>
    private static int? BruteForce(LkeTemplate template, AnswerSet answers, string target, IReadOnlySet<string> locked)
    {
        var movable = template.Questions.Where(q => q.Type != AnswerType.Percentage && !locked.Contains(q.Code)).ToList();
        var ladders = movable.Select(q =>
        {
            var rungs = q.Options.OrderBy(o => o.Value).ToList();
            var start = answers.Questions.TryGetValue(q.Code, out var a) ? rungs.FindIndex(r => r.Key == a.OptionKey) : 0;
            return (Question: q, Rungs: rungs, Start: Math.Max(0, start));
        }).ToList();
        int? best = null;
        var positions = ladders.Select(l => l.Start).ToArray();
        while (true)
        {
            var steps = positions.Select((p, i) => p - ladders[i].Start).Sum();
            if (best is null || steps < best)
            {
                var set = new Dictionary<string, QuestionAnswer>(answers.Questions, StringComparer.Ordinal);
                for (var i = 0; i < ladders.Count; i++)
                {
                    if (positions[i] != ladders[i].Start || set.ContainsKey(ladders[i].Question.Code))
                    {
                        set[ladders[i].Question.Code] = QuestionAnswer.Option(ladders[i].Rungs[positions[i]].Key);
                    }
                }
                var score = LkeScorer.Score(template, answers with { Questions = set });
                if ((target == "WBBM" ? score.Wbbm : score.Wbk).Passed)
                {
                    best = steps;
                }
            }
            var k = 0;
            while (k < positions.Length && ++positions[k] == ladders[k].Rungs.Count)
            {
                positions[k] = ladders[k].Start;
                k++;
            }
            if (k == positions.Length)
            {
                return best;
            }
        }
    }
}
