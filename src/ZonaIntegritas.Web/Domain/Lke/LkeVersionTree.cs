using System.Text.Json;
using ZonaIntegritas.Web.Domain.Common;

namespace ZonaIntegritas.Web.Domain.Lke;

/// <summary>A half (Pemenuhan PP, Reform PR) of an <see cref="LkeVersion"/>.</summary>
public class LkeHalf
{
    public int Id { get; private set; }
    public int LkeVersionId { get; private set; }
    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public decimal Weight { get; private set; }
    public int Order { get; private set; }
    public List<LkeArea> Areas { get; private set; } = [];

    internal static LkeHalf From(LkeHalfDef def, int order) => new()
    {
        Code = def.Code,
        Name = def.Name,
        Weight = def.Weight,
        Order = order,
        Areas = def.Areas.Select((a, i) => LkeArea.From(a, i + 1)).ToList(),
    };

    internal LkeHalfDef ToDef() => new(Code, Name, Weight, Areas.OrderBy(a => a.Order).Select(a => a.ToDef()).ToList());
}

public class LkeArea
{
    public int Id { get; private set; }
    public int LkeHalfId { get; private set; }
    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public decimal Weight { get; private set; }
    public int Order { get; private set; }
    public List<LkeIndicator> Indicators { get; private set; } = [];

    internal static LkeArea From(LkeAreaDef def, int order) => new()
    {
        Code = def.Code,
        Name = def.Name,
        Weight = def.Weight,
        Order = order,
        Indicators = def.Indicators.Select((x, i) => LkeIndicator.From(x, i + 1)).ToList(),
    };

    internal LkeAreaDef ToDef() => new(Code, Name, Weight, Indicators.OrderBy(i => i.Order).Select(i => i.ToDef()).ToList());
}

public class LkeIndicator
{
    public int Id { get; private set; }
    public int LkeAreaId { get; private set; }
    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public decimal Weight { get; private set; }
    public int Order { get; private set; }
    public List<LkeQuestion> Questions { get; private set; } = [];

    internal static LkeIndicator From(LkeIndicatorDef def, int order) => new()
    {
        Code = def.Code,
        Name = def.Name,
        Weight = def.Weight,
        Order = order,
        Questions = def.Questions.Select((q, i) => LkeQuestion.From(q, i + 1)).ToList(),
    };

    internal LkeIndicatorDef ToDef() => new(Code, Name, Weight, Questions.OrderBy(q => q.Order).Select(q => q.ToDef()).ToList());
}

/// <summary>A question: wording, answer type, options (or a percentage rule with its inputs) and typical evidence.</summary>
public class LkeQuestion
{
    public const int TextMaxLength = 4000;
    public const int EvidenceMaxLength = 500;

    public int Id { get; private set; }
    public int LkeIndicatorId { get; private set; }
    public string Code { get; private set; } = "";
    public int Order { get; private set; }
    public string Text { get; private set; } = "";
    public AnswerType AnswerType { get; private set; }

    /// <summary>Typical evidence documents as a JSON array of strings.</summary>
    public string TypicalEvidenceJson { get; private set; } = "[]";

    public PercentageFormula? PercentageFormula { get; private set; }
    public string? PercentageNumerator { get; private set; }
    public string? PercentageDenominator { get; private set; }
    public ZeroDenominatorRule? PercentageWhenDenominatorZero { get; private set; }

    /// <summary>The numerator is a part of the denominator (see <see cref="PercentageRule.NumeratorWithinDenominator"/>).</summary>
    public bool PercentageNumeratorWithinDenominator { get; private set; }

    public List<LkeQuestionOption> Options { get; private set; } = [];
    public List<LkePercentageInput> PercentageInputs { get; private set; } = [];

    public IReadOnlyList<string> TypicalEvidence => JsonSerializer.Deserialize<List<string>>(TypicalEvidenceJson) ?? [];

