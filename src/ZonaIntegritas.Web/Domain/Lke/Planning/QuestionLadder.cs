namespace ZonaIntegritas.Web.Domain.Lke.Planning;

/// <summary>
/// The options of one option question as a ladder of distinct values, lowest first, and where the answer stands on
/// it. An unanswered question (or one with an unknown option) stands on the lowest rung; a value given directly on the
/// highest rung not above it. One step = one rung up.
/// </summary>
internal sealed class QuestionLadder
{
    private readonly IReadOnlyList<LkeOption> _rungs;

    private QuestionLadder(LkeQuestionDef question, IReadOnlyList<LkeOption> rungs, int position, string? from)
    {
        Question = question;
        _rungs = rungs;
        Position = position;
        From = from;
    }

    public LkeQuestionDef Question { get; }

    /// <summary>The current rung (0 = lowest).</summary>
    public int Position { get; }

    /// <summary>The answered option key, or null when unanswered.</summary>
    public string? From { get; }

    /// <summary>How many steps up are left before the top option.</summary>
    public int StepsLeft => _rungs.Count - 1 - Position;

    public decimal ValueAt(int steps) => _rungs[Position + steps].Value;

    public string KeyAt(int steps) => _rungs[Position + steps].Key;

    public static QuestionLadder For(LkeQuestionDef question, QuestionAnswer? answer)
    {
        // One rung per distinct value: the first option listed with that value names it.
        var rungs = question.Options
            .GroupBy(o => o.Value)
            .Select(g => g.First())
            .OrderBy(o => o.Value)
            .ToList();
        // A value given directly (an external team's) stands on the highest rung not above it.
        var chosen = answer?.OptionKey is { } key ? question.Options.FirstOrDefault(o => o.Key == key)
            : answer?.GivenValue is { } given ? rungs.LastOrDefault(r => r.Value <= given) : null;
        var position = chosen is null ? 0 : rungs.FindIndex(r => r.Value == chosen.Value);
        return new QuestionLadder(question, rungs, position, chosen?.Key);
    }
}
