using ZonaIntegritas.Web.Domain.Lke;
using ZonaIntegritas.Web.Domain.Lke.Exchange;

namespace ZonaIntegritas.UnitTests.Lke.Exchange;

public class ZiLkeRoundTripTests
{
    private static readonly ZiLkeHeader Header = new("permenpanrb-90-2021", 2026, "WBBM");

    private static ZiLkeParseResult RoundTrip(AnswerSet answers, IReadOnlyDictionary<string, string>? notes = null) =>
        ZiLkeExchange.Parse(ZiLkeExchange.Export(LkeAnswers.Shipped, Header, answers, notes), ZiLkeParseTests.Find);

    private static void ShouldMatch(AnswerSet actual, AnswerSet expected)
    {
        actual.UnitHoldsWbk.ShouldBe(expected.UnitHoldsWbk);
        actual.Questions.Keys.Order().ShouldBe(expected.Questions.Keys.Order());
        foreach (var (code, answer) in expected.Questions)
        {
            actual.Questions[code].OptionKey.ShouldBe(answer.OptionKey, code);
            (actual.Questions[code].Inputs ?? new Dictionary<string, long>()).ShouldBe(answer.Inputs ?? new Dictionary<string, long>(), ignoreOrder: true);
        }
        actual.Hasil.Keys.Order().ShouldBe(expected.Hasil.Keys.Order());
        foreach (var (code, answer) in expected.Hasil)
        {
            actual.Hasil[code].ShouldBe(answer, code);
        }
    }

    private static void ShouldScoreTheSame(AnswerSet actual, AnswerSet expected)
    {
        var a = LkeScorer.Score(LkeAnswers.Shipped, actual);
        var e = LkeScorer.Score(LkeAnswers.Shipped, expected);
        a.Total.ShouldBe(e.Total);
        a.Questions.ShouldBe(e.Questions);
        a.Indicators.ShouldBe(e.Indicators);
        a.Areas.ShouldBe(e.Areas);
        a.Hasil.ShouldBe(e.Hasil);
        a.Unanswered.ShouldBe(e.Unanswered);
        a.Wbk.Checks.ShouldBe(e.Wbk.Checks);
        a.Wbbm.Checks.ShouldBe(e.Wbbm.Checks);
    }

    [Fact]
    public void Perfect_answers_survive_export_and_parse()
    {
        var answers = LkeAnswers.Perfect().HoldsWbk().Build();
        var result = RoundTrip(answers);
        result.Errors.ShouldBeEmpty();
        result.Header.ShouldBe(Header);
        ShouldMatch(result.Answers!, answers);
        ShouldScoreTheSame(result.Answers!, answers);
    }

    [Fact]
    public void Mixed_partial_answers_with_notes_and_survey_scales_survive_export_and_parse()
    {
        var built = LkeAnswers.Perfect()
            .Option("PPA2C", "C").Option("PPA3A", "B").Option("PPB1B", "D").Option("PPC1A", "Tidak")
            .Inputs("PRA1A", ("agen", 7), ("perubahan", 3))
            .Inputs("PRC3A", ("pelanggaran_tahun_lalu", 0), ("pelanggaran_tahun_ini", 0))
            .Inputs("PRE2A", ("harus_ditindaklanjuti", 9), ("sedang_diproses", 2), ("selesai", 7))
            .Without("PPF5C").Without("PRF1B").Without("HPA")
            .Grade("HBB", "C")
            .Build();
        var answers = built with
        {
            Hasil = new Dictionary<string, HasilAnswer>(built.Hasil) { ["HBA"] = new HasilAnswer(4.55m, 1m, 6m, null, Provisional: true) },
        };
        var notes = new Dictionary<string, string> { ["PPA2C"] = "Rencana kerja belum disahkan", ["PPF5C"] = "Aplikasi dalam pengembangan", ["HBA"] = "Survei mandiri, 120 responden" };
        var result = RoundTrip(answers, notes);
        result.Errors.ShouldBeEmpty();
        ShouldMatch(result.Answers!, answers);
        ShouldScoreTheSame(result.Answers!, answers);
        result.Notes.ShouldBe(notes, ignoreOrder: true);
    }

    [Fact]
    public void Empty_answers_survive_export_and_parse()
    {
        var result = RoundTrip(AnswerSet.Empty);
        result.IsValid.ShouldBeTrue();
        result.Answers!.Questions.ShouldBeEmpty();
        result.Answers.Hasil.ShouldBeEmpty();
    }

    [Fact]
    public void Exporting_a_parsed_file_again_gives_the_same_text()
    {
        var first = ZiLkeExchange.Export(LkeAnswers.Shipped, Header, LkeAnswers.Perfect().Option("PPA3B", "C").Build(), new Dictionary<string, string> { ["PPA3B"] = "catatan" });
        var parsed = ZiLkeExchange.Parse(first, ZiLkeParseTests.Find);
        ZiLkeExchange.Export(LkeAnswers.Shipped, parsed.Header!, parsed.Answers!, parsed.Notes).ShouldBe(first);
    }
}
