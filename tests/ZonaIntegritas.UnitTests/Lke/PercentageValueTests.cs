using ZonaIntegritas.Web.Domain.Lke;

namespace ZonaIntegritas.UnitTests.Lke;

/// <summary>Every row of the percentage table: value = ratio clamped to 0..1, with each row's zero-denominator rule.</summary>
public class PercentageValueTests
{
    private static decimal? Value(string code, params (string Key, long Value)[] inputs) =>
        LkeScorer.QuestionValue(LkeAnswers.Shipped.FindQuestion(code)!, QuestionAnswer.FromInputs(inputs.ToDictionary(i => i.Key, i => i.Value)));

    [Theory]
    [InlineData(4, 5, 1)]       // more changes than agents: clamped to 1
    [InlineData(5, 4, 0.8)]
    [InlineData(4, 0, 0)]
    [InlineData(0, 0, 0)]       // no agents: 0
    [InlineData(0, 3, 0)]
    public void PRA1A_is_changes_per_change_agent(long agen, long perubahan, decimal expected) =>
        Value("PRA1A", ("agen", agen), ("perubahan", perubahan)).ShouldBe(expected);

    [Theory]
    [InlineData(5, 4, 0.8)]
    [InlineData(5, 6, 1)]
    [InlineData(5, 0, 0)]
    [InlineData(0, 0, 0)]
    [InlineData(0, 2, 0)]
    public void PRA1B_is_integrated_changes_per_change(long perubahan, long terintegrasi, decimal expected) =>
        Value("PRA1B", ("perubahan", perubahan), ("terintegrasi", terintegrasi)).ShouldBe(expected);

    [Theory]
    [InlineData(10, 4, 0.6)]
    [InlineData(10, 0, 1)]
    [InlineData(10, 10, 0)]
    [InlineData(4, 9, 0)]       // more violations than last year: the decrease goes negative, floored at 0
    [InlineData(0, 0, 1)]       // none last year and none this year: 1
    [InlineData(0, 2, 0)]       // none last year but some this year: 0
    public void PRC3A_is_the_decrease_in_disciplinary_violations(long lalu, long ini, decimal expected) =>
        Value("PRC3A", ("pelanggaran_tahun_lalu", lalu), ("pelanggaran_tahun_ini", ini)).ShouldBe(expected);

    [Theory]
    [InlineData(8, 6, 0.75)]
    [InlineData(8, 9, 1)]
    [InlineData(0, 0, 0)]
    [InlineData(0, 1, 0)]
    public void PRD1A_is_targets_achieved_per_target(long sasaran, long tercapai, decimal expected) =>
        Value("PRD1A", ("sasaran", sasaran), ("sasaran_tercapai", tercapai)).ShouldBe(expected);

    [Theory]
    [InlineData(20, 5, 15, 0.75)]
    [InlineData(20, 0, 25, 1)]
    [InlineData(0, 0, 0, 1)]     // no complaints to follow up: 1
    [InlineData(0, 3, 0, 1)]
    [InlineData(4, 4, 0, 0)]
    public void PRE2A_is_complaints_settled_per_complaint_to_follow_up(long harus, long diproses, long selesai, decimal expected) =>
        Value("PRE2A", ("harus_ditindaklanjuti", harus), ("sedang_diproses", diproses), ("selesai", selesai)).ShouldBe(expected);

    [Theory]
    [InlineData("PRE3A", 12, 9, 0.75)]
    [InlineData("PRE3A", 12, 13, 1)]
    [InlineData("PRE3A", 0, 0, 1)]  // nobody obliged to report: 1
    [InlineData("PRE3A", 3, 0, 0)]
    [InlineData("PRE3B", 40, 30, 0.75)]
    [InlineData("PRE3B", 40, 41, 1)]
    [InlineData("PRE3B", 0, 0, 1)]
    [InlineData("PRE3B", 40, 0, 0)]
    public void PRE3A_and_PRE3B_are_reports_filed_per_official_obliged(string code, long wajib, long sudah, decimal expected) =>
        Value(code, ("wajib_lapor", wajib), ("sudah_lapor", sudah)).ShouldBe(expected);

