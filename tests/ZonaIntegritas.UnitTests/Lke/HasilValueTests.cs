using ZonaIntegritas.Web.Domain.Lke;

namespace ZonaIntegritas.UnitTests.Lke;

/// <summary>IPAK and IPKP = 17.5 × index ÷ 4 (index on 1–4, other scales mapped linearly); capaian kinerja = 5 × A–E value.</summary>
public class HasilValueTests
{
    private static readonly HasilItemDef Hba = LkeAnswers.Shipped.FindHasil("HBA")!;
    private static readonly HasilItemDef Hbb = LkeAnswers.Shipped.FindHasil("HBB")!;
    private static readonly HasilItemDef Hpa = LkeAnswers.Shipped.FindHasil("HPA")!;

    [Theory]
    [InlineData(4, 17.5)]
    [InlineData(3.6, 15.75)]
    [InlineData(3.2, 14)]
    [InlineData(1, 4.375)]
    [InlineData(3.59, 15.70625)]
    public void Survey_index_on_one_to_four_is_weight_times_index_over_four(decimal index, decimal expected)
    {
        LkeScorer.HasilValue(Hba, HasilAnswer.FromIndex(index)).ShouldBe(expected);
        LkeScorer.HasilValue(Hpa, HasilAnswer.FromIndex(index)).ShouldBe(expected);
    }

    [Theory]
    [InlineData("A", 5)]
    [InlineData("B", 3.75)]
    [InlineData("C", 2.5)]
    [InlineData("D", 1.25)]
    [InlineData("E", 0)]
    public void Capaian_kinerja_is_five_times_the_grade_value(string grade, decimal expected) =>
        LkeScorer.HasilValue(Hbb, HasilAnswer.Grade(grade)).ShouldBe(expected);

    [Fact]
    public void Hasil_items_and_weights_are_as_published()
    {
        (Hba.Weight, Hba.Kind).ShouldBe((17.5m, HasilKind.SurveyIndex));
        (Hbb.Weight, Hbb.Kind).ShouldBe((5m, HasilKind.Grade));
        (Hpa.Weight, Hpa.Kind).ShouldBe((17.5m, HasilKind.SurveyIndex));
        Hbb.Options.Select(o => (o.Key, o.Value)).ShouldBe([("A", 1m), ("B", 0.75m), ("C", 0.5m), ("D", 0.25m), ("E", 0m)]);
    }

    [Theory]
    [InlineData(1, 5, 1, 1)]
    [InlineData(1, 5, 5, 4)]
    [InlineData(1, 5, 3, 2.5)]
    [InlineData(1, 5, 4.2, 3.4)]
    [InlineData(1, 6, 1, 1)]
    [InlineData(1, 6, 6, 4)]
    [InlineData(1, 6, 3.5, 2.5)]
    [InlineData(1, 6, 5, 3.4)]
    [InlineData(0, 100, 80, 3.4)]
    [InlineData(1, 4, 3.3, 3.3)]
    public void Index_on_another_scale_is_mapped_linearly_onto_one_to_four(decimal min, decimal max, decimal index, decimal expected) =>
        LkeScorer.NormalizeIndex(index, min, max).ShouldBe(expected);

    [Fact]
    public void Index_on_a_one_to_six_scale_scores_as_its_one_to_four_equivalent()
    {
        LkeScorer.HasilValue(Hba, HasilAnswer.FromIndex(5m, 1m, 6m)).ShouldBe(17.5m * 3.4m / 4m);
        LkeScorer.HasilValue(Hpa, HasilAnswer.FromIndex(6m, 1m, 6m)).ShouldBe(17.5m);
        LkeScorer.HasilValue(Hpa, HasilAnswer.FromIndex(4.2m, 1m, 5m)).ShouldBe(14.875m);
    }

    [Theory]
    [InlineData(0.99, 1, 4)]
    [InlineData(4.01, 1, 4)]
    [InlineData(6.5, 1, 6)]
    [InlineData(3, 4, 4)]
    [InlineData(3, 5, 1)]
    public void Index_outside_its_scale_or_a_broken_scale_gives_no_value(decimal index, decimal min, decimal max) =>
        LkeScorer.HasilValue(Hba, HasilAnswer.FromIndex(index, min, max)).ShouldBeNull();

    [Fact]
    public void Missing_hasil_counts_zero_and_is_listed()
    {
        var score = LkeAnswers.Perfect().Without("HBA").Score();
        score.Hasil["HBA"].ShouldBe(0m);
        score.HasilMissing.ShouldBe(["HBA"]);
        score.HasilTotal.ShouldBe(22.5m);
        score.Total.ShouldBe(82.5m);
    }

    [Fact]
    public void Wrong_kind_of_hasil_answer_gives_no_value()
    {
        LkeScorer.HasilValue(Hba, HasilAnswer.Grade("A")).ShouldBeNull();
        LkeScorer.HasilValue(Hbb, HasilAnswer.FromIndex(4m)).ShouldBeNull();
        LkeScorer.HasilValue(Hbb, HasilAnswer.Grade("F")).ShouldBeNull();
    }

    [Fact]
    public void Provisional_index_scores_like_any_other()
    {
        var provisional = new HasilAnswer(3.6m, Provisional: true);
        LkeScorer.HasilValue(Hba, provisional).ShouldBe(15.75m);
    }

    [Fact]
    public void Hasil_total_is_the_sum_of_its_items()
    {
        var score = LkeAnswers.Perfect().Index("HBA", 3.6m).Grade("HBB", "C").Index("HPA", 3.2m).Score();
        score.Hasil["HBA"].ShouldBe(15.75m);
        score.Hasil["HBB"].ShouldBe(2.5m);
        score.Hasil["HPA"].ShouldBe(14m);
        score.HasilTotal.ShouldBe(32.25m);
        score.Total.ShouldBe(92.25m);
    }
}
