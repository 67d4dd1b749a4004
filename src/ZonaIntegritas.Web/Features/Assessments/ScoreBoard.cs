using ZonaIntegritas.Web.Domain.Assessments;
using ZonaIntegritas.Web.Domain.Common;
using ZonaIntegritas.Web.Domain.Lke;
using ZonaIntegritas.Web.Infrastructure.Web;

namespace ZonaIntegritas.Web.Features.Assessments;

public sealed record AreaScoreRow(string Letter, string Name, decimal Pemenuhan, decimal PemenuhanWeight, decimal Reform, decimal ReformWeight, int Answered, int Total);

public sealed record HasilScoreRow(string Code, string Name, decimal Value, decimal Weight, bool Missing, bool Provisional, string ValueText);

/// <summary>Everything a score panel shows: Pengungkit, Hasil (provisional marked), projected total, areas, gates.</summary>
public sealed record ScoreBoard(
    decimal Pemenuhan,
    decimal PemenuhanMax,
    decimal Reform,
    decimal ReformMax,
    decimal Pengungkit,
    decimal PengungkitMax,
    decimal HasilTotal,
    decimal HasilMax,
    decimal Total,
    bool HasilHasProvisional,
    bool HasilIncomplete,
    int Answered,
    int QuestionCount,
    IReadOnlyList<AreaScoreRow> Areas,
    IReadOnlyList<HasilScoreRow> Hasil,
    TargetPredicate Target,
    GateResult TargetGate,
    GateResult OtherGate)
{
    public static ScoreBoard Build(LkeTemplate template, ScoreResult score, IEnumerable<HasilEntry> hasilEntries, TargetPredicate target)
    {
        var unanswered = score.Unanswered.ToHashSet(StringComparer.Ordinal);
        var entries = hasilEntries.ToDictionary(h => h.Code, StringComparer.Ordinal);
        var areas = ChangeAreas.All.Select(area =>
        {
            var halves = template.Halves.SelectMany(h => h.Areas.Select(a => (Half: h, Area: a))).Where(x => x.Area.AreaLetter == area.Code).ToList();
            var pp = halves.FirstOrDefault(x => x.Half.Code == "PP").Area;
            var pr = halves.FirstOrDefault(x => x.Half.Code == "PR").Area;
            var codes = halves.SelectMany(x => x.Area.Indicators).SelectMany(i => i.Questions).Select(q => q.Code).ToList();
            return new AreaScoreRow(area.Code, area.Name,
                pp is null ? 0m : score.Areas.GetValueOrDefault(pp.Code), pp?.Weight ?? 0m,
                pr is null ? 0m : score.Areas.GetValueOrDefault(pr.Code), pr?.Weight ?? 0m,
                codes.Count(c => !unanswered.Contains(c)), codes.Count);
        }).ToList();
        var hasil = template.Hasil.Select(item =>
        {
            entries.TryGetValue(item.Code, out var entry);
            return new HasilScoreRow(item.Code, item.Name, score.Hasil.GetValueOrDefault(item.Code), item.Weight,
                score.HasilMissing.Contains(item.Code), entry?.Provisional == true, entry?.ValueText ?? AnswerValues.Empty);
        }).ToList();
        var questionCount = template.Questions.Count();
        return new ScoreBoard(
            score.Halves.GetValueOrDefault("PP"), template.Halves.FirstOrDefault(h => h.Code == "PP")?.Weight ?? 0m,
            score.Halves.GetValueOrDefault("PR"), template.Halves.FirstOrDefault(h => h.Code == "PR")?.Weight ?? 0m,
            score.Pengungkit, template.Halves.Sum(h => h.Weight),
            score.HasilTotal, template.Hasil.Sum(h => h.Weight),
            score.Total,
            hasil.Any(h => h.Provisional && !h.Missing),
            hasil.Any(h => h.Missing),
            questionCount - unanswered.Count, questionCount,
            areas, hasil, target,
            target == TargetPredicate.Wbbm ? score.Wbbm : score.Wbk,
            target == TargetPredicate.Wbbm ? score.Wbk : score.Wbbm);
    }

    public AreaScoreRow Area(string letter) => Areas.First(a => a.Letter == letter);
}

/// <summary>Score display: id-ID numbers, each value with its weight and the % of it.</summary>
public static class ScoreText
{
    /// <summary>"2,40 / 4,00 (60,00 %)".</summary>
    public static string OfWeight(decimal value, decimal weight) =>
        $"{Fmt.Number(value, 2)} / {Fmt.Number(weight, 2)} ({(weight == 0 ? "–" : Fmt.Percent(value / weight))})";

    public static string Percent(decimal value, decimal weight) => weight == 0 ? "–" : Fmt.Percent(value / weight);
}
