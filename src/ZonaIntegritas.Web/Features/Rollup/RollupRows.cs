using ZonaIntegritas.Web.Domain.Assessments;
using ZonaIntegritas.Web.Domain.Common;
using ZonaIntegritas.Web.Domain.Lke;

namespace ZonaIntegritas.Web.Features.Rollup;

/// <summary>The roll-up's row arithmetic: every number from the scorer's result, thresholds from the gate table.</summary>
public static class RollupRows
{
    public static RollupRow Build(LkeTemplate template, Assessment a, string unitName, ScoreResult score, int questionsWithEvidence, int activeStaff, int signedStaff, DateTime? lastUpdate)
    {
        var gate = a.Target == TargetPredicate.Wbbm ? score.Wbbm : score.Wbk;
        var predicate = a.Target == TargetPredicate.Wbbm ? template.Gates.Wbbm : template.Gates.Wbk;
        var areaDefs = template.Halves.SelectMany(h => h.Areas).ToList();
        var areas = ChangeAreas.All.Select(x =>
        {
            var weight = areaDefs.Where(d => d.AreaLetter == x.Code).Sum(d => d.Weight);
            var under = gate.Checks.Any(c => !c.Passed && c.Code.StartsWith("AREA_", StringComparison.Ordinal) && c.Code.EndsWith(x.Code, StringComparison.Ordinal));
            return new RollupCell(score.CombinedArea(x.Code), weight, weight * predicate.AreaMinFraction, under);
        }).ToList();
        var hasil = template.Hasil.Select(h =>
        {
            var check = gate.Checks.FirstOrDefault(c => c.Code == h.Code);
            return new RollupCell(score.Hasil.GetValueOrDefault(h.Code), h.Weight, check?.Minimum, check is { Passed: false });
        }).ToList();
        var total = gate.Checks.First(c => c.Code == "TOTAL");
        var questions = template.Questions.Count();
        var answered = questions - score.Unanswered.Count;
        var failing = gate.Checks.Where(c => !c.Passed).ToList();
        var farOff = failing.Where(c => c.Minimum > 0 && c.Gap / c.Minimum > 0.2m).Select(c => c.Label).ToList();
        var mentoring = score.Total < RollupService.MentoringTotal || farOff.Count > 0;
        var reason = score.Total < RollupService.MentoringTotal
            ? $"Nilai total di bawah {RollupService.MentoringTotal:0}"
            : farOff.Count > 0 ? "Jauh dari syarat: " + string.Join(", ", farOff) : "";
        return new RollupRow(a.UnitId, unitName, a.Id, a.Target, a.Stage, areas,
            new RollupCell(score.Pengungkit, template.Halves.Sum(h => h.Weight), null, false), hasil,
            new RollupCell(score.Total, 100m, total.Minimum, !total.Passed),
            questions == 0 ? 0 : (decimal)answered / questions,
            answered == 0 ? 0 : (decimal)questionsWithEvidence / answered,
            activeStaff == 0 ? null : (decimal)signedStaff / activeStaff,
            lastUpdate, gate.Passed, failing.Count,
            gate.Passed ? $"Memenuhi syarat {a.Target.Label()}" : $"Belum: {failing.Count} syarat",
            mentoring, reason);
    }

    /// <summary>The "Ambang batas" row for WBK: the area minima (combined), no Pengungkit minimum, the Hasil minima, the total.</summary>
    public static IReadOnlyList<RollupCell> Thresholds(LkeTemplate template)
    {
        var gate = template.Gates.Wbk;
        var areaDefs = template.Halves.SelectMany(h => h.Areas).ToList();
        var cells = ChangeAreas.All.Select(x =>
        {
            var weight = areaDefs.Where(d => d.AreaLetter == x.Code).Sum(d => d.Weight);
            return new RollupCell(weight * gate.AreaMinFraction, weight, null, false);
        }).ToList();
        var hasilMinimum = new Dictionary<string, decimal> { ["HBA"] = gate.HbaMin, ["HBB"] = gate.HbbMin, ["HPA"] = gate.HpaMin };
        cells.AddRange(template.Hasil.Select(h => new RollupCell(hasilMinimum.GetValueOrDefault(h.Code), h.Weight, null, false)));
        cells.Add(new RollupCell(gate.TotalMin, 100m, null, false));
        return cells;
    }

    public static IReadOnlyList<RollupRow> Sort(IReadOnlyList<RollupRow> rows, string? sort) => sort switch
    {
        "total" => rows.OrderByDescending(r => r.Total.Value).ToList(),
        "pengungkit" => rows.OrderByDescending(r => r.Pengungkit.Value).ToList(),
        "terjawab" => rows.OrderByDescending(r => r.AnsweredRatio).ToList(),
        "eviden" => rows.OrderByDescending(r => r.EvidenceRatio).ToList(),
        "pakta" => rows.OrderByDescending(r => r.PactRatio ?? -1).ToList(),
        "tahap" => rows.OrderBy(r => r.Stage).ToList(),
        "status" => rows.OrderBy(r => r.Passed).ThenByDescending(r => r.FailingGates).ToList(),
        _ when sort is { Length: 6 } && sort.StartsWith("area-", StringComparison.Ordinal) && ChangeAreas.IsValid(sort[5..]) => ByArea(rows, sort[5..]),
        _ => rows.OrderBy(r => r.UnitName, StringComparer.Ordinal).ToList(),
    };

    private static List<RollupRow> ByArea(IReadOnlyList<RollupRow> rows, string letter)
    {
        var index = ChangeAreas.All.ToList().FindIndex(x => x.Code == letter);
        return rows.OrderByDescending(r => r.Areas[index].Weight == 0 ? 0 : r.Areas[index].Value / r.Areas[index].Weight).ToList();
    }
}
