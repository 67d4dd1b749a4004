using ZonaIntegritas.Web.Domain.Lke;

namespace ZonaIntegritas.UnitTests.Lke;

/// <summary>
/// Every gate boundary, on <see cref="MiniTemplate.Boundary"/> where each answer moves a value by exactly 0.01.
/// WBK at its minima: PPA 24.75 + PRA 18.00 (60 % of 30) + IPAK 15.75 (index 3.6) + capaian 2.5 (C) + IPKP 14 (index 3.2) = 75.00.
/// </summary>
public class GateTests
{
    private static readonly LkeTemplate Mini = MiniTemplate.Boundary();

    private static LkeAnswers WbkMinimumHasil(LkeAnswers answers) => answers.Index("HBA", 3.6m).Grade("HBB", "C").Index("HPA", 3.2m);

    private static LkeAnswers WbbmMinimumHasil(LkeAnswers answers) => answers.Index("HBA", 3.6m).Grade("HBB", "B").Index("HPA", 3.6m);

    private static GateCheck Check(GateResult gate, string code) => gate.Checks.Single(c => c.Code == code);

    private static IEnumerable<string> Failed(GateResult gate) => gate.Checks.Where(c => !c.Passed).Select(c => c.Code);

    [Fact]
    public void Wbk_passes_with_every_value_exactly_on_its_minimum()
    {
        var score = WbkMinimumHasil(MiniTemplate.Parts(1000, 475, 900, 0)).Score(Mini);
        score.Total.ShouldBe(75.00m);
        score.Areas["PRA"].ShouldBe(18.00m);
        score.Wbk.Passed.ShouldBeTrue();
        score.Wbk.Predicate.ShouldBe("WBK");
        score.Wbk.Checks.Select(c => c.Code).ShouldBe(["TOTAL", "AREA_PPA", "AREA_PRA", "HBA", "HBB", "HBA_HBB", "HPA"]);
        score.Wbk.Checks.ShouldAllBe(c => c.Passed && c.Gap == 0m);
        Check(score.Wbk, "TOTAL").ShouldBe(new GateCheck("TOTAL", "Nilai total LKE", 75m, 75m, true));
        Check(score.Wbk, "HBA_HBB").Value.ShouldBe(18.25m);
    }

    [Fact]
    public void Total_of_74_99_fails_Wbk_by_0_01()
    {
        var score = WbkMinimumHasil(MiniTemplate.Parts(1000, 474, 900, 0)).Score(Mini);
        score.Total.ShouldBe(74.99m);
        score.Wbk.Passed.ShouldBeFalse();
        Failed(score.Wbk).ShouldBe(["TOTAL"]);
        Check(score.Wbk, "TOTAL").Gap.ShouldBe(0.01m);
        Check(score.Wbk, "TOTAL").Minimum.ShouldBe(75m);
    }

    [Fact]
    public void Area_below_sixty_percent_of_its_half_weight_fails_Wbk_even_when_the_total_passes()
    {
        var score = WbkMinimumHasil(MiniTemplate.Parts(1000, 476, 899, 1)).Score(Mini);
        score.Total.ShouldBe(75.00m);
        score.Areas["PRA"].ShouldBe(17.99m);
        Failed(score.Wbk).ShouldBe(["AREA_PRA"]);
        var check = Check(score.Wbk, "AREA_PRA");
        (check.Value, check.Minimum, check.Gap).ShouldBe((17.99m, 18.00m, 0.01m));
        check.Label.ShouldBe("Reform – Area PRA");
    }

    [Fact]
    public void Combined_area_mode_checks_Pemenuhan_plus_Reform_against_sixty_percent_of_both_weights()
    {
        var combined = MiniTemplate.Boundary(GateSettings.Default with { AreaMode = AreaCheckMode.Combined });
        var score = WbkMinimumHasil(MiniTemplate.Parts(1000, 476, 899, 1)).Score(combined);
        score.Wbk.Passed.ShouldBeTrue();
        score.Wbk.Checks.Select(c => c.Code).ShouldBe(["TOTAL", "AREA_A", "HBA", "HBB", "HBA_HBB", "HPA"]);
        var check = Check(score.Wbk, "AREA_A");
        (check.Value, check.Minimum).ShouldBe((42.75m, 36m));
        check.Label.ShouldBe("Area Manajemen Perubahan");
    }

