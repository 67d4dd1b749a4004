using System.Globalization;

namespace ZonaIntegritas.Web.Domain.Lke.Planning;

/// <summary>
/// The gap-to-predikat planner (docs/planner.md): the exact minimum number of option steps that makes every gate of
/// the target hold together. Only the option questions of the Pengungkit move, one option up per step; an unanswered
/// option question starts at its lowest option; percentage questions, Hasil and locked questions stay as they are.
/// Method: a dynamic programme. Per indicator, the best question-value sum for each step count; per area gate
/// (a half-area, or the two halves of a letter in combined mode), the best area value for each step count and so
/// the fewest steps that reach its minimum; then across areas (each forced to at least its own minimum) the best
/// Pengungkit for each total step count; the answer is the first count whose total reaches the total gate.
/// </summary>
public static class PredicatePlanner
{
    private static readonly CultureInfo Id = Common.IndonesianCulture.Id;

    public static PredicatePlan Plan(LkeTemplate template, AnswerSet answers, string target, IReadOnlySet<string>? locked = null)
    {
        locked ??= new HashSet<string>(StringComparer.Ordinal);
        var isWbbm = string.Equals(target, "WBBM", StringComparison.OrdinalIgnoreCase);
        var gate = isWbbm ? template.Gates.Wbbm : template.Gates.Wbk;
        var before = LkeScorer.Score(template, answers);
        var reasons = new Dictionary<string, string>(StringComparer.Ordinal);

        var groups = AreaGroups(template, gate).Select(g => PlanGroup.Build(g, before, answers, locked)).ToList();
        var top = StepTable.Start(0m);
        foreach (var group in groups)
        {
            var need = group.Table.MinStepsFor(group.Minimum);
            if (need is null)
            {
                reasons[group.GateCode] = $"Nilai tertinggi yang dapat dicapai dengan menaikkan jawaban pilihan adalah {N(group.Table.Best(group.Table.MaxSteps))}, " +
                    $"di bawah batas {N(group.Minimum)}: sisanya bergantung pada pertanyaan persentase (perlu data) atau pertanyaan yang terkunci.";
            }
            top = top.Add(group.Table.MaxSteps, group.Table.Best, need ?? 0);
        }

        var first = Enumerable.Range(0, top.MaxSteps + 1).First(top.CanTake);
        var chosen = first;
        for (var s = first; s <= top.MaxSteps; s++)
        {
            if (top.CanTake(s) && top.Best(s) + before.HasilTotal >= gate.TotalMin)
            {
                chosen = s;
                break;
            }
            if (s == top.MaxSteps)
            {
                reasons["TOTAL"] = $"Nilai total tertinggi dengan semua jawaban pilihan di opsi teratas adalah {N(top.Best(top.MaxSteps) + before.HasilTotal)}, " +
                    $"di bawah {N(gate.TotalMin)}: Hasil ({N(before.HasilTotal)}) dan pertanyaan persentase tidak naik dengan jawaban.";
            }
        }

        var changes = new List<PlannedChange>();
        var planned = new Dictionary<string, QuestionAnswer>(answers.Questions, StringComparer.Ordinal);
        var split = top.Split(chosen);
        for (var g = 0; g < groups.Count; g++)
        {
            foreach (var (ladder, steps, gain) in groups[g].Changes(split[g]))
            {
                changes.Add(new PlannedChange(ladder.Question.Code, ladder.From, ladder.KeyAt(steps), steps, gain));
                planned[ladder.Question.Code] = QuestionAnswer.Option(ladder.KeyAt(steps));
            }
        }
        var plannedAnswers = answers with { Questions = planned };
        var after = LkeScorer.Score(template, plannedAnswers);
        var afterGate = isWbbm ? after.Wbbm : after.Wbk;
        var unreachable = afterGate.Checks.Where(c => !c.Passed)
            .Select(c => new UnreachableGate(c.Code, c.Label, reasons.GetValueOrDefault(c.Code) ?? FixedReason(c.Code)))
            .ToList();
        var ordered = changes.OrderBy(c => QuestionOrder(template, c.Code)).ToList();
        return new PredicatePlan(isWbbm ? "WBBM" : "WBK", afterGate.Passed, ordered.Sum(c => c.Steps), ordered, unreachable, plannedAnswers, before, after);
    }

    /// <summary>Why a gate outside the Pengungkit answers cannot be met by answering.</summary>
    private static string FixedReason(string code) => code switch
    {
        "HBA" => "IPAK adalah hasil survei eksternal (Survei Persepsi Anti Korupsi): tidak dapat dinaikkan dengan jawaban LKE.",
        "HPA" => "IPKP adalah hasil survei eksternal (Survei Persepsi Kualitas Pelayanan): tidak dapat dinaikkan dengan jawaban LKE.",
        "HBB" => "Capaian kinerja dinilai dari laporan kinerja (LKj/PK), bukan dari jawaban LKE.",
        "HBA_HBB" => "Bergantung pada IPAK dan capaian kinerja (Hasil), bukan pada jawaban LKE.",
        "WBK_HELD" => "WBBM hanya dapat diusulkan oleh unit yang telah meraih predikat WBK.",
        "TOTAL" => "Nilai total tidak tercapai dengan jawaban pilihan saja.",
        _ => "Tidak dapat dipenuhi dengan menaikkan jawaban pilihan.",
    };

    private static string N(decimal value) => value.ToString("N2", Id);

    private static int QuestionOrder(LkeTemplate template, string code) =>
        template.Questions.Select((q, i) => (q.Code, i)).First(x => x.Code == code).i;

    /// <summary>The area gates of the template's mode, with the indicators each one sums.</summary>
    private static IEnumerable<(string Code, decimal Minimum, IReadOnlyList<LkeIndicatorDef> Indicators)> AreaGroups(LkeTemplate template, PredicateGate gate)
    {
        var areas = template.Halves.SelectMany(h => h.Areas).ToList();
        if (template.Gates.AreaMode == AreaCheckMode.PerHalf)
        {
            return areas.Select(a => ($"AREA_{a.Code}", a.Weight * gate.AreaMinFraction, (IReadOnlyList<LkeIndicatorDef>)a.Indicators));
        }
        return areas.Select(a => a.AreaLetter).Distinct().Select(letter =>
        {
            var inLetter = areas.Where(a => a.AreaLetter == letter).ToList();
            return ($"AREA_{letter}", inLetter.Sum(a => a.Weight) * gate.AreaMinFraction,
                (IReadOnlyList<LkeIndicatorDef>)inLetter.SelectMany(a => a.Indicators).ToList());
        });
    }
}
