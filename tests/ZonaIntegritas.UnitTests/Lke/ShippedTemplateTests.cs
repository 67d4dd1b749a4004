using ZonaIntegritas.Web.Domain.Lke;
using ZonaIntegritas.Web.Infrastructure.Lke;

namespace ZonaIntegritas.UnitTests.Lke;

public class ShippedTemplateTests
{
    private static readonly LkeTemplate Template = LkeTemplateFile.LoadEmbedded();

    [Fact]
    public void Shipped_template_has_the_full_tree()
    {
        Template.Questions.Count().ShouldBe(110);
        Template.Halves.Select(h => h.Code).ShouldBe(["PP", "PR"]);
        Template.Halves.SelectMany(h => h.Areas).SelectMany(a => a.Indicators).Count().ShouldBe(42);
        Template.Hasil.Select(h => h.Code).ShouldBe(["HBA", "HBB", "HPA"]);
    }

    [Fact]
    public void Weights_add_up_to_one_hundred()
    {
        foreach (var half in Template.Halves)
        {
            half.Areas.Sum(a => a.Weight).ShouldBe(half.Weight);
            foreach (var area in half.Areas)
            {
                area.Indicators.Sum(i => i.Weight).ShouldBe(area.Weight, area.Code);
            }
        }
        (Template.Halves.Sum(h => h.Weight) + Template.Hasil.Sum(h => h.Weight)).ShouldBe(100m);
    }

    [Fact]
    public void Perfect_answers_score_one_hundred_and_pass_both_gates()
    {
        var questions = Template.Questions.ToDictionary(q => q.Code, q => q.Type == AnswerType.Percentage
            ? QuestionAnswer.FromInputs(q.Percentage!.Inputs.ToDictionary(i => i.Key, i => i.Key == q.Percentage.Denominator ? 10L : (q.Percentage.Formula == PercentageFormula.Decrease ? 0L : 10L)))
            : QuestionAnswer.Option(q.Options.MaxBy(o => o.Value)!.Key));
        var hasil = new Dictionary<string, HasilAnswer> { ["HBA"] = HasilAnswer.FromIndex(4m), ["HBB"] = HasilAnswer.Grade("A"), ["HPA"] = HasilAnswer.FromIndex(4m) };
        var score = LkeScorer.Score(Template, new AnswerSet(questions, hasil, UnitHoldsWbk: true));
        score.Total.ShouldBe(100m);
        score.Unanswered.ShouldBeEmpty();
        score.Wbk.Passed.ShouldBeTrue();
        score.Wbbm.Passed.ShouldBeTrue();
    }
}