    [Fact]
    public void A_weak_half_passes_in_combined_mode_but_fails_per_half()
    {
        var answers = WbkMinimumHasil(MiniTemplate.Parts(1000, 1000, 0, 600));
        var perHalf = answers.Score(Mini);
        var combined = answers.Score(MiniTemplate.Boundary(GateSettings.Default with { AreaMode = AreaCheckMode.Combined }));
        Check(perHalf.Wbk, "AREA_PRA").Passed.ShouldBeFalse();
        Check(perHalf.Wbk, "AREA_PRA").Gap.ShouldBe(12m);
        Check(combined.Wbk, "AREA_A").Value.ShouldBe(36m);
        Check(combined.Wbk, "AREA_A").Passed.ShouldBeTrue();
    }

    [Fact]
    public void Combined_area_just_below_its_minimum_fails()
    {
        var combined = MiniTemplate.Boundary(GateSettings.Default with { AreaMode = AreaCheckMode.Combined });
        var score = WbkMinimumHasil(MiniTemplate.Parts(1000, 1000, 0, 599)).Score(combined);
        Check(score.Wbk, "AREA_A").Passed.ShouldBeFalse();
        Check(score.Wbk, "AREA_A").Gap.ShouldBe(0.01m);
    }

    [Theory]
    [InlineData(3.6, true)]
    [InlineData(3.59, false)]
    [InlineData(4, true)]
    public void Ipak_minimum_15_75_is_index_3_6_for_both_predicates(decimal index, bool passes)
    {
        var score = MiniTemplate.Parts(1000, 1000, 1000, 1000).Index("HBA", index).Grade("HBB", "A").Index("HPA", 4m).HoldsWbk().Score(Mini);
        Check(score.Wbk, "HBA").Passed.ShouldBe(passes);
        Check(score.Wbbm, "HBA").Passed.ShouldBe(passes);
        Check(score.Wbk, "HBA").Minimum.ShouldBe(15.75m);
        Check(score.Wbbm, "HBA").Minimum.ShouldBe(15.75m);
        score.Wbk.Passed.ShouldBe(passes);
        score.Wbbm.Passed.ShouldBe(passes);
    }

    [Fact]
    public void Ipak_gap_is_the_value_still_missing()
    {
        var score = MiniTemplate.Parts(1000, 1000, 1000, 1000).Index("HBA", 3.59m).Grade("HBB", "A").Index("HPA", 4m).Score(Mini);
        Check(score.Wbk, "HBA").Gap.ShouldBe(0.04375m);
    }

    [Theory]
    [InlineData(3.2, true, false)]
    [InlineData(3.19, false, false)]
    [InlineData(3.6, true, true)]
    [InlineData(3.59, true, false)]
    public void Ipkp_minimum_is_14_for_Wbk_and_15_75_for_Wbbm(decimal index, bool wbk, bool wbbm)
    {
        var score = MiniTemplate.Parts(1000, 1000, 1000, 1000).Index("HBA", 4m).Grade("HBB", "A").Index("HPA", index).HoldsWbk().Score(Mini);
        Check(score.Wbk, "HPA").Passed.ShouldBe(wbk);
        Check(score.Wbbm, "HPA").Passed.ShouldBe(wbbm);
        Check(score.Wbk, "HPA").Minimum.ShouldBe(14.0m);
        Check(score.Wbbm, "HPA").Minimum.ShouldBe(15.75m);
    }

    [Theory]
    [InlineData("A", true, true)]
    [InlineData("B", true, true)]
    [InlineData("C", true, false)]
    [InlineData("D", false, false)]
    [InlineData("E", false, false)]
    public void Capaian_kinerja_minimum_is_2_5_for_Wbk_and_3_75_for_Wbbm(string grade, bool wbk, bool wbbm)
    {
        var score = MiniTemplate.Parts(1000, 1000, 1000, 1000).Index("HBA", 4m).Grade("HBB", grade).Index("HPA", 4m).HoldsWbk().Score(Mini);
        Check(score.Wbk, "HBB").Passed.ShouldBe(wbk);
        Check(score.Wbbm, "HBB").Passed.ShouldBe(wbbm);
    }

