using System.Text.Json.Nodes;
using ZonaIntegritas.Web.Infrastructure.Lke;

namespace ZonaIntegritas.UnitTests.Lke;

public class LkeTemplateValidatorTests
{
    private static readonly string ShippedJson = LkeTemplateFile.Write(LkeAnswers.Shipped);

    /// <summary>The shipped template under a new code, changed by <paramref name="change"/>.</summary>
    private static string Changed(Action<JsonObject> change)
    {
        var root = JsonNode.Parse(ShippedJson)!.AsObject();
        root["versionCode"] = "lke-uji-2026";
        change(root);
        return root.ToJsonString();
    }

    private static IReadOnlyList<string> Errors(string json) => LkeTemplateValidator.Validate(json, code => code == "permenpanrb-90-2021").Errors;

    private static JsonObject Half(JsonObject root, int i) => root["halves"]![i]!.AsObject();

    private static JsonObject Area(JsonObject root, int h, int a) => Half(root, h)["areas"]![a]!.AsObject();

    private static JsonObject Indicator(JsonObject root, int h, int a, int i) => Area(root, h, a)["indicators"]![i]!.AsObject();

    private static JsonObject Question(JsonObject root, string code) =>
        root["halves"]!.AsArray().SelectMany(h => h!["areas"]!.AsArray()).SelectMany(a => a!["indicators"]!.AsArray())
            .SelectMany(i => i!["questions"]!.AsArray()).Single(q => (string?)q!["code"] == code)!.AsObject();

    private static JsonObject Hasil(JsonObject root, string code) =>
        root["hasil"]!.AsArray().Single(h => (string?)h!["code"] == code)!.AsObject();

    [Fact]
    public void The_shipped_template_under_a_new_code_is_valid()
    {
        var result = LkeTemplateValidator.Validate(Changed(_ => { }), _ => false);
        result.Errors.ShouldBeEmpty();
        result.IsValid.ShouldBeTrue();
        result.Template!.VersionCode.ShouldBe("lke-uji-2026");
        result.Template.Questions.Count().ShouldBe(110);
    }

    [Fact]
    public void An_existing_version_code_is_refused() =>
        Errors(ShippedJson).ShouldBe(["Kode versi \"permenpanrb-90-2021\" sudah dipakai. Versi baru harus memakai kode baru."]);

    [Theory]
    [InlineData("LKE 2026")]
    [InlineData("x")]
    [InlineData("")]
    public void A_malformed_version_code_is_refused(string code) =>
        Errors(Changed(r => r["versionCode"] = code)).ShouldHaveSingleItem().ShouldStartWith($"Kode versi \"{code}\" tidak valid");

    [Fact]
    public void Malformed_json_is_reported_with_line_and_position()
    {
        var error = Errors("{\n  \"format\": \"zi-lke-template/1\",\n  \"versionCode\" \"x\"\n}").ShouldHaveSingleItem();
        error.ShouldStartWith("Berkas bukan JSON yang valid (baris 3, posisi 17).");
    }

    [Fact]
    public void Empty_file_is_reported() =>
        Errors(" ").ShouldBe(["Berkas kosong. Unggah berkas JSON berformat zi-lke-template/1."]);

    [Theory]
    [InlineData("{\"format\": \"zi-lke-template/2\"}", "Format berkas harus \"zi-lke-template/1\" (tertulis: \"zi-lke-template/2\").")]
    [InlineData("{\"versionCode\": \"x\"}", "Format berkas harus \"zi-lke-template/1\" (tertulis: tidak ada).")]
    [InlineData("{\"format\": \"zi-lke/1\"}", "Berkas ini adalah berkas jawaban LKE (zi-lke/1), bukan templat LKE (zi-lke-template/1).")]
    [InlineData("[]", "Isi berkas harus berupa objek JSON ({ ... }) berformat zi-lke-template/1.")]
    public void The_format_marker_is_checked(string json, string error) =>
        Errors(json).ShouldBe([error]);

    [Fact]
    public void A_value_of_the_wrong_type_names_its_place()
    {
        var error = Errors(Changed(r => Question(r, "PPA1A")["type"] = "Pilihan")).ShouldHaveSingleItem();
        error.ShouldStartWith("Nilai pada halves[0].areas[0].indicators[0].questions[0].type tidak sesuai jenisnya");
    }

