using ZonaIntegritas.Web.Domain.Lke;

namespace ZonaIntegritas.UnitTests.Lke;

public class OptionValueTests
{
    private static readonly LkeTemplate Template = LkeAnswers.Shipped;

    public static TheoryData<AnswerType, string, decimal> OptionValues => new()
    {
        { AnswerType.YaTidak, "Ya", 1m },
        { AnswerType.YaTidak, "Tidak", 0m },
        { AnswerType.Abc, "A", 1m },
        { AnswerType.Abc, "B", 0.5m },
        { AnswerType.Abc, "C", 0m },
        { AnswerType.Abcd, "A", 1m },
        { AnswerType.Abcd, "B", 0.67m },
        { AnswerType.Abcd, "C", 0.33m },
        { AnswerType.Abcd, "D", 0m },
        { AnswerType.Abcde, "A", 1m },
        { AnswerType.Abcde, "B", 0.75m },
        { AnswerType.Abcde, "C", 0.5m },
        { AnswerType.Abcde, "D", 0.25m },
        { AnswerType.Abcde, "E", 0m },
    };

    [Theory]
    [MemberData(nameof(OptionValues))]
    public void Every_question_of_a_type_values_each_option_as_the_regulation_says(AnswerType type, string key, decimal expected)
    {
        var questions = Template.Questions.Where(q => q.Type == type).ToList();
        questions.ShouldNotBeEmpty();
        foreach (var question in questions)
        {
            LkeScorer.QuestionValue(question, QuestionAnswer.Option(key)).ShouldBe(expected, question.Code);
        }
    }

    [Theory]
    [InlineData(AnswerType.YaTidak, "Ya,Tidak")]
    [InlineData(AnswerType.Abc, "A,B,C")]
    [InlineData(AnswerType.Abcd, "A,B,C,D")]
    [InlineData(AnswerType.Abcde, "A,B,C,D,E")]
    public void Every_question_offers_exactly_the_keys_of_its_answer_type(AnswerType type, string keys)
    {
        foreach (var question in Template.Questions.Where(q => q.Type == type))
        {
            string.Join(",", question.Options.Select(o => o.Key)).ShouldBe(keys, question.Code);
            question.Percentage.ShouldBeNull();
        }
    }

    [Fact]
    public void The_template_uses_every_answer_type()
    {
        Template.Questions.Select(q => q.Type).Distinct().Order().ShouldBe(Enum.GetValues<AnswerType>());
        Template.Questions.Count(q => q.Type == AnswerType.Percentage).ShouldBe(8);
    }

    [Theory]
    [InlineData("PPA1A", "Ya", 1)]
    [InlineData("PPA1A", "Tidak", 0)]
    [InlineData("PPA1B", "B", 0.5)]
    [InlineData("PPA3A", "B", 0.67)]
    [InlineData("PPA3A", "C", 0.33)]
    [InlineData("PPB1B", "D", 0.25)]
    public void A_scored_answer_shows_its_option_value(string code, string key, decimal expected)
    {
        var score = LkeAnswers.Perfect().Option(code, key).Score();
        score.Questions[code].ShouldBe(expected);
    }

    [Theory]
    [InlineData("PPA1A", "A")]
    [InlineData("PPA1A", "ya")]
    [InlineData("PPA1B", "D")]
    [InlineData("PPA1B", null)]
    public void An_option_that_the_question_does_not_offer_gives_no_value(string code, string? key)
    {
        LkeScorer.QuestionValue(Template.FindQuestion(code)!, new QuestionAnswer(key)).ShouldBeNull();
    }

    [Fact]
    public void Inputs_given_to_an_option_question_give_no_value()
    {
        var answer = QuestionAnswer.FromInputs(new Dictionary<string, long> { ["agen"] = 1 });
        LkeScorer.QuestionValue(Template.FindQuestion("PPA1A")!, answer).ShouldBeNull();
    }
}