    [Theory]
    [InlineData(3.6, "C", true, false)]   // 15.75 + 2.5 = 18.25
    [InlineData(3.59, "C", false, false)] // 18.20625
    [InlineData(3.6, "B", true, true)]    // 15.75 + 3.75 = 19.5
    [InlineData(3.59, "B", true, false)]  // 19.45625
    [InlineData(1, "A", false, false)]    // 4.375 + 5
    public void Birokrasi_bersih_IPAK_plus_capaian_minimum_is_18_25_for_Wbk_and_19_5_for_Wbbm(decimal index, string grade, bool wbk, bool wbbm)
    {
        var score = MiniTemplate.Parts(1000, 1000, 1000, 1000).Index("HBA", index).Grade("HBB", grade).Index("HPA", 4m).HoldsWbk().Score(Mini);
        Check(score.Wbk, "HBA_HBB").Passed.ShouldBe(wbk);
        Check(score.Wbbm, "HBA_HBB").Passed.ShouldBe(wbbm);
        Check(score.Wbk, "HBA_HBB").Value.ShouldBe(score.Hasil["HBA"] + score.Hasil["HBB"]);
    }

    [Fact]
    public void Birokrasi_bersih_check_fails_on_its_own_when_configured_above_the_item_minima()
    {
        var gates = GateSettings.Default with { Wbk = GateSettings.Default.Wbk with { HbaPlusHbbMin = 20m } };
        var score = WbkMinimumHasil(MiniTemplate.Parts(1000, 1000, 1000, 1000)).Grade("HBB", "B").Score(MiniTemplate.Boundary(gates));
        Failed(score.Wbk).ShouldBe(["HBA_HBB"]);
        Check(score.Wbk, "HBA_HBB").Gap.ShouldBe(0.5m);
    }

    [Fact]
    public void Wbbm_passes_with_every_value_exactly_on_its_minimum_when_the_unit_holds_Wbk()
    {
        var score = WbbmMinimumHasil(MiniTemplate.Parts(1000, 725, 1000, 250)).HoldsWbk().Score(Mini);
        score.Total.ShouldBe(85.00m);
        score.Areas["PRA"].ShouldBe(22.5m);
        score.Wbbm.Passed.ShouldBeTrue();
        score.Wbbm.Predicate.ShouldBe("WBBM");
        score.Wbbm.Checks.Select(c => c.Code).ShouldBe(["TOTAL", "AREA_PPA", "AREA_PRA", "HBA", "HBB", "HBA_HBB", "HPA", "WBK_HELD"]);
        score.Wbk.Passed.ShouldBeTrue();
    }

    [Fact]
    public void Wbbm_fails_when_the_unit_does_not_hold_Wbk_yet()
    {
        var score = WbbmMinimumHasil(MiniTemplate.Parts(1000, 1000, 1000, 1000)).HoldsWbk(false).Score(Mini);
        score.Wbk.Passed.ShouldBeTrue();
        score.Wbbm.Passed.ShouldBeFalse();
        Failed(score.Wbbm).ShouldBe(["WBK_HELD"]);
        var check = Check(score.Wbbm, "WBK_HELD");
        (check.Value, check.Minimum, check.Gap).ShouldBe((0m, 1m, 1m));
        score.Wbk.Checks.ShouldNotContain(c => c.Code == "WBK_HELD");
    }

    [Fact]
    public void Total_of_84_99_fails_Wbbm()
    {
        var score = WbbmMinimumHasil(MiniTemplate.Parts(1000, 724, 1000, 250)).HoldsWbk().Score(Mini);
        score.Total.ShouldBe(84.99m);
        Failed(score.Wbbm).ShouldBe(["TOTAL"]);
        Check(score.Wbbm, "TOTAL").Gap.ShouldBe(0.01m);
    }