    [Fact]
    public void Missing_title_and_halves_are_reported()
    {
        var errors = Errors(Changed(r => { r.Remove("title"); r.Remove("halves"); }));
        errors.ShouldContain("Judul versi (title) wajib diisi, paling banyak 300 karakter.");
        errors.ShouldContain(e => e.StartsWith("Bagian Pengungkit (halves) wajib berisi"));
        errors.ShouldContain("Jumlah bobot Pengungkit dan Hasil adalah 40, seharusnya 100.");
    }

    [Fact]
    public void Every_problem_is_listed_at_once()
    {
        var errors = Errors(Changed(r =>
        {
            r["title"] = "";
            Question(r, "PPA1A")["options"]![0]!["value"] = 1.5;
            Question(r, "PPB1B")["options"]![4]!["key"] = "F";
            Question(r, "PRA1A")["percentage"]!["numerator"] = "inovasi";
            Indicator(r, 0, 0, 0)["weight"] = 0.75;
        }));
        errors.Count.ShouldBe(5, string.Join("\n", errors));
    }

    [Fact]
    public void Duplicate_codes_are_reported()
    {
        var errors = Errors(Changed(r => Question(r, "PPA1B")["code"] = "PPA1A"));
        errors.ShouldBe(["Pertanyaan PPA1A: kode PPA1A dipakai lebih dari sekali."]);
    }

    [Fact]
    public void Indicator_weights_must_add_up_to_their_area()
    {
        var errors = Errors(Changed(r => Indicator(r, 0, 0, 0)["weight"] = 0.75));
        errors.ShouldContain("Area PPA: jumlah bobot indikator adalah 4,25, seharusnya sama dengan bobot induknya 4.");
    }

    [Fact]
    public void Area_weights_must_add_up_to_their_half()
    {
        var errors = Errors(Changed(r =>
        {
            Area(r, 1, 0)["weight"] = 5;
            Indicator(r, 1, 0, 0)["weight"] = 3;
        }));
        errors.ShouldBe(["Bagian PR: jumlah bobot area adalah 31, seharusnya sama dengan bobot induknya 30."]);
    }

    [Fact]
    public void Halves_and_hasil_must_add_up_to_one_hundred()
    {
        var errors = Errors(Changed(r => Hasil(r, "HBB")["weight"] = 6));
        errors.ShouldBe(["Jumlah bobot Pengungkit dan Hasil adalah 101, seharusnya 100."]);
    }

    [Theory]
    [InlineData(-0.1, "Pertanyaan PPA1B: nilai pilihan B adalah -0,1, harus di antara 0 dan 1.")]
    [InlineData(1.01, "Pertanyaan PPA1B: nilai pilihan B adalah 1,01, harus di antara 0 dan 1.")]
    [InlineData(0.6666667, "Pertanyaan PPA1B: nilai pilihan B (0,6666667) memiliki lebih dari 6 angka desimal.")]
    public void Option_values_lie_between_zero_and_one_with_at_most_six_decimals(double value, string error) =>
        Errors(Changed(r => Question(r, "PPA1B")["options"]![1]!["value"] = value)).ShouldBe([error]);

    [Fact]
    public void Option_keys_must_match_the_answer_type()
    {
        Errors(Changed(r => Question(r, "PPA1A")["type"] = "Abc")).ShouldBe(["Pertanyaan PPA1A: pilihan jawaban untuk jenis Abc harus A, B, C (tertulis: Ya, Tidak)."]);
        Errors(Changed(r => Question(r, "PPA1B")["options"]!.AsArray().RemoveAt(2))).ShouldBe(["Pertanyaan PPA1B: pilihan jawaban untuk jenis Abc harus A, B, C (tertulis: A, B)."]);
    }

    [Fact]
    public void Option_criteria_are_required() =>
        Errors(Changed(r => Question(r, "PPA1B")["options"]![0]!["criteria"] = " ")).ShouldBe(["Pertanyaan PPA1B: kriteria pilihan A wajib diisi, paling banyak 1000 karakter."]);

    [Fact]
    public void Percentage_rules_must_reference_existing_inputs()
    {
        var errors = Errors(Changed(r =>
        {
            Question(r, "PRA1A")["percentage"]!["numerator"] = "inovasi";
            Question(r, "PRD1A")["percentage"]!["denominator"] = "target";
        }));
        errors.ShouldBe([
            "Pertanyaan PRA1A: pembilang (numerator) \"inovasi\" bukan salah satu isian (agen, perubahan).",
            "Pertanyaan PRD1A: penyebut (denominator) \"target\" bukan salah satu isian (sasaran, sasaran_tercapai).",
        ]);
    }

