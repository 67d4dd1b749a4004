using ZonaIntegritas.Web.Domain.Lke;
using ZonaIntegritas.Web.Domain.Lke.Exchange;

namespace ZonaIntegritas.UnitTests.Lke.Exchange;

public class ZiLkeParseTests
{
    private const string Example = """
        {"format": "zi-lke/1", "lkeVersion": "permenpanrb-90-2021", "year": 2025, "target": "WBK",
         "answers": {"PPA1A": {"option": "Ya"}, "PPB1B": {"option": "C"}, "PRA1A": {"inputs": {"agen": 4, "perubahan": 5}}},
         "hasil": {"HBA": {"index": 3.7}, "HBB": {"option": "B"}, "HPA": {"index": 3.4}}}
        """;

    internal static LkeTemplate? Find(string code) => code == LkeAnswers.Shipped.VersionCode ? LkeAnswers.Shipped : null;

    private static ZiLkeParseResult Parse(string json) => ZiLkeExchange.Parse(json, Find);

    /// <summary>The example document with one top-level part replaced (value is raw JSON) or removed (null).</summary>
    private static string With(string field, string? value)
    {
        var parts = new Dictionary<string, string>
        {
            ["format"] = "\"zi-lke/1\"",
            ["lkeVersion"] = "\"permenpanrb-90-2021\"",
            ["year"] = "2025",
            ["target"] = "\"WBK\"",
            ["answers"] = "{\"PPA1A\": {\"option\": \"Ya\"}}",
            ["hasil"] = "{}",
        };
        if (value is null)
        {
            parts.Remove(field);
        }
        else
        {
            parts[field] = value;
        }
        return "{" + string.Join(", ", parts.Select(p => $"\"{p.Key}\": {p.Value}")) + "}";
    }

    private static AnswerError SingleError(string json) => Parse(json).Errors.ShouldHaveSingleItem();

    [Fact]
    public void The_documented_example_parses()
    {
        var result = Parse(Example);
        result.Errors.ShouldBeEmpty();
        result.IsValid.ShouldBeTrue();
        result.Header.ShouldBe(new ZiLkeHeader("permenpanrb-90-2021", 2025, "WBK"));
        var answers = result.Answers!;
        answers.Questions["PPA1A"].OptionKey.ShouldBe("Ya");
        answers.Questions["PPB1B"].OptionKey.ShouldBe("C");
        answers.Questions["PRA1A"].Inputs!.ShouldBe(new Dictionary<string, long> { ["agen"] = 4, ["perubahan"] = 5 });
        answers.Hasil["HBA"].ShouldBe(new HasilAnswer(3.7m));
        answers.Hasil["HBB"].OptionKey.ShouldBe("B");
        answers.Hasil["HPA"].Index.ShouldBe(3.4m);
        answers.UnitHoldsWbk.ShouldBeFalse();
        result.Notes.ShouldBeEmpty();
    }

    [Fact]
    public void Notes_scales_provisional_flags_and_the_unit_Wbk_fact_are_read()
    {
        var result = Parse("""
            {"format": "zi-lke/1", "lkeVersion": "permenpanrb-90-2021", "year": 2026, "target": "wbbm", "unitHoldsWbk": true,
             "answers": {"PPA1A": {"option": "Ya", "note": "SK Tim ZI nomor 12"}, "PPA1B": {"note": "Belum dinilai"}},
             "hasil": {"HBA": {"index": 5.2, "scaleMin": 1, "scaleMax": 6, "provisional": true}, "HBB": {"option": "A", "note": "LAKIP 2025"}}}
            """);
        result.Errors.ShouldBeEmpty();
        result.Header!.Target.ShouldBe("WBBM");
        result.Answers!.UnitHoldsWbk.ShouldBeTrue();
        result.Answers.Questions.Keys.ShouldBe(["PPA1A"]);
        result.Notes.ShouldBe(new Dictionary<string, string> { ["PPA1A"] = "SK Tim ZI nomor 12", ["PPA1B"] = "Belum dinilai", ["HBB"] = "LAKIP 2025" }, ignoreOrder: true);
        result.Answers.Hasil["HBA"].ShouldBe(new HasilAnswer(5.2m, 1m, 6m, null, Provisional: true));
    }