    [Fact]
    public void Area_below_seventy_five_percent_fails_Wbbm_but_not_Wbk()
    {
        var score = WbbmMinimumHasil(MiniTemplate.Parts(1000, 726, 1000, 249)).HoldsWbk().Score(Mini);
        score.Total.ShouldBe(85.00m);
        Failed(score.Wbbm).ShouldBe(["AREA_PRA"]);
        Check(score.Wbbm, "AREA_PRA").Minimum.ShouldBe(22.5m);
        score.Wbk.Passed.ShouldBeTrue();
    }

    [Fact]
    public void Gate_settings_are_read_from_the_version()
    {
        var gates = GateSettings.Default with { Wbk = GateSettings.Default.Wbk with { TotalMin = 70m } };
        var score = WbkMinimumHasil(MiniTemplate.Parts(1000, 0, 900, 0)).Score(MiniTemplate.Boundary(gates));
        score.Total.ShouldBe(70.25m);
        Check(score.Wbk, "TOTAL").Passed.ShouldBeTrue();
        Check(score.Wbk, "TOTAL").Minimum.ShouldBe(70m);
    }

    [Fact]
    public void Shipped_template_carries_the_default_gates()
    {
        LkeAnswers.Shipped.Gates.ShouldBe(GateSettings.Default);
        GateSettings.Default.Wbk.ShouldBe(new PredicateGate(75m, 0.60m, 15.75m, 2.5m, 18.25m, 14.0m, false));
        GateSettings.Default.Wbbm.ShouldBe(new PredicateGate(85m, 0.75m, 15.75m, 3.75m, 19.5m, 15.75m, true));
        GateSettings.Default.AreaMode.ShouldBe(AreaCheckMode.PerHalf);
    }

    [Fact]
    public void Shipped_template_lists_every_area_of_every_half_then_the_hasil_checks()
    {
        var score = LkeAnswers.Perfect().HoldsWbk().Score();
        score.Wbk.Checks.Count.ShouldBe(1 + 12 + 4);
        score.Wbbm.Checks.Count.ShouldBe(1 + 12 + 4 + 1);
        score.Wbk.Checks.Where(c => c.Code.StartsWith("AREA_")).Select(c => c.Minimum)
            .ShouldBe([2.4m, 2.1m, 3m, 3m, 4.5m, 3m, 2.4m, 2.1m, 3m, 3m, 4.5m, 3m]);
        Check(score.Wbk, "AREA_PPA").Label.ShouldBe("Pemenuhan – Manajemen Perubahan");
        var combined = LkeScorer.Score(LkeAnswers.Shipped.WithGates(GateSettings.Default with { AreaMode = AreaCheckMode.Combined }), LkeAnswers.Perfect().Build());
        combined.Wbk.Checks.Where(c => c.Code.StartsWith("AREA_")).Select(c => c.Code).ShouldBe(["AREA_A", "AREA_B", "AREA_C", "AREA_D", "AREA_E", "AREA_F"]);
        Check(combined.Wbk, "AREA_E").Minimum.ShouldBe(9m);
    }

    [Fact]
    public void Shipped_template_area_exactly_at_sixty_percent_passes_and_just_below_fails()
    {
        // PPA weight 4 → minimum 2.4. PPA1 0.5 + PPA2 1 + PPA4 1.5 = 3; PPA3 (weight 1) all D → 0: PPA = 3 ≥ 2.4.
        // Then PPA4 (1.5) A,A,A,D → 1.5 × 3/4 = 1.125: PPA = 2.625; PPA1 Ya,C → 0.25: PPA = 2.375 < 2.4.
        var answers = LkeAnswers.Perfect().Option("PPA3A", "D").Option("PPA3B", "D").Option("PPA3C", "D");
        Check(answers.Score().Wbk, "AREA_PPA").Passed.ShouldBeTrue();
        answers.Option("PPA4D", "D").Option("PPA1B", "C");
        var score = answers.Score();
        score.Areas["PPA"].ShouldBe(2.375m);
        Check(score.Wbk, "AREA_PPA").Gap.ShouldBe(0.025m);
        Failed(score.Wbk).ShouldBe(["AREA_PPA"]);
    }
}