    [Fact]
    public void Percentage_inputs_must_be_unique_well_formed_and_labelled()
    {
        var errors = Errors(Changed(r =>
        {
            var inputs = Question(r, "PRE2A")["percentage"]!["inputs"]!;
            inputs[1]!["key"] = "selesai";
            inputs[0]!["label"] = "";
            Question(r, "PRA1B")["percentage"]!["inputs"]![0]!["key"] = "Perubahan Baru";
        }));
        errors.ShouldContain("Pertanyaan PRE2A: kunci isian \"selesai\" dipakai lebih dari sekali.");
        errors.ShouldContain("Pertanyaan PRE2A: label isian \"harus_ditindaklanjuti\" wajib diisi, paling banyak 300 karakter.");
        errors.ShouldContain(e => e.StartsWith("Pertanyaan PRA1B: kunci isian \"Perubahan Baru\" tidak valid"));
    }

    [Fact]
    public void A_percentage_question_needs_its_rule_and_no_options()
    {
        var errors = Errors(Changed(r =>
        {
            Question(r, "PRA1A").Remove("percentage");
            Question(r, "PRA1B")["options"] = JsonNode.Parse("[{\"key\": \"A\", \"value\": 1, \"criteria\": \"x\"}]");
        }));
        errors.ShouldBe([
            "Pertanyaan PRA1A: pertanyaan persentase wajib memiliki aturan persentase (percentage).",
            "Pertanyaan PRA1B: pertanyaan persentase tidak memakai pilihan jawaban (options).",
        ]);
    }

    [Fact]
    public void Codes_follow_the_tree()
    {
        var errors = Errors(Changed(r =>
        {
            Area(r, 0, 0)["code"] = "PPX";
            Question(r, "PPA1A")["code"] = "PPB9Z";
        }));
        errors.ShouldContain("Area PPX: kode area harus kode bagian diikuti huruf area perubahan A–F, misalnya PPA.");
        errors.ShouldContain("Indikator PPA1: kode harus diawali kode induknya PPX.");
        errors.ShouldContain("Pertanyaan PPB9Z: kode harus diawali kode induknya PPA1.");
    }

    [Fact]
    public void The_hasil_items_read_by_the_gates_are_required()
    {
        var errors = Errors(Changed(r =>
        {
            Hasil(r, "HPA")["code"] = "HPX";
            Hasil(r, "HBB")["kind"] = "SurveyIndex";
        }));
        errors.ShouldContain("Komponen hasil HPA wajib ada (dipakai oleh syarat predikat).");
        errors.ShouldContain("Hasil HBB: jenisnya harus Grade.");
        errors.ShouldContain("Hasil HBB: indeks survei tidak memakai pilihan jawaban (options).");
    }

    [Fact]
    public void Gate_settings_must_be_in_range()
    {
        var errors = Errors(Changed(r =>
        {
            r["gates"]!["wbk"]!["areaMinFraction"] = 60;
            r["gates"]!["wbbm"]!["totalMin"] = 120;
        }));
        errors.ShouldBe([
            "Syarat WBK: batas minimal area (pecahan dari bobot) adalah 60, harus di antara 0 dan 1.",
            "Syarat WBBM: nilai total minimal adalah 120, harus di antara 0 dan 100.",
        ]);
    }

    [Fact]
    public void Missing_gates_take_the_default_settings()
    {
        var result = LkeTemplateValidator.Validate(Changed(r => r.Remove("gates")), _ => false);
        result.IsValid.ShouldBeTrue();
        result.Template!.Gates.ShouldBe(ZonaIntegritas.Web.Domain.Lke.GateSettings.Default);
    }

    [Fact]
    public void Weights_must_be_positive() =>
        Errors(Changed(r =>
        {
            Indicator(r, 0, 0, 0)["weight"] = 0;
            Indicator(r, 0, 0, 1)["weight"] = 1.5;
        })).ShouldBe(["Indikator PPA1: bobot harus lebih dari 0 (tertulis 0)."]);

    [Fact]
    public void Question_text_is_required() =>
        Errors(Changed(r => Question(r, "PPC1A")["text"] = "")).ShouldBe(["Pertanyaan PPC1A: teks pertanyaan wajib diisi, paling banyak 4000 karakter."]);
}
