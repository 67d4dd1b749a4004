using System.Text.Json;
using ZonaIntegritas.Web.Domain.Lke;
using ZonaIntegritas.Web.Domain.Lke.Exchange;

namespace ZonaIntegritas.UnitTests.Lke.Exchange;

public class ZiLkeExportTests
{
    private static readonly ZiLkeHeader Header = new("permenpanrb-90-2021", 2025, "WBK");

    private static JsonElement Export(LkeAnswers answers, IReadOnlyDictionary<string, string>? notes = null) =>
        JsonDocument.Parse(ZiLkeExchange.Export(LkeAnswers.Shipped, Header, answers.Build(), notes)).RootElement;

    [Fact]
    public void Export_writes_the_header()
    {
        var root = Export(LkeAnswers.Empty().HoldsWbk());
        root.GetProperty("format").GetString().ShouldBe("zi-lke/1");
        root.GetProperty("lkeVersion").GetString().ShouldBe("permenpanrb-90-2021");
        root.GetProperty("year").GetInt32().ShouldBe(2025);
        root.GetProperty("target").GetString().ShouldBe("WBK");
        root.GetProperty("unitHoldsWbk").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public void Export_writes_answers_in_template_order_with_notes()
    {
        var root = Export(
            LkeAnswers.Empty().Inputs("PRA1A", ("perubahan", 5), ("agen", 4)).Option("PPB1B", "C").Option("PPA1A", "Ya"),
            new Dictionary<string, string> { ["PPA1A"] = "SK Tim ZI", ["PPA2A"] = "Menunggu tanda tangan" });
        var answers = root.GetProperty("answers");
        answers.EnumerateObject().Select(p => p.Name).ShouldBe(["PPA1A", "PPA2A", "PPB1B", "PRA1A"]);
        answers.GetProperty("PPA1A").GetRawText().ShouldBe("{\n      \"option\": \"Ya\",\n      \"note\": \"SK Tim ZI\"\n    }");
        answers.GetProperty("PPA2A").EnumerateObject().Select(p => p.Name).ShouldBe(["note"]);
        answers.GetProperty("PRA1A").GetProperty("inputs").EnumerateObject().Select(p => $"{p.Name}={p.Value}").ShouldBe(["agen=4", "perubahan=5"]);
    }

    [Fact]
    public void Export_writes_hasil_with_scale_only_when_it_is_not_one_to_four()
    {
        var answers = LkeAnswers.Empty().Index("HBA", 3.7m).Grade("HBB", "B");
        var build = answers.Build();
        var hasil = new Dictionary<string, HasilAnswer>(build.Hasil) { ["HPA"] = new HasilAnswer(5.25m, 1m, 6m, null, Provisional: true) };
        var json = ZiLkeExchange.Export(LkeAnswers.Shipped, Header, build with { Hasil = hasil });
        var root = JsonDocument.Parse(json).RootElement.GetProperty("hasil");
        root.GetProperty("HBA").GetRawText().ShouldNotContain("scale");
        root.GetProperty("HBA").GetProperty("index").GetDecimal().ShouldBe(3.7m);
        root.GetProperty("HBB").GetProperty("option").GetString().ShouldBe("B");
        var hpa = root.GetProperty("HPA");
        (hpa.GetProperty("index").GetDecimal(), hpa.GetProperty("scaleMin").GetDecimal(), hpa.GetProperty("scaleMax").GetDecimal()).ShouldBe((5.25m, 1m, 6m));
        hpa.GetProperty("provisional").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public void Export_writes_every_score_unrounded()
    {
        var answers = LkeAnswers.Perfect().Option("PPA2C", "C").Index("HBA", 3.7m).Grade("HBB", "B").Index("HPA", 3.4m);
        var score = answers.Score();
        var scores = Export(answers).GetProperty("scores");
        scores.GetProperty("questions").EnumerateObject().Count().ShouldBe(110);
        scores.GetProperty("questions").GetProperty("PPA2C").GetDecimal().ShouldBe(0m);
        scores.GetProperty("indicators").EnumerateObject().Count().ShouldBe(42);
        scores.GetProperty("indicators").GetProperty("PPA2").GetRawText().ShouldBe("0.6666666666666666666666666667");
        scores.GetProperty("areas").EnumerateObject().Select(p => p.Name).ShouldBe(
            ["PPA", "PPB", "PPC", "PPD", "PPE", "PPF", "PRA", "PRB", "PRC", "PRD", "PRE", "PRF"]);
        scores.GetProperty("areas").GetProperty("PPA").GetDecimal().ShouldBe(score.Areas["PPA"]);
        scores.GetProperty("halves").GetProperty("PP").GetDecimal().ShouldBe(score.Halves["PP"]);
        scores.GetProperty("halves").GetProperty("PR").GetDecimal().ShouldBe(30m);
        scores.GetProperty("hasil").GetProperty("HBA").GetRawText().ShouldBe("16.1875");
        scores.GetProperty("hasil").GetProperty("HBB").GetRawText().ShouldBe("3.75");
        scores.GetProperty("hasil").GetProperty("HPA").GetRawText().ShouldBe("14.875");
        scores.GetProperty("pengungkit").GetDecimal().ShouldBe(score.Pengungkit);
        scores.GetProperty("hasilTotal").GetDecimal().ShouldBe(34.8125m);
        scores.GetProperty("total").GetDecimal().ShouldBe(score.Total);
        scores.GetProperty("unanswered").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public void Export_lists_unanswered_questions_and_missing_hasil()
    {
        var scores = Export(LkeAnswers.Perfect().Without("PPA1A").Without("PRF1B").Without("HPA")).GetProperty("scores");
        scores.GetProperty("unanswered").EnumerateArray().Select(e => e.GetString()).ShouldBe(["PPA1A", "PRF1B"]);
        scores.GetProperty("hasilMissing").EnumerateArray().Select(e => e.GetString()).ShouldBe(["HPA"]);
    }

    [Fact]
    public void Export_writes_both_gates_with_every_check()
    {
        var answers = LkeAnswers.Perfect().Index("HBA", 3.59m);
        var gates = Export(answers).GetProperty("scores").GetProperty("gates");
        gates.EnumerateObject().Select(p => p.Name).ShouldBe(["WBK", "WBBM"]);
        var wbk = gates.GetProperty("WBK");
        wbk.GetProperty("passed").GetBoolean().ShouldBeFalse();
        wbk.GetProperty("checks").GetArrayLength().ShouldBe(17);
        var hba = wbk.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("code").GetString() == "HBA");
        hba.GetProperty("label").GetString().ShouldBe("IPAK (Survei Persepsi Anti Korupsi)");
        hba.GetProperty("value").GetDecimal().ShouldBe(15.70625m);
        hba.GetProperty("minimum").GetDecimal().ShouldBe(15.75m);
        hba.GetProperty("passed").GetBoolean().ShouldBeFalse();
        hba.GetProperty("gap").GetDecimal().ShouldBe(0.04375m);
        var wbbm = gates.GetProperty("WBBM");
        wbbm.GetProperty("checks").EnumerateArray().Last().GetProperty("code").GetString().ShouldBe("WBK_HELD");
        var area = wbk.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("code").GetString() == "AREA_PPA");
        area.GetProperty("label").GetString().ShouldBe("Pemenuhan – Manajemen Perubahan");
    }

    [Fact]
    public void Export_writes_numbers_without_trailing_zeros()
    {
        var scores = Export(LkeAnswers.Perfect().Index("HBA", 3.6m)).GetProperty("scores");
        scores.GetProperty("hasil").GetProperty("HBA").GetRawText().ShouldBe("15.75");
        scores.GetProperty("total").GetRawText().ShouldBe("98.25");
        scores.GetProperty("halves").GetProperty("PP").GetRawText().ShouldBe("30");
    }

    [Fact]
    public void Export_ignores_answers_to_codes_outside_the_template()
    {
        var answers = Export(LkeAnswers.Empty().Option("XYZ", "A").Option("PPA1A", "Ya")).GetProperty("answers");
        answers.EnumerateObject().Select(p => p.Name).ShouldBe(["PPA1A"]);
    }
}
