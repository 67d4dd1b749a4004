using ZonaIntegritas.Web.Domain.Lke;
using ZonaIntegritas.Web.Infrastructure.Web;

namespace ZonaIntegritas.UnitTests.Lke;

/// <summary>Question → indicator (weight × mean) → area (Σ, per half) → half → Pengungkit; Hasil; total.</summary>
public class AggregationTests
{
    [Fact]
    public void Published_example_Rencana_Pembangunan_ZI_Ya_A_C_scores_two_thirds()
    {
        var score = LkeAnswers.Perfect().Option("PPA2A", "Ya").Option("PPA2B", "A").Option("PPA2C", "C").Score();
        LkeAnswers.Shipped.Halves[0].Areas[0].Indicators[1].Weight.ShouldBe(1.00m);
        score.Indicators["PPA2"].ShouldBe(2m / 3m);
        Fmt.Number(score.Indicators["PPA2"]).ShouldBe("0,67");
    }

    [Fact]
    public void Published_example_Tim_Kerja_Ya_A_scores_its_full_weight()
    {
        var score = LkeAnswers.Perfect().Option("PPA1A", "Ya").Option("PPA1B", "A").Score();
        score.Indicators["PPA1"].ShouldBe(0.5m);
    }

    [Fact]
    public void Indicator_is_weight_times_the_mean_of_its_question_values()
    {
        // PPA4 weight 1.5: Ya/Tidak, A–C, A–C, A–D → 1, 0.5, 0, 0.67 → mean 0.5425 → 0.81375
        var score = LkeAnswers.Perfect().Option("PPA4A", "Ya").Option("PPA4B", "B").Option("PPA4C", "C").Option("PPA4D", "B").Score();
        score.Indicators["PPA4"].ShouldBe(1.5m * (1m + 0.5m + 0m + 0.67m) / 4m);
        score.Indicators["PPA4"].ShouldBe(0.81375m);
    }

    [Fact]
    public void Unanswered_questions_count_zero_and_are_listed_in_tree_order()
    {
        var score = LkeAnswers.Perfect().Without("PPA2C").Without("PRA1B").Without("PPA1A").Score();
        score.Unanswered.ShouldBe(["PPA1A", "PPA2C", "PRA1B"]);
        score.Questions["PPA2C"].ShouldBe(0m);
        score.Indicators["PPA2"].ShouldBe(2m / 3m);
        score.Indicators["PRA1"].ShouldBe(1m); // weight 2 × mean(1, 0)
        score.Indicators["PPA1"].ShouldBe(0.25m);
    }

    [Fact]
    public void An_answer_with_an_invalid_option_counts_as_unanswered()
    {
        var score = LkeAnswers.Perfect().Option("PPA1B", "Z").Score();
        score.Unanswered.ShouldBe(["PPA1B"]);
        score.Questions["PPA1B"].ShouldBe(0m);
    }

    [Fact]
    public void Percentage_question_with_missing_inputs_counts_as_unanswered()
    {
        var score = LkeAnswers.Perfect().Inputs("PRD1A", ("sasaran", 3)).Score();
        score.Unanswered.ShouldBe(["PRD1A"]);
        score.Indicators["PRD1"].ShouldBe(0m);
    }

    [Fact]
    public void An_empty_answer_set_scores_zero_and_lists_every_question()
    {
        var score = LkeAnswers.Empty().Score();
        score.Total.ShouldBe(0m);
        score.Pengungkit.ShouldBe(0m);
        score.HasilTotal.ShouldBe(0m);
        score.Unanswered.Count.ShouldBe(110);
        score.Unanswered.ShouldBe(LkeAnswers.Shipped.Halves.SelectMany(h => h.Areas).SelectMany(a => a.Indicators).SelectMany(i => i.Questions).Select(q => q.Code));
        score.HasilMissing.ShouldBe(["HBA", "HBB", "HPA"]);
        score.Questions.Count.ShouldBe(110);
        score.Indicators.Count.ShouldBe(42);
        score.Areas.Count.ShouldBe(12);
        score.Wbk.Passed.ShouldBeFalse();
        score.Wbbm.Passed.ShouldBeFalse();
    }

    [Fact]
    public void Area_is_the_sum_of_its_indicators_within_its_half()
    {
        var score = LkeAnswers.Perfect().Option("PPA2C", "C").Option("PPA3A", "D").Option("PRA2A", "C").Score();
        score.Areas["PPA"].ShouldBe(0.5m + 2m / 3m + 1m * (0m + 1m + 1m) / 3m + 1.5m);
        score.Areas["PRA"].ShouldBe(2m + 0.5m + 1m);
        score.CombinedArea("A").ShouldBe(score.Areas["PPA"] + score.Areas["PRA"]);
        score.Areas["PPB"].ShouldBe(3.5m);
    }

    [Fact]
    public void Halves_sum_their_areas_and_Pengungkit_sums_the_halves()
    {
        var score = LkeAnswers.Perfect().Option("PPE1A", "B").Inputs("PRE2A", ("harus_ditindaklanjuti", 4), ("sedang_diproses", 1), ("selesai", 3)).Score();
        score.Areas["PPE"].ShouldBe(7.5m - 0.375m);
        score.Areas["PRE"].ShouldBe(7.5m - 0.75m);
        score.Halves["PP"].ShouldBe(30m - 0.375m);
        score.Halves["PR"].ShouldBe(30m - 0.75m);
        score.Pengungkit.ShouldBe(60m - 1.125m);
        score.Total.ShouldBe(score.Pengungkit + score.HasilTotal);
        score.Total.ShouldBe(100m - 1.125m);
    }

    [Fact]
    public void Perfect_Pengungkit_is_sixty_and_perfect_Hasil_forty()
    {
        var score = LkeAnswers.Perfect().Score();
        score.Halves["PP"].ShouldBe(30m);
        score.Halves["PR"].ShouldBe(30m);
        score.Pengungkit.ShouldBe(60m);
        score.HasilTotal.ShouldBe(40m);
        score.Total.ShouldBe(100m);
        score.Unanswered.ShouldBeEmpty();
        score.HasilMissing.ShouldBeEmpty();
    }

    [Fact]
    public void Every_answer_at_its_lowest_option_scores_zero()
    {
        var answers = LkeAnswers.Empty();
        foreach (var question in LkeAnswers.Shipped.Questions.Where(q => q.Type != AnswerType.Percentage))
        {
            answers.Option(question.Code, question.Options.MinBy(o => o.Value)!.Key);
        }
        var score = answers.Score();
        score.Pengungkit.ShouldBe(0m);
        score.Unanswered.Count.ShouldBe(8);
    }

    [Fact]
    public void An_indicator_without_questions_scores_zero()
    {
        var template = MiniTemplate.Create([new LkeHalfDef("PP", "Pemenuhan", 1m, [MiniTemplate.Area("PPA", 1m, MiniTemplate.Indicator("PPA1", 1m))])]);
        LkeScorer.Score(template, AnswerSet.Empty).Indicators["PPA1"].ShouldBe(0m);
    }

    [Fact]
    public void Scores_keep_full_precision()
    {
        // PPA3 weight 1, three A–D questions at B, C, C: (0.67 + 0.33 + 0.33) / 3 = 0.443333…
        var score = LkeAnswers.Perfect().Option("PPA3A", "B").Option("PPA3B", "C").Option("PPA3C", "C").Score();
        score.Indicators["PPA3"].ShouldBe(1.33m / 3m);
        score.Indicators["PPA3"].ShouldNotBe(0.44m);
        Fmt.Number(score.Indicators["PPA3"]).ShouldBe("0,44");
    }
}
