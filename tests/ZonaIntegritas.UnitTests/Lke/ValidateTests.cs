using ZonaIntegritas.Web.Domain.Lke;

namespace ZonaIntegritas.UnitTests.Lke;

public class ValidateTests
{
    private static IReadOnlyList<AnswerError> Validate(LkeAnswers answers) => LkeScorer.Validate(LkeAnswers.Shipped, answers.Build());

    [Fact]
    public void Perfect_and_empty_answer_sets_are_valid()
    {
        Validate(LkeAnswers.Perfect()).ShouldBeEmpty();
        Validate(LkeAnswers.Empty()).ShouldBeEmpty();
    }

    [Fact]
    public void Unknown_question_code_is_an_error()
    {
        var errors = Validate(LkeAnswers.Empty().Option("PPZ9Z", "Ya"));
        errors.ShouldHaveSingleItem().Code.ShouldBe("PPZ9Z");
        errors[0].Message.ShouldBe("Kode pertanyaan PPZ9Z tidak dikenal pada LKE permenpanrb-90-2021.");
    }

    [Theory]
    [InlineData("PPA1A", "A", "Ya, Tidak")]
    [InlineData("PPA1B", "D", "A, B, C")]
    [InlineData("PPA3A", "E", "A, B, C, D")]
    [InlineData("PPB1B", "Ya", "A, B, C, D, E")]
    [InlineData("PPB1B", "a", "A, B, C, D, E")]
    public void Option_key_the_question_does_not_offer_is_an_error_listing_the_choices(string code, string key, string choices)
    {
        var error = Validate(LkeAnswers.Empty().Option(code, key)).ShouldHaveSingleItem();
        error.Code.ShouldBe(code);
        error.Message.ShouldBe($"Jawaban '{key}' tidak valid untuk {code}; pilihan yang tersedia: {choices}.");
    }

    [Fact]
    public void Option_question_without_an_option_is_an_error()
    {
        var answers = new AnswerSet(new Dictionary<string, QuestionAnswer> { ["PPA1A"] = new(null) }, new Dictionary<string, HasilAnswer>());
        var error = LkeScorer.Validate(LkeAnswers.Shipped, answers).ShouldHaveSingleItem();
        error.Message.ShouldBe("Jawaban PPA1A wajib dipilih; pilihan yang tersedia: Ya, Tidak.");
    }

    [Fact]
    public void Percentage_question_answered_with_an_option_is_an_error()
    {
        var error = Validate(LkeAnswers.Empty().Option("PRA1A", "A")).ShouldHaveSingleItem();
        error.Message.ShouldBe("Pertanyaan PRA1A diisi dengan angka: agen, perubahan.");
    }

    [Fact]
    public void Missing_input_is_an_error_per_input()
    {
        var errors = Validate(LkeAnswers.Empty().Inputs("PRE2A", ("harus_ditindaklanjuti", 4)));
        errors.Select(e => e.Message).ShouldBe([
            "Isian 'sedang_diproses' pada PRE2A wajib diisi.",
            "Isian 'selesai' pada PRE2A wajib diisi.",
        ]);
        errors.ShouldAllBe(e => e.Code == "PRE2A");
    }

    [Fact]
    public void Negative_input_is_an_error()
    {
        var error = Validate(LkeAnswers.Empty().Inputs("PRC3A", ("pelanggaran_tahun_lalu", 3), ("pelanggaran_tahun_ini", -1))).ShouldHaveSingleItem();
        error.Message.ShouldBe("Isian 'pelanggaran_tahun_ini' pada PRC3A tidak boleh negatif.");
    }

    [Fact]
    public void Unknown_input_is_an_error_listing_the_inputs()
    {
        var error = Validate(LkeAnswers.Empty().Inputs("PRA1A", ("agen", 3), ("perubahan", 3), ("inovasi", 1))).ShouldHaveSingleItem();
        error.Message.ShouldBe("Isian 'inovasi' tidak dikenal pada PRA1A; isian yang tersedia: agen, perubahan.");
    }

