using ZonaIntegritas.Web.Domain.Lke;
using ZonaIntegritas.Web.Infrastructure.Lke;

namespace ZonaIntegritas.UnitTests.Lke;

/// <summary>Builds answer sets for scorer tests: start from nothing or from perfect answers, then change single answers.</summary>
internal sealed class LkeAnswers
{
    public static readonly LkeTemplate Shipped = LkeTemplateFile.LoadEmbedded();

    private readonly Dictionary<string, QuestionAnswer> _questions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HasilAnswer> _hasil = new(StringComparer.Ordinal);
    private bool _holdsWbk;

    public static LkeAnswers Empty() => new();

    /// <summary>The best answer to every question (percentages at 10 of 10, decreases at 0 after 10) and a perfect Hasil.</summary>
    public static LkeAnswers Perfect(LkeTemplate? template = null)
    {
        var answers = new LkeAnswers();
        foreach (var question in (template ?? Shipped).Questions)
        {
            if (question.Type == AnswerType.Percentage)
            {
                var rule = question.Percentage!;
                answers._questions[question.Code] = QuestionAnswer.FromInputs(rule.Inputs.ToDictionary(
                    i => i.Key,
                    i => i.Key == rule.Denominator ? 10L : rule.Formula == PercentageFormula.Decrease ? 0L : 10L));
            }
            else
            {
                answers._questions[question.Code] = QuestionAnswer.Option(question.Options.MaxBy(o => o.Value)!.Key);
            }
        }
        foreach (var item in (template ?? Shipped).Hasil)
        {
            answers._hasil[item.Code] = item.Kind == HasilKind.Grade ? HasilAnswer.Grade("A") : HasilAnswer.FromIndex(4m);
        }
        return answers;
    }

    public LkeAnswers Option(string code, string key)
    {
        _questions[code] = QuestionAnswer.Option(key);
        return this;
    }

    public LkeAnswers Inputs(string code, params (string Key, long Value)[] inputs)
    {
        _questions[code] = QuestionAnswer.FromInputs(inputs.ToDictionary(i => i.Key, i => i.Value));
        return this;
    }

    public LkeAnswers Without(string code)
    {
        _questions.Remove(code);
        _hasil.Remove(code);
        return this;
    }

    public LkeAnswers Index(string code, decimal index, decimal scaleMin = 1m, decimal scaleMax = 4m)
    {
        _hasil[code] = HasilAnswer.FromIndex(index, scaleMin, scaleMax);
        return this;
    }

    public LkeAnswers Grade(string code, string key)
    {
        _hasil[code] = HasilAnswer.Grade(key);
        return this;
    }

    public LkeAnswers HoldsWbk(bool holds = true)
    {
        _holdsWbk = holds;
        return this;
    }

    public AnswerSet Build() => new(
        new Dictionary<string, QuestionAnswer>(_questions, StringComparer.Ordinal),
        new Dictionary<string, HasilAnswer>(_hasil, StringComparer.Ordinal),
        _holdsWbk);

    public ScoreResult Score(LkeTemplate? template = null) => LkeScorer.Score(template ?? Shipped, Build());
}
