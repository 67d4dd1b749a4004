using ZonaIntegritas.Web.Domain.Common;
using ZonaIntegritas.Web.Domain.Lke;
using ZonaIntegritas.Web.Features.Assessments;

namespace ZonaIntegritas.UnitTests.Lke;

/// <summary>
/// Issue 18 item 7: a part of a whole (PRA1B integrated changes of the changes made, LHKPN reported of those obliged…)
/// cannot exceed the whole; a ratio that may exceed 1 (PRA1A changes per agent) is still clamped, not refused.
/// </summary>
public class PartOfWholeTests
{
    private static IReadOnlyList<AnswerError> Validate(string code, params (string Key, long Value)[] inputs) =>
        LkeScorer.Validate(LkeAnswers.Shipped, new AnswerSet(
            new Dictionary<string, QuestionAnswer> { [code] = QuestionAnswer.FromInputs(inputs.ToDictionary(i => i.Key, i => i.Value)) },
            new Dictionary<string, HasilAnswer>()));

    [Fact]
    public void PRA1B_with_more_integrated_changes_than_changes_is_refused_with_a_message()
    {
        var error = Validate("PRA1B", ("perubahan", 1), ("terintegrasi", 50)).ShouldHaveSingleItem();
        error.Code.ShouldBe("PRA1B");
        error.Message.ShouldContain("tidak boleh lebih dari");
        error.Message.ShouldContain("50 > 1");
        Validate("PRA1B", ("perubahan", 5), ("terintegrasi", 5)).ShouldBeEmpty();
    }

    [Fact]
    public void PRA1A_may_have_more_changes_than_agents_and_is_clamped()
    {
        Validate("PRA1A", ("agen", 4), ("perubahan", 9)).ShouldBeEmpty();
        LkeAnswers.Shipped.FindQuestion("PRA1A")!.Percentage!.NumeratorWithinDenominator.ShouldBeFalse();
    }

    [Fact]
    public void The_worksheet_refuses_the_entry_before_saving()
    {
        var question = LkeAnswers.Shipped.FindQuestion("PRA1B")!;
        var error = Should.Throw<DomainException>(() => AnswerParsing.Parse(question, null,
            new Dictionary<string, string?> { ["perubahan"] = "1", ["terintegrasi"] = "50" }));
        error.Message.ShouldContain("tidak boleh lebih dari");
        AnswerParsing.Parse(question, null, new Dictionary<string, string?> { ["perubahan"] = "3", ["terintegrasi"] = "2" }).Inputs!["terintegrasi"].ShouldBe(2);
    }

    [Fact]
    public void Six_shipped_percentage_questions_are_parts_of_a_whole()
    {
        var marked = LkeAnswers.Shipped.Questions.Where(q => q.Percentage?.NumeratorWithinDenominator == true).Select(q => q.Code).ToList();
        marked.Count.ShouldBe(6);
        marked.ShouldContain("PRA1B");
        marked.ShouldNotContain("PRA1A");
        marked.ShouldNotContain("PRC3A");
    }
}