    [Fact]
    public void Zero_inputs_are_valid()
    {
        Validate(LkeAnswers.Empty().Inputs("PRA1A", ("agen", 0), ("perubahan", 0))).ShouldBeEmpty();
    }

    [Fact]
    public void Unknown_hasil_code_is_an_error()
    {
        var error = Validate(LkeAnswers.Empty().Index("HXX", 3m)).ShouldHaveSingleItem();
        error.Message.ShouldBe("Kode hasil HXX tidak dikenal pada LKE permenpanrb-90-2021.");
    }

    [Fact]
    public void Capaian_kinerja_grade_outside_A_to_E_is_an_error()
    {
        Validate(LkeAnswers.Empty().Grade("HBB", "F")).ShouldHaveSingleItem().Message
            .ShouldBe("Nilai 'F' tidak valid untuk HBB; pilihan yang tersedia: A, B, C, D, E.");
        Validate(LkeAnswers.Empty().Index("HBB", 3m)).ShouldHaveSingleItem().Message
            .ShouldBe("Nilai HBB wajib dipilih; pilihan yang tersedia: A, B, C, D, E.");
    }

    [Theory]
    [InlineData(0.99, 1, 4, "Indeks HBA harus di antara 1 dan 4.")]
    [InlineData(4.5, 1, 4, "Indeks HBA harus di antara 1 dan 4.")]
    [InlineData(6.5, 1, 6, "Indeks HBA harus di antara 1 dan 6.")]
    [InlineData(0, 1, 5, "Indeks HBA harus di antara 1 dan 5.")]
    [InlineData(101, 0, 100, "Indeks HBA harus di antara 0 dan 100.")]
    [InlineData(5, 1.5, 4.5, "Indeks HBA harus di antara 1,5 dan 4,5.")]
    public void Index_outside_its_scale_is_an_error(decimal index, decimal min, decimal max, string message)
    {
        var error = Validate(LkeAnswers.Empty().Index("HBA", index, min, max)).ShouldHaveSingleItem();
        error.Code.ShouldBe("HBA");
        error.Message.ShouldBe(message);
    }

    [Theory]
    [InlineData(1, 4, 4)]
    [InlineData(1, 4, 1)]
    [InlineData(1, 5, 5)]
    [InlineData(1, 6, 5.5)]
    public void Index_on_its_scale_is_valid(decimal min, decimal max, decimal index) =>
        Validate(LkeAnswers.Empty().Index("HPA", index, min, max)).ShouldBeEmpty();

    [Fact]
    public void Scale_whose_maximum_is_not_above_its_minimum_is_an_error()
    {
        Validate(LkeAnswers.Empty().Index("HPA", 3m, 4m, 4m)).ShouldHaveSingleItem().Message
            .ShouldBe("Skala indeks HPA tidak valid: batas atas harus lebih besar dari batas bawah.");
    }

    [Fact]
    public void Missing_index_is_an_error()
    {
        var answers = new AnswerSet(new Dictionary<string, QuestionAnswer>(), new Dictionary<string, HasilAnswer> { ["HPA"] = new(null) });
        LkeScorer.Validate(LkeAnswers.Shipped, answers).ShouldHaveSingleItem().Message.ShouldBe("Indeks HPA wajib diisi.");
    }

    [Fact]
    public void Every_error_is_listed_not_only_the_first()
    {
        var errors = Validate(LkeAnswers.Perfect()
            .Option("PPA1A", "X")
            .Option("NOPE", "A")
            .Inputs("PRA1A", ("agen", -2))
            .Grade("HBB", "Z")
            .Index("HBA", 9m));
        errors.Select(e => e.Code).ShouldBe(["PPA1A", "NOPE", "PRA1A", "PRA1A", "HBA", "HBB"], ignoreOrder: true);
    }
}
