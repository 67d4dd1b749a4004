namespace ZonaIntegritas.Web.Domain.Lke.Planning;

/// <summary>
/// The best value reachable with exactly s steps, s = 0..<see cref="MaxSteps"/>, and how those steps are split
/// among the parts it was built from. Built by max-plus combination: best[s] = max over t of left[s − t] + right[t].
/// Every step raises a value, so best[s] never falls as s grows ("exactly s" = "at most s").
/// </summary>
internal sealed class StepTable
{
    private readonly decimal[] _best;
    private readonly int[][] _split;

    private StepTable(decimal[] best, int[][] split)
    {
        _best = best;
        _split = split;
    }

    public int MaxSteps => _best.Length - 1;

    /// <summary>The number of parts combined into this table.</summary>
    public int Parts => _split.Length == 0 ? 0 : _split[0].Length;

    public decimal Best(int steps) => _best[Math.Min(steps, MaxSteps)];

    /// <summary>Steps given to each part (in the order they were added) for the best value at <paramref name="steps"/>.</summary>
    public IReadOnlyList<int> Split(int steps) => _split[Math.Min(steps, MaxSteps)];

    /// <summary>The smallest step count whose best value reaches <paramref name="minimum"/>, or null when none does.</summary>
    public int? MinStepsFor(decimal minimum)
    {
        for (var s = 0; s <= MaxSteps; s++)
        {
            if (_best[s] >= minimum)
            {
                return s;
            }
        }
        return null;
    }

    /// <summary>A table of no parts: value <paramref name="start"/> at 0 steps.</summary>
    public static StepTable Start(decimal start) => new([start], [[]]);

    /// <summary>
    /// Adds one part whose value with t steps is <paramref name="partValue"/>(t), t = 0..<paramref name="partMaxSteps"/>;
    /// <paramref name="partMinSteps"/> forces that part to take at least that many steps.
    /// </summary>
    public StepTable Add(int partMaxSteps, Func<int, decimal> partValue, int partMinSteps = 0)
    {
        var max = MaxSteps + partMaxSteps;
        var best = new decimal[max + 1];
        var split = new int[max + 1][];
        var found = new bool[max + 1];
        var part = Enumerable.Range(0, partMaxSteps + 1).Select(partValue).ToArray();
        for (var s = 0; s <= MaxSteps; s++)
        {
            if (!CanTake(s))
            {
                continue;
            }
            for (var t = partMinSteps; t <= partMaxSteps; t++)
            {
                var value = _best[s] + part[t];
                if (!found[s + t] || value > best[s + t])
                {
                    found[s + t] = true;
                    best[s + t] = value;
                    split[s + t] = [.. _split[s], t];
                }
            }
        }
        // With a forced minimum the smallest totals cannot be reached: they take the first reachable value and
        // are never chosen (MinStepsFor and the planner only look at reachable totals).
        var first = Array.IndexOf(found, true);
        for (var s = 0; s < first; s++)
        {
            best[s] = decimal.MinValue;
            split[s] = split[first];
        }
        return new StepTable(best, split);
    }

    /// <summary>Whether exactly <paramref name="steps"/> can be taken (false below a forced minimum).</summary>
    public bool CanTake(int steps) => steps <= MaxSteps && _best[steps] != decimal.MinValue;
}