    internal static LkeQuestion From(LkeQuestionDef def, int order)
    {
        var question = new LkeQuestion
        {
            Code = def.Code,
            Order = order,
            Text = def.Text,
            AnswerType = def.Type,
            TypicalEvidenceJson = JsonSerializer.Serialize(def.TypicalEvidence),
            Options = def.Options.Select((o, i) => new LkeQuestionOption { Key = o.Key, Value = o.Value, Criteria = o.Criteria, Order = i + 1 }).ToList(),
        };
        if (def.Percentage is { } rule)
        {
            question.PercentageFormula = rule.Formula;
            question.PercentageNumerator = rule.Numerator;
            question.PercentageDenominator = rule.Denominator;
            question.PercentageWhenDenominatorZero = rule.WhenDenominatorZero;
            question.PercentageNumeratorWithinDenominator = rule.NumeratorWithinDenominator;
            question.PercentageInputs = rule.Inputs.Select((x, i) => new LkePercentageInput { Key = x.Key, Label = x.Label, Order = i + 1 }).ToList();
        }
        return question;
    }

    internal void Edit(string text, IEnumerable<string> typicalEvidence)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0 || trimmed.Length > TextMaxLength)
        {
            throw new DomainException($"Teks pertanyaan {Code} wajib diisi, paling banyak {TextMaxLength} karakter.");
        }
        var evidence = typicalEvidence.Select(e => e.Trim()).Where(e => e.Length > 0).ToList();
        if (evidence.Any(e => e.Length > EvidenceMaxLength))
        {
            throw new DomainException($"Setiap contoh eviden paling banyak {EvidenceMaxLength} karakter.");
        }
        Text = trimmed;
        TypicalEvidenceJson = JsonSerializer.Serialize(evidence);
    }

    internal LkeQuestionDef ToDef()
    {
        var rule = PercentageFormula is { } formula
            ? new PercentageRule(
                PercentageInputs.OrderBy(i => i.Order).Select(i => new PercentageInput(i.Key, i.Label)).ToList(),
                formula, PercentageNumerator!, PercentageDenominator!, PercentageWhenDenominatorZero ?? ZeroDenominatorRule.Zero,
                PercentageNumeratorWithinDenominator)
            : null;
        return new LkeQuestionDef(Code, Text, AnswerType, Options.OrderBy(o => o.Order).Select(o => o.ToDef()).ToList(), rule, TypicalEvidence);
    }
}

public class LkeQuestionOption
{
    public int Id { get; private set; }
    public int LkeQuestionId { get; private set; }
    public string Key { get; internal set; } = "";
    public decimal Value { get; internal set; }
    public string Criteria { get; internal set; } = "";
    public int Order { get; internal set; }

    internal LkeOption ToDef() => new(Key, Value, Criteria);
}

public class LkePercentageInput
{
    public int Id { get; private set; }
    public int LkeQuestionId { get; private set; }
    public string Key { get; internal set; } = "";
    public string Label { get; internal set; } = "";
    public int Order { get; internal set; }
}

/// <summary>A Hasil item (IPAK HBA, capaian kinerja HBB, IPKP HPA).</summary>
public class LkeHasilItem
{
    public int Id { get; private set; }
    public int LkeVersionId { get; private set; }
    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public decimal Weight { get; private set; }
    public HasilKind Kind { get; private set; }
    public int Order { get; private set; }
    public List<LkeHasilOption> Options { get; private set; } = [];

    internal static LkeHasilItem From(HasilItemDef def, int order) => new()
    {
        Code = def.Code,
        Name = def.Name,
        Weight = def.Weight,
        Kind = def.Kind,
        Order = order,
        Options = def.Options.Select((o, i) => new LkeHasilOption { Key = o.Key, Value = o.Value, Criteria = o.Criteria, Order = i + 1 }).ToList(),
    };

    internal HasilItemDef ToDef() => new(Code, Name, Weight, Kind, Options.OrderBy(o => o.Order).Select(o => new LkeOption(o.Key, o.Value, o.Criteria)).ToList());
}

public class LkeHasilOption
{
    public int Id { get; private set; }
    public int LkeHasilItemId { get; private set; }
    public string Key { get; internal set; } = "";
    public decimal Value { get; internal set; }
    public string Criteria { get; internal set; } = "";
    public int Order { get; internal set; }
}
