using ZonaIntegritas.Web.Domain.Assessments;
using ZonaIntegritas.Web.Domain.Lke;
using ZonaIntegritas.Web.Features.Assessments;

namespace ZonaIntegritas.UnitTests.Lke;

/// <summary>A value given directly by an external team (TPP/TPI/TPN) for a question, and the External basis built from it.</summary>
public class GivenValueTests
{
    [Theory]
    [InlineData("PRA1A", 0.25)]
    [InlineData("PPA1A", 0.5)]
    [InlineData("PPA1A", 1.7)]
    public void A_given_value_is_the_questions_value_clamped_to_0_1(string code, decimal given) =>
        LkeScorer.QuestionValue(LkeAnswers.Shipped.FindQuestion(code)!, QuestionAnswer.Given(given)).ShouldBe(Math.Clamp(given, 0m, 1m));

    [Fact]
    public void A_given_value_out_of_range_is_a_validation_error()
    {
        var set = new AnswerSet(new Dictionary<string, QuestionAnswer> { ["PPA1A"] = new(null, null, 1.5m) }, new Dictionary<string, HasilAnswer>());
        LkeScorer.Validate(LkeAnswers.Shipped, set).ShouldContain(e => e.Code == "PPA1A" && e.Message.Contains("antara 0 dan 1"));
    }

    [Fact]
    public void The_external_set_overlays_the_external_values_on_the_assessors_view()
    {
        var unit = new UnitAnswer(1, "PPA1A");
        unit.Change("Ya", null, null, "u", "U", DateTime.UtcNow);
        var other = new UnitAnswer(1, "PPA1B");
        other.Change("Ya", null, null, "u", "U", DateTime.UtcNow);
        var assessor = new AssessorAnswer(1, "PPA1B", "p");
        assessor.Change("Tidak", null, null, false, null, "p", "P", DateTime.UtcNow);
        var tpp = new ExternalStageResult(1, ExternalStage.Tpp);
        tpp.Record(true, new DateOnly(2026, 9, 1), null, """{"PPA1A":"Ya"}""");
        var tpn = new ExternalStageResult(1, ExternalStage.Tpn);
        tpn.Record(false, new DateOnly(2026, 11, 1), null, """{"PPA1A":"Tidak","PRA1A":0.4}""");
        var noValues = new ExternalStageResult(1, ExternalStage.Tpi);
        noValues.Record(true, new DateOnly(2026, 10, 1), null, null);

        var latest = AssessmentAnswers.LatestExternalWithValues([tpp, noValues, tpn]);
        latest.ShouldBeSameAs(tpn);
        var set = new AssessmentAnswers([unit, other], [], [assessor]).SetFor(ScoreBasis.External, false, latest);

        set.Questions["PPA1A"].OptionKey.ShouldBe("Tidak");          // the external team's value
        set.Questions["PPA1B"].OptionKey.ShouldBe("Tidak");          // the assessor's, where the external team gave none
        set.Questions["PRA1A"].GivenValue.ShouldBe(0.4m);
        AssessmentAnswers.LatestExternalWithValues([noValues]).ShouldBeNull();
        new AssessmentAnswers([unit], [], []).SetFor(ScoreBasis.External, false, null).Questions["PPA1A"].OptionKey.ShouldBe("Ya");
    }

    [Theory]
    [InlineData("penilai", ScoreBasis.Assessor)]
    [InlineData("eksternal", ScoreBasis.External)]
    [InlineData("mandiri", ScoreBasis.Unit)]
    [InlineData("lain", ScoreBasis.Unit)]
    [InlineData(null, ScoreBasis.Unit)]
    public void Basis_keys_round_trip(string? key, ScoreBasis basis)
    {
        ScoreBasisText.Parse(key).ShouldBe(basis);
        ScoreBasisText.Parse(basis.Key()).ShouldBe(basis);
    }
}
