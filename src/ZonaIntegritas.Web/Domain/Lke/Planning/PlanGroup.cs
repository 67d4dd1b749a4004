namespace ZonaIntegritas.Web.Domain.Lke.Planning;

/// <summary>
/// One area gate's part of the plan: per indicator a table of the best question-value sum for each step count
/// (over its movable questions), and for the area the best value (Σ weight × sum ÷ count) for each step count.
/// </summary>
internal sealed class PlanGroup
{
    private readonly List<(LkeIndicatorDef Indicator, List<QuestionLadder> Ladders, StepTable Sums)> _indicators;

    private PlanGroup(string gateCode, decimal minimum, List<(LkeIndicatorDef, List<QuestionLadder>, StepTable)> indicators, StepTable table)
    {
        GateCode = gateCode;
        Minimum = minimum;
        _indicators = indicators;
        Table = table;
    }

    public string GateCode { get; }

    public decimal Minimum { get; }

    /// <summary>The best area value for each step count.</summary>
    public StepTable Table { get; }

    public static PlanGroup Build((string Code, decimal Minimum, IReadOnlyList<LkeIndicatorDef> Indicators) group,
        ScoreResult score, AnswerSet answers, IReadOnlySet<string> locked)
    {
        var indicators = new List<(LkeIndicatorDef, List<QuestionLadder>, StepTable)>();
        var table = StepTable.Start(0m);
        foreach (var indicator in group.Indicators)
        {
            var ladders = indicator.Questions
                .Where(q => q.Type != AnswerType.Percentage && q.Options.Count > 1 && !locked.Contains(q.Code))
                .Select(q => QuestionLadder.For(q, answers.Questions.GetValueOrDefault(q.Code)))
                .Where(l => l.StepsLeft > 0)
                .ToList();
            var moving = ladders.Select(l => l.Question.Code).ToHashSet(StringComparer.Ordinal);
            var fixedSum = indicator.Questions.Where(q => !moving.Contains(q.Code)).Sum(q => score.Questions.GetValueOrDefault(q.Code));
            var sums = StepTable.Start(fixedSum);
            foreach (var ladder in ladders)
            {
                sums = sums.Add(ladder.StepsLeft, ladder.ValueAt);
            }
            var count = indicator.Questions.Count;
            var weight = indicator.Weight;
            table = table.Add(sums.MaxSteps, t => count == 0 ? 0m : weight * sums.Best(t) / count);
            indicators.Add((indicator, ladders, sums));
        }
        return new PlanGroup(group.Code, group.Minimum, indicators, table);
    }

    /// <summary>The questions moved when this area takes <paramref name="steps"/> steps, with each one's gain in the total.</summary>
    public IEnumerable<(QuestionLadder Ladder, int Steps, decimal Gain)> Changes(int steps)
    {
        var perIndicator = Table.Split(steps);
        for (var i = 0; i < _indicators.Count; i++)
        {
            var (indicator, ladders, sums) = _indicators[i];
            var perQuestion = sums.Split(perIndicator[i]);
            for (var q = 0; q < ladders.Count; q++)
            {
                if (perQuestion[q] > 0)
                {
                    var ladder = ladders[q];
                    var gain = indicator.Weight * (ladder.ValueAt(perQuestion[q]) - ladder.ValueAt(0)) / indicator.Questions.Count;
                    yield return (ladder, perQuestion[q], gain);
                }
            }
        }
    }
}