    [Theory]
    [InlineData(8, 2, 0.25)]
    [InlineData(8, 10, 1)]
    [InlineData(0, 0, 0)]
    [InlineData(0, 5, 0)]
    public void PRF1B_is_simplified_services_per_registered_service(long terdaftar, long dipermudah, decimal expected) =>
        Value("PRF1B", ("layanan_terdaftar", terdaftar), ("layanan_dipermudah", dipermudah)).ShouldBe(expected);

    [Fact]
    public void The_template_encodes_the_table_of_the_issue()
    {
        var expected = new Dictionary<string, (string Inputs, PercentageFormula Formula, string Numerator, string Denominator, ZeroDenominatorRule Zero)>
        {
            ["PRA1A"] = ("agen,perubahan", PercentageFormula.Ratio, "perubahan", "agen", ZeroDenominatorRule.Zero),
            ["PRA1B"] = ("perubahan,terintegrasi", PercentageFormula.Ratio, "terintegrasi", "perubahan", ZeroDenominatorRule.Zero),
            ["PRC3A"] = ("pelanggaran_tahun_lalu,pelanggaran_tahun_ini", PercentageFormula.Decrease, "pelanggaran_tahun_ini", "pelanggaran_tahun_lalu", ZeroDenominatorRule.OneIfNumeratorZero),
            ["PRD1A"] = ("sasaran,sasaran_tercapai", PercentageFormula.Ratio, "sasaran_tercapai", "sasaran", ZeroDenominatorRule.Zero),
            ["PRE2A"] = ("harus_ditindaklanjuti,sedang_diproses,selesai", PercentageFormula.Ratio, "selesai", "harus_ditindaklanjuti", ZeroDenominatorRule.One),
            ["PRE3A"] = ("wajib_lapor,sudah_lapor", PercentageFormula.Ratio, "sudah_lapor", "wajib_lapor", ZeroDenominatorRule.One),
            ["PRE3B"] = ("wajib_lapor,sudah_lapor", PercentageFormula.Ratio, "sudah_lapor", "wajib_lapor", ZeroDenominatorRule.One),
            ["PRF1B"] = ("layanan_terdaftar,layanan_dipermudah", PercentageFormula.Ratio, "layanan_dipermudah", "layanan_terdaftar", ZeroDenominatorRule.Zero),
        };
        var actual = LkeAnswers.Shipped.Questions.Where(q => q.Type == AnswerType.Percentage).ToList();
        actual.Select(q => q.Code).Order().ShouldBe(expected.Keys.Order());
        foreach (var question in actual)
        {
            var rule = question.Percentage!;
            var e = expected[question.Code];
            (string.Join(",", rule.Inputs.Select(i => i.Key)), rule.Formula, rule.Numerator, rule.Denominator, rule.WhenDenominatorZero)
                .ShouldBe(e, question.Code);
            question.Options.ShouldBeEmpty();
            rule.Inputs.ShouldAllBe(i => !string.IsNullOrWhiteSpace(i.Label));
        }
    }

    [Fact]
    public void Ratio_keeps_full_decimal_precision() =>
        Value("PRA1A", ("agen", 3), ("perubahan", 1)).ShouldBe(1m / 3m);

    [Fact]
    public void A_missing_input_gives_no_value()
    {
        Value("PRA1A", ("agen", 4)).ShouldBeNull();
        Value("PRA1A", ("perubahan", 4)).ShouldBeNull();
        LkeScorer.QuestionValue(LkeAnswers.Shipped.FindQuestion("PRA1A")!, QuestionAnswer.Option("A")).ShouldBeNull();
    }

    [Fact]
    public void An_input_not_used_by_the_formula_may_be_left_out()
    {
        Value("PRE2A", ("harus_ditindaklanjuti", 10), ("selesai", 5)).ShouldBe(0.5m);
    }

    [Fact]
    public void A_negative_input_gives_no_value()
    {
        Value("PRA1A", ("agen", -1), ("perubahan", 1)).ShouldBeNull();
        Value("PRA1A", ("agen", 4), ("perubahan", -1)).ShouldBeNull();
    }

    [Fact]
    public void A_percentage_question_counts_with_its_indicator_weight()
    {
        var score = LkeAnswers.Perfect().Inputs("PRD1A", ("sasaran", 8), ("sasaran_tercapai", 6)).Score();
        score.Indicators["PRD1"].ShouldBe(1.5m); // weight 2 × 0.75
        score.Areas["PRD"].ShouldBe(4.5m);
    }
}
