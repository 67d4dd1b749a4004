namespace ZonaIntegritas.Web.Domain.Lke;

/// <summary>
/// The answer to one question: an option key (Ya/Tidak/A–E) or, for percentage questions, whole-number inputs.
/// </summary>
public sealed record QuestionAnswer(string? OptionKey, IReadOnlyDictionary<string, long>? Inputs = null, decimal? GivenValue = null)
{
    /// <summary>A value in 0..1 given directly (an external team's value for a question), not an option or inputs.</summary>
    public static QuestionAnswer Given(decimal value) => new(null, null, Math.Clamp(value, 0m, 1m));

    public static QuestionAnswer Option(string key) => new(key);

    public static QuestionAnswer FromInputs(IReadOnlyDictionary<string, long> inputs) => new(null, inputs);
}

/// <summary>
/// A Hasil entry. Survey items take an index on a scale (default 1–4, stored raw with its scale and mapped
/// linearly onto 1–4); the capaian kinerja item takes an A–E option. <paramref name="Provisional"/> marks a
/// self-survey or estimate made before the official survey.
/// </summary>
public sealed record HasilAnswer(decimal? Index, decimal ScaleMin = 1m, decimal ScaleMax = 4m, string? OptionKey = null, bool Provisional = false)
{
    public static HasilAnswer FromIndex(decimal index, decimal scaleMin = 1m, decimal scaleMax = 4m) => new(index, scaleMin, scaleMax);

    public static HasilAnswer Grade(string key) => new(null, OptionKey: key);
}

/// <summary>Everything the scorer needs: question answers by code, Hasil answers by code, and the unit's WBK fact.</summary>
public sealed record AnswerSet(
    IReadOnlyDictionary<string, QuestionAnswer> Questions,
    IReadOnlyDictionary<string, HasilAnswer> Hasil,
    bool UnitHoldsWbk = false)
{
    public static AnswerSet Empty { get; } = new(new Dictionary<string, QuestionAnswer>(), new Dictionary<string, HasilAnswer>());
}

/// <summary>A problem with an answer, keyed by question or Hasil code; the message is in Bahasa Indonesia.</summary>
public sealed record AnswerError(string Code, string Message);
