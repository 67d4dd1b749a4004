using ZonaIntegritas.Web.Domain.Lke;

namespace ZonaIntegritas.UnitTests.Lke;

/// <summary>Small hand-made LKE trees for tests whose numbers must land exactly on a boundary.</summary>
internal static class MiniTemplate
{
    public static readonly IReadOnlyList<LkeOption> YaTidak = [new("Ya", 1m, "Ya"), new("Tidak", 0m, "Tidak")];
    public static readonly IReadOnlyList<LkeOption> Abc = [new("A", 1m, "Semua"), new("B", 0.5m, "Sebagian"), new("C", 0m, "Belum ada")];

    public static readonly IReadOnlyList<HasilItemDef> StandardHasil =
    [
        new("HBA", "IPAK", 17.5m, HasilKind.SurveyIndex, []),
        new("HBB", "Capaian kinerja", 5m, HasilKind.Grade,
            [new("A", 1m, "A"), new("B", 0.75m, "B"), new("C", 0.5m, "C"), new("D", 0.25m, "D"), new("E", 0m, "E")]),
        new("HPA", "IPKP", 17.5m, HasilKind.SurveyIndex, []),
    ];

    public static LkeQuestionDef Question(string code, AnswerType type = AnswerType.YaTidak) =>
        new(code, "Pertanyaan " + code, type, type == AnswerType.Abc ? Abc : YaTidak, null, []);

    /// <summary>A ratio question: value = part ÷ whole, zero denominator → 0.</summary>
    public static LkeQuestionDef Ratio(string code) =>
        new(code, "Persentase " + code, AnswerType.Percentage, [],
            new PercentageRule([new("whole", "Jumlah"), new("part", "Bagian")], PercentageFormula.Ratio, "part", "whole", ZeroDenominatorRule.Zero), []);

    public static LkeIndicatorDef Indicator(string code, decimal weight, params LkeQuestionDef[] questions) =>
        new(code, "Indikator " + code, weight, questions);

    public static LkeAreaDef Area(string code, decimal weight, params LkeIndicatorDef[] indicators) =>
        new(code, "Area " + code, weight, indicators);

    public static LkeTemplate Create(IReadOnlyList<LkeHalfDef> halves, GateSettings? gates = null) =>
        new("mini", "LKE uji", halves, StandardHasil, gates ?? GateSettings.Default);

    /// <summary>
    /// One area per half, each made of two ratio indicators answered out of 1,000 so that every value is an exact
    /// multiple of 0.01: Pemenuhan 30 = PPA (PPA1 weight 20 → 0.02 per unit, PPA2 weight 10 → 0.01 per unit),
    /// Reform 30 = PRA (PRA1 20, PRA2 10); standard Hasil (IPAK 17.5, capaian kinerja 5, IPKP 17.5).
    /// </summary>
    public static LkeTemplate Boundary(GateSettings? gates = null) => Create(
    [
        new LkeHalfDef("PP", "Pemenuhan", 30m, [Area("PPA", 30m, Indicator("PPA1", 20m, Ratio("PPA1A")), Indicator("PPA2", 10m, Ratio("PPA2A")))]),
        new LkeHalfDef("PR", "Reform", 30m, [Area("PRA", 30m, Indicator("PRA1", 20m, Ratio("PRA1A")), Indicator("PRA2", 10m, Ratio("PRA2A")))]),
    ], gates);

    /// <summary>Answers <see cref="Boundary"/>: each ratio question as <paramref name="part"/> of 1,000.</summary>
    public static LkeAnswers Parts(int ppa1, int ppa2, int pra1, int pra2) => LkeAnswers.Empty()
        .Inputs("PPA1A", ("whole", 1000), ("part", ppa1))
        .Inputs("PPA2A", ("whole", 1000), ("part", ppa2))
        .Inputs("PRA1A", ("whole", 1000), ("part", pra1))
        .Inputs("PRA2A", ("whole", 1000), ("part", pra2));
}
