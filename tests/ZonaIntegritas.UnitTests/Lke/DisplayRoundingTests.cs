using ZonaIntegritas.Web.Domain.Lke;
using ZonaIntegritas.Web.Infrastructure.Web;

namespace ZonaIntegritas.UnitTests.Lke;

/// <summary>Scores are exact; display rounds to 2 decimals in id-ID (comma decimal separator, dot thousands).</summary>
public class DisplayRoundingTests
{
    [Theory]
    [InlineData(0.666666, "0,67")]
    [InlineData(0.333333, "0,33")]
    [InlineData(0.665, "0,67")]
    [InlineData(0.445, "0,45")]
    [InlineData(15.70625, "15,71")]
    [InlineData(15.75, "15,75")]
    [InlineData(100, "100,00")]
    [InlineData(0, "0,00")]
    [InlineData(1234.5, "1.234,50")]
    public void Values_display_with_two_decimals_in_indonesian_format(decimal value, string expected) =>
        Fmt.Number(value).ShouldBe(expected);

    [Fact]
    public void Thirds_at_full_precision_display_as_0_67_and_0_33()
    {
        Fmt.Number(2m / 3m).ShouldBe("0,67");
        Fmt.Number(1m / 3m).ShouldBe("0,33");
    }

    [Fact]
    public void A_total_just_below_the_minimum_may_display_as_the_minimum_but_still_fails()
    {
        var check = new GateCheck("TOTAL", "Nilai total LKE", 74.995m, 75m, 74.995m >= 75m);
        Fmt.Number(check.Value).ShouldBe("75,00");
        check.Passed.ShouldBeFalse();
        Fmt.Number(check.Gap, 3).ShouldBe("0,005");
    }

    [Fact]
    public void Share_of_weight_displays_as_a_percentage()
    {
        Fmt.Percent(2m / 3m).ShouldBe("66,67 %");
        Fmt.Percent(0.6m).ShouldBe("60,00 %");
    }

    [Fact]
    public void Published_example_displays_0_67_while_the_score_keeps_two_thirds()
    {
        var score = LkeAnswers.Perfect().Option("PPA2C", "C").Score();
        Fmt.Number(score.Indicators["PPA2"]).ShouldBe("0,67");
        Fmt.Number(score.Areas["PPA"]).ShouldBe("3,67");
        score.Indicators["PPA2"].ShouldBe(2m / 3m);
    }
}
