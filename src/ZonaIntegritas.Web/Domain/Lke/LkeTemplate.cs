namespace ZonaIntegritas.Web.Domain.Lke;

/// <summary>How a question is answered. Option values come from the template, never from code.</summary>
public enum AnswerType
{
    YaTidak = 1,
    Abc = 2,
    Abcd = 3,
    Abcde = 4,
    Percentage = 5,
}

/// <summary>One answer option: key (Ya, Tidak, A–E), its value in 0..1 and the criteria text shown to the user.</summary>
public sealed record LkeOption(string Key, decimal Value, string Criteria);

/// <summary>
/// A percentage question's rule: whole-number inputs, a ratio clamped to 0..1, and what a zero denominator means.
/// <paramref name="NumeratorWithinDenominator"/> marks a part of a whole (e.g. integrated changes of the changes
/// made): a numerator above the denominator is a wrong entry, not a value to clamp.
/// </summary>
public sealed record PercentageRule(
    IReadOnlyList<PercentageInput> Inputs,
    PercentageFormula Formula,
    string Numerator,
    string Denominator,
    ZeroDenominatorRule WhenDenominatorZero,
    bool NumeratorWithinDenominator = false)
{
    /// <summary>The Indonesian message when the inputs break the part-of-a-whole rule, or null.</summary>
    public string? PartOfWholeError(string questionCode, IReadOnlyDictionary<string, long> inputs)
    {
        if (!NumeratorWithinDenominator || !inputs.TryGetValue(Numerator, out var part) || !inputs.TryGetValue(Denominator, out var whole) || part <= whole)
        {
            return null;
        }
        string Label(string key) => Inputs.FirstOrDefault(i => i.Key == key)?.Label ?? key;
        return $"{Label(Numerator)} ({questionCode}) tidak boleh lebih dari {Label(Denominator).ToLowerInvariant()}: {part} > {whole}.";
    }
}

public sealed record PercentageInput(string Key, string Label);

public enum PercentageFormula
{
    /// <summary>numerator ÷ denominator.</summary>
    Ratio = 1,

    /// <summary>(denominator − numerator) ÷ denominator: a decrease, e.g. fewer violations than last year.</summary>
    Decrease = 2,
}

public enum ZeroDenominatorRule
{
    Zero = 1,
    One = 2,

    /// <summary>1 when the numerator is 0 too (nothing last year, nothing this year), else 0.</summary>
    OneIfNumeratorZero = 3,
}

public sealed record LkeQuestionDef(
    string Code,
    string Text,
    AnswerType Type,
    IReadOnlyList<LkeOption> Options,
    PercentageRule? Percentage,
    IReadOnlyList<string> TypicalEvidence);

public sealed record LkeIndicatorDef(string Code, string Name, decimal Weight, IReadOnlyList<LkeQuestionDef> Questions);

/// <summary>An area within a half: code = half + area letter (PPA, PRF).</summary>
public sealed record LkeAreaDef(string Code, string Name, decimal Weight, IReadOnlyList<LkeIndicatorDef> Indicators)
{
    /// <summary>The change-area letter A–F.</summary>
    public string AreaLetter => Code[2..3];
}

/// <summary>A half of the Pengungkit component: PP (Pemenuhan) or PR (Reform).</summary>
public sealed record LkeHalfDef(string Code, string Name, decimal Weight, IReadOnlyList<LkeAreaDef> Areas);

public enum HasilKind
{
    /// <summary>A survey index (IPAK, IPKP): value = weight × index ÷ 4 on the 1–4 scale.</summary>
    SurveyIndex = 1,

    /// <summary>An A–E grade (capaian kinerja): value = weight × option value.</summary>
    Grade = 2,
}

public sealed record HasilItemDef(string Code, string Name, decimal Weight, HasilKind Kind, IReadOnlyList<LkeOption> Options);

/// <summary>The minima for one predikat. Area minimum is a fraction of the area weight (0.60 = 60 %).</summary>
public sealed record PredicateGate(
    decimal TotalMin,
    decimal AreaMinFraction,
    decimal HbaMin,
    decimal HbbMin,
    decimal HbaPlusHbbMin,
    decimal HpaMin,
    bool RequiresWbk);

public enum AreaCheckMode
{
    /// <summary>Each area is checked in each half (Pemenuhan and Reform separately).</summary>
    PerHalf = 1,

    /// <summary>Each area is checked on Pemenuhan + Reform combined.</summary>
    Combined = 2,
}

public sealed record GateSettings(PredicateGate Wbk, PredicateGate Wbbm, AreaCheckMode AreaMode)
{
    public static GateSettings Default { get; } = new(
        new PredicateGate(75m, 0.60m, 15.75m, 2.5m, 18.25m, 14.0m, RequiresWbk: false),
        new PredicateGate(85m, 0.75m, 15.75m, 3.75m, 19.5m, 15.75m, RequiresWbk: true),
        AreaCheckMode.PerHalf);
}

/// <summary>
/// An LKE version as an immutable tree (loaded from the database or a template file): Pengungkit halves →
/// areas → indicators → questions, plus the Hasil items and the gate settings.
/// </summary>
public sealed class LkeTemplate
{
    private readonly Dictionary<string, LkeQuestionDef> _questions;
    private readonly Dictionary<string, (LkeHalfDef Half, LkeAreaDef Area, LkeIndicatorDef Indicator)> _parents;

    public LkeTemplate(string versionCode, string title, IReadOnlyList<LkeHalfDef> halves, IReadOnlyList<HasilItemDef> hasil, GateSettings gates)
    {
        VersionCode = versionCode;
        Title = title;
        Halves = halves;
        Hasil = hasil;
        Gates = gates;
        _questions = new Dictionary<string, LkeQuestionDef>(StringComparer.Ordinal);
        _parents = new Dictionary<string, (LkeHalfDef, LkeAreaDef, LkeIndicatorDef)>(StringComparer.Ordinal);
        foreach (var half in halves)
        {
            foreach (var area in half.Areas)
            {
                foreach (var indicator in area.Indicators)
                {
                    foreach (var question in indicator.Questions)
                    {
                        _questions.Add(question.Code, question);
                        _parents.Add(question.Code, (half, area, indicator));
                    }
                }
            }
        }
    }

    public string VersionCode { get; }
    public string Title { get; }
    public IReadOnlyList<LkeHalfDef> Halves { get; }
    public IReadOnlyList<HasilItemDef> Hasil { get; }
    public GateSettings Gates { get; }

    public IEnumerable<LkeQuestionDef> Questions => _questions.Values;

    public LkeQuestionDef? FindQuestion(string code) => _questions.GetValueOrDefault(code);

    public HasilItemDef? FindHasil(string code) => Hasil.FirstOrDefault(h => h.Code == code);

    /// <summary>The half, area and indicator a question belongs to.</summary>
    public (LkeHalfDef Half, LkeAreaDef Area, LkeIndicatorDef Indicator) ParentsOf(string questionCode) => _parents[questionCode];

    public LkeTemplate WithGates(GateSettings gates) => new(VersionCode, Title, Halves, Hasil, gates);
}