    [Theory]
    [InlineData("{\"format\": \"zi-lke/1\",\n  \"year\": 2025\n  \"target\": \"WBK\"}", "baris 3, posisi 3")]
    [InlineData("{\"format\": \"zi-lke/1\", \"year\": 20x5}", "baris 1, posisi 34")]
    [InlineData("{\"format\": \"zi-lke/1\"", "baris 1")]
    public void Malformed_json_is_reported_with_its_line_and_position(string json, string where)
    {
        var result = Parse(json);
        var error = result.Errors.ShouldHaveSingleItem();
        error.Code.ShouldBe("json");
        error.Message.ShouldStartWith("Berkas bukan JSON yang valid");
        error.Message.ShouldContain(where);
        result.Answers.ShouldBeNull();
        result.Header.ShouldBeNull();
        result.IsValid.ShouldBeFalse();
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Empty_file_is_reported(string json) =>
        SingleError(json).ShouldBe(new AnswerError("json", "Berkas kosong. Isi berkas harus berupa objek JSON berformat zi-lke/1."));

    [Theory]
    [InlineData("[1, 2]")]
    [InlineData("\"zi-lke/1\"")]
    public void Json_that_is_not_an_object_is_reported(string json) =>
        SingleError(json).Message.ShouldBe("Isi berkas harus berupa objek JSON ({ ... }) berformat zi-lke/1.");

    [Fact]
    public void Missing_format_is_reported() =>
        SingleError(With("format", null)).ShouldBe(new AnswerError("format", "Bagian \"format\" wajib ada dengan nilai \"zi-lke/1\"."));

    [Theory]
    [InlineData("\"zi-lke-template/1\"", "Format berkas 'zi-lke-template/1' tidak didukung; gunakan \"zi-lke/1\".")]
    [InlineData("\"zi-lke/2\"", "Format berkas 'zi-lke/2' tidak didukung; gunakan \"zi-lke/1\".")]
    [InlineData("1", "Format berkas 1 tidak didukung; gunakan \"zi-lke/1\".")]
    public void Wrong_format_is_reported(string format, string message) =>
        SingleError(With("format", format)).ShouldBe(new AnswerError("format", message));

    [Fact]
    public void Unknown_lke_version_is_reported_and_no_answers_are_read()
    {
        var result = Parse(With("lkeVersion", "\"permenpanrb-99-2030\""));
        result.Errors.ShouldHaveSingleItem().ShouldBe(new AnswerError("lkeVersion", "Versi LKE 'permenpanrb-99-2030' tidak dikenal."));
        result.Answers.ShouldBeNull();
        result.Header.ShouldBeNull();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("\"\"")]
    [InlineData("90")]
    public void Missing_lke_version_is_reported(string? value) =>
        SingleError(With("lkeVersion", value)).Code.ShouldBe("lkeVersion");

    [Theory]
    [InlineData(null, "Bagian \"year\" (tahun penilaian) wajib diisi, misalnya 2025.")]
    [InlineData("\"2025\"", "Tahun penilaian '2025' tidak valid; isi bilangan bulat antara 2000 dan 2100.")]
    [InlineData("2025.5", "Tahun penilaian 2025.5 tidak valid; isi bilangan bulat antara 2000 dan 2100.")]
    [InlineData("1999", "Tahun penilaian 1999 tidak valid; isi bilangan bulat antara 2000 dan 2100.")]
    [InlineData("2101", "Tahun penilaian 2101 tidak valid; isi bilangan bulat antara 2000 dan 2100.")]
    public void Missing_or_invalid_year_is_reported(string? value, string message)
    {
        var result = Parse(With("year", value));
        result.Errors.ShouldHaveSingleItem().ShouldBe(new AnswerError("year", message));
        result.Header.ShouldBeNull();
        result.Answers.ShouldNotBeNull();
        result.IsValid.ShouldBeFalse();
    }

    [Theory]
    [InlineData(null, "Bagian \"target\" wajib diisi: WBK atau WBBM.")]
    [InlineData("\"WBBK\"", "Target 'WBBK' tidak valid; gunakan WBK atau WBBM.")]
    [InlineData("\"\"", "Target '' tidak valid; gunakan WBK atau WBBM.")]
    [InlineData("true", "Target true tidak valid; gunakan WBK atau WBBM.")]
    public void Target_other_than_Wbk_or_Wbbm_is_reported(string? value, string message) =>
        SingleError(With("target", value)).ShouldBe(new AnswerError("target", message));

    [Fact]
    public void Unknown_top_level_part_is_reported() =>
        SingleError(With("answer", "{}")).ShouldBe(new AnswerError("answer", "Bagian \"answer\" tidak dikenal pada format zi-lke/1."));

    [Fact]
    public void Repeated_top_level_part_is_reported() =>
        SingleError(With("year", "2025, \"year\": 2026")).ShouldBe(new AnswerError("json", "Bagian \"year\" muncul lebih dari sekali."));

    [Fact]
    public void Unit_Wbk_fact_must_be_a_boolean() =>
        SingleError(With("unitHoldsWbk", "\"ya\"")).Code.ShouldBe("unitHoldsWbk");

    [Fact]
    public void Scores_in_an_exported_file_are_ignored() =>
        Parse(With("scores", "{\"total\": 100}")).Errors.ShouldBeEmpty();

    [Fact]
    public void Answers_must_be_an_object() =>
        SingleError(With("answers", "[]")).Code.ShouldBe("answers");

    [Fact]
    public void Hasil_must_be_an_object() =>
        SingleError(With("hasil", "3.7")).Code.ShouldBe("hasil");

    [Theory]
    [InlineData("{\"PPZ1A\": {\"option\": \"Ya\"}}", "PPZ1A", "Kode pertanyaan PPZ1A tidak dikenal pada LKE permenpanrb-90-2021.")]
    [InlineData("{\"HBA\": {\"index\": 3}}", "HBA", "HBA adalah komponen hasil; tuliskan di bagian \"hasil\", bukan \"answers\".")]
    [InlineData("{\"PPA1A\": \"Ya\"}", "PPA1A", "Jawaban PPA1A harus berupa objek, misalnya {\"option\": \"Ya\"}.")]
    [InlineData("{\"PPA1A\": {}}", "PPA1A", "Jawaban PPA1A kosong; isi \"option\" dengan salah satu pilihan: Ya, Tidak.")]
    [InlineData("{\"PPA1A\": {\"option\": \"A\"}}", "PPA1A", "Jawaban 'A' tidak valid untuk PPA1A; pilihan yang tersedia: Ya, Tidak.")]
    [InlineData("{\"PPA1B\": {\"option\": 1}}", "PPA1B", "Pilihan PPA1B harus berupa teks (salah satu dari A, B, C), bukan 1.")]
    [InlineData("{\"PPA1B\": {\"option\": \"A\", \"optoin\": \"B\"}}", "PPA1B", "Isian \"optoin\" tidak dikenal pada PPA1B; gunakan \"option\", \"inputs\" atau \"note\".")]
    [InlineData("{\"PPA1B\": {\"inputs\": {\"a\": 1}}}", "PPA1B", "Pertanyaan PPA1B dijawab dengan pilihan (A, B, C), bukan dengan isian angka.")]
    [InlineData("{\"PPA1B\": {\"option\": \"A\", \"note\": 5}}", "PPA1B", "Catatan (\"note\") pada PPA1B harus berupa teks.")]
    [InlineData("{\"PPA1B\": {\"option\": \"A\"}, \"PPA1B\": {\"option\": \"B\"}}", "PPA1B", "Jawaban PPA1B muncul lebih dari sekali.")]
    public void Bad_option_answers_are_reported_by_question_code(string answers, string code, string message) =>
        SingleError(With("answers", answers)).ShouldBe(new AnswerError(code, message));

    [Theory]
    [InlineData("{\"PRA1A\": {\"inputs\": {\"agen\": 4}}}", "Isian 'perubahan' pada PRA1A wajib diisi.")]
    [InlineData("{\"PRA1A\": {\"inputs\": {\"agen\": 4, \"perubahan\": -1}}}", "Isian 'perubahan' pada PRA1A tidak boleh negatif.")]
    [InlineData("{\"PRA1A\": {\"inputs\": {\"agen\": 4, \"perubahan\": 2.5}}}", "Isian 'perubahan' pada PRA1A harus bilangan bulat (tanpa desimal), bukan 2.5.")]
    [InlineData("{\"PRA1A\": {\"inputs\": {\"agen\": 4, \"perubahan\": \"5\"}}}", "Isian 'perubahan' pada PRA1A harus berupa angka, bukan '5'.")]
    [InlineData("{\"PRA1A\": {\"inputs\": {\"agen\": 4, \"perubahan\": 5, \"inovasi\": 1}}}", "Isian 'inovasi' tidak dikenal pada PRA1A; isian yang tersedia: agen, perubahan.")]
    [InlineData("{\"PRA1A\": {\"option\": \"A\"}}", "Pertanyaan PRA1A diisi dengan angka (agen, perubahan), bukan dengan pilihan.")]
    [InlineData("{\"PRA1A\": {}}", "Pertanyaan PRA1A diisi dengan angka: agen, perubahan.")]
    [InlineData("{\"PRA1A\": {\"inputs\": [4, 5]}}", "Isian PRA1A harus berupa objek angka, misalnya {\"inputs\": {\"agen\": 0, \"perubahan\": 0}}.")]
    public void Bad_percentage_inputs_are_reported_by_question_code(string answers, string message) =>
        SingleError(With("answers", answers)).ShouldBe(new AnswerError("PRA1A", message));

    [Fact]
    public void Whole_numbers_written_with_a_decimal_point_are_accepted()
    {
        var result = Parse(With("answers", "{\"PRA1A\": {\"inputs\": {\"agen\": 4.0, \"perubahan\": 5}}}"));
        result.Errors.ShouldBeEmpty();
        result.Answers!.Questions["PRA1A"].Inputs!["agen"].ShouldBe(4L);
    }

    [Theory]
    [InlineData("{\"HXX\": {\"index\": 3}}", "HXX", "Kode hasil HXX tidak dikenal pada LKE permenpanrb-90-2021.")]
    [InlineData("{\"PPA1A\": {\"option\": \"Ya\"}}", "PPA1A", "PPA1A adalah pertanyaan; tuliskan di bagian \"answers\", bukan \"hasil\".")]
    [InlineData("{\"HBA\": 3.7}", "HBA", "Hasil HBA harus berupa objek, misalnya {\"index\": 3.7}.")]
    [InlineData("{\"HBA\": {}}", "HBA", "Indeks HBA wajib diisi.")]
    [InlineData("{\"HBA\": {\"index\": \"3,7\"}}", "HBA", "Indeks HBA harus berupa angka dengan titik desimal (misalnya 3.7), bukan '3,7'.")]
    [InlineData("{\"HBA\": {\"index\": 4.2}}", "HBA", "Indeks HBA harus di antara 1 dan 4.")]
    [InlineData("{\"HBA\": {\"index\": 6.2, \"scaleMax\": 6}}", "HBA", "Indeks HBA harus di antara 1 dan 6.")]
    [InlineData("{\"HBA\": {\"index\": 3, \"scaleMin\": 5, \"scaleMax\": 1}}", "HBA", "Skala indeks HBA tidak valid: batas atas harus lebih besar dari batas bawah.")]
    [InlineData("{\"HBA\": {\"index\": 3, \"scaleMax\": \"6\"}}", "HBA", "Batas atas skala HBA harus berupa angka dengan titik desimal (misalnya 3.7), bukan '6'.")]
    [InlineData("{\"HBA\": {\"index\": 3, \"provisional\": \"ya\"}}", "HBA", "Penanda \"provisional\" pada HBA harus bernilai true atau false.")]
    [InlineData("{\"HBA\": {\"option\": \"A\"}}", "HBA", "Hasil HBA diisi dengan indeks survei (\"index\"), bukan dengan pilihan.")]
    [InlineData("{\"HBA\": {\"index\": 3, \"skala\": 4}}", "HBA", "Isian \"skala\" tidak dikenal pada HBA; gunakan \"index\", \"scaleMin\", \"scaleMax\", \"provisional\", \"option\" atau \"note\".")]
    [InlineData("{\"HBB\": {\"option\": \"F\"}}", "HBB", "Nilai 'F' tidak valid untuk HBB; pilihan yang tersedia: A, B, C, D, E.")]
    [InlineData("{\"HBB\": {}}", "HBB", "Nilai HBB wajib dipilih; pilihan yang tersedia: A, B, C, D, E.")]
    [InlineData("{\"HBB\": {\"option\": \"B\", \"index\": 3}}", "HBB", "Hasil HBB diisi dengan pilihan (A, B, C, D, E), bukan dengan indeks.")]
    [InlineData("{\"HBB\": {\"option\": 2}}", "HBB", "Pilihan HBB harus berupa teks (salah satu dari A, B, C, D, E), bukan 2.")]
    public void Bad_hasil_entries_are_reported_by_code(string hasil, string code, string message) =>
        SingleError(With("hasil", hasil)).ShouldBe(new AnswerError(code, message));

    [Fact]
    public void Every_problem_in_the_file_is_listed()
    {
        var result = Parse("""
            {"format": "zi-lke/0", "lkeVersion": "permenpanrb-90-2021", "year": "dua ribu", "target": "WBX",
             "answers": {"PPA1A": {"option": "A"}, "XYZ": {"option": "A"}, "PRA1A": {"inputs": {"agen": -1, "perubahan": 1.5}}},
             "hasil": {"HBA": {"index": 7}, "HBB": {"option": "Z"}}}
            """);
        result.Errors.Select(e => e.Code).ShouldBe(["format", "year", "target", "XYZ", "PRA1A", "PPA1A", "HBA", "HBB"], ignoreOrder: true);
        result.IsValid.ShouldBeFalse();
        result.Answers.ShouldNotBeNull();
    }

    [Fact]
    public void A_question_with_a_note_only_stays_unanswered()
    {
        var result = Parse(With("answers", "{\"PRA1A\": {\"note\": \"Data agen perubahan belum lengkap\"}}"));
        result.Errors.ShouldBeEmpty();
        result.Answers!.Questions.ShouldBeEmpty();
        result.Notes["PRA1A"].ShouldBe("Data agen perubahan belum lengkap");
    }

    [Fact]
    public void Null_option_is_treated_as_no_option()
    {
        var result = Parse(With("answers", "{\"PPA1A\": {\"option\": null, \"note\": \"menunggu SK\"}}"));
        result.Errors.ShouldBeEmpty();
        result.Answers!.Questions.ShouldBeEmpty();
    }

    [Fact]
    public void Comments_and_trailing_commas_are_tolerated()
    {
        var result = Parse("""
            {
              // penilaian mandiri
              "format": "zi-lke/1", "lkeVersion": "permenpanrb-90-2021", "year": 2025, "target": "WBK",
              "answers": {"PPA1A": {"option": "Ya"},},
            }
            """);
        result.Errors.ShouldBeEmpty();
    }
}
