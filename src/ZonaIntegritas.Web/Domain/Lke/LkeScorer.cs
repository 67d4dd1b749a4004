using System.Globalization;
using ZonaIntegritas.Web.Domain.Common;

namespace ZonaIntegritas.Web.Domain.Lke;

/// <summary>
/// The LKE scoring rules of PermenPAN-RB 90/2021, pure and exact (decimal, no rounding):
/// question value → indicator = weight × mean(question values) → area (per half) = Σ indicators →
/// Pengungkit = Pemenuhan + Reform; Hasil = IPAK + capaian kinerja + IPKP; Total = Pengungkit + Hasil.
/// Unanswered questions count 0 and are listed. Invalid answers are reported by <see cref="Validate"/>.
/// </summary>
public static class LkeScorer
{
    public static ScoreResult Score(LkeTemplate template, AnswerSet answers)
    {
        var questionValues = new Dictionary<string, decimal>(StringComparer.Ordinal);
        var unanswered = new List<string>();
        var indicators = new Dictionary<string, decimal>(StringComparer.Ordinal);
        var areas = new Dictionary<string, decimal>(StringComparer.Ordinal);
        var halves = new Dictionary<string, decimal>(StringComparer.Ordinal);

        foreach (var half in template.Halves)
        {
            var halfSum = 0m;
            foreach (var area in half.Areas)
            {
                var areaSum = 0m;
                foreach (var indicator in area.Indicators)
                {
                    var sum = 0m;
                    foreach (var question in indicator.Questions)
                    {
                        var value = answers.Questions.TryGetValue(question.Code, out var answer) ? QuestionValue(question, answer) : null;
                        if (value is null)
                        {
                            unanswered.Add(question.Code);
                        }
                        questionValues[question.Code] = value ?? 0m;
                        sum += value ?? 0m;
                    }
                    var indicatorValue = indicator.Questions.Count == 0 ? 0m : indicator.Weight * sum / indicator.Questions.Count;
                    indicators[indicator.Code] = indicatorValue;
                    areaSum += indicatorValue;
                }
                areas[area.Code] = areaSum;
                halfSum += areaSum;
            }
            halves[half.Code] = halfSum;
        }

        var hasil = new Dictionary<string, decimal>(StringComparer.Ordinal);
        var hasilMissing = new List<string>();
        foreach (var item in template.Hasil)
        {
            var value = answers.Hasil.TryGetValue(item.Code, out var answer) ? HasilValue(item, answer) : null;
            if (value is null)
            {
                hasilMissing.Add(item.Code);
            }
            hasil[item.Code] = value ?? 0m;
        }

        var pengungkit = halves.Values.Sum();
        var hasilTotal = hasil.Values.Sum();
        var total = pengungkit + hasilTotal;
        var partial = new ScoreResult(questionValues, unanswered, indicators, areas, halves, hasil, hasilMissing,
            pengungkit, hasilTotal, total, new GateResult("WBK", false, []), new GateResult("WBBM", false, []));
        return partial with
        {
            Wbk = Gates(template, partial, "WBK", template.Gates.Wbk, answers.UnitHoldsWbk),
            Wbbm = Gates(template, partial, "WBBM", template.Gates.Wbbm, answers.UnitHoldsWbk),
        };
    }

    /// <summary>The value of one answer in 0..1, or null when it gives no value (no option chosen, inputs missing).</summary>
    public static decimal? QuestionValue(LkeQuestionDef question, QuestionAnswer answer)
    {
        if (answer.GivenValue is { } given)
        {
            return Math.Clamp(given, 0m, 1m);
        }
        if (question.Type == AnswerType.Percentage)
        {
            return question.Percentage is { } rule && answer.Inputs is { } inputs ? PercentageValue(rule, inputs) : null;
        }
        return question.Options.FirstOrDefault(o => o.Key == answer.OptionKey)?.Value;
    }

    /// <summary>Ratio clamped to 0..1 with the rule's zero-denominator policy; null when an input is missing or negative.</summary>
    public static decimal? PercentageValue(PercentageRule rule, IReadOnlyDictionary<string, long> inputs)
    {
        if (!inputs.TryGetValue(rule.Numerator, out var numerator) || !inputs.TryGetValue(rule.Denominator, out var denominator)
            || numerator < 0 || denominator < 0)
        {
            return null;
        }
        if (denominator == 0)
        {
            return rule.WhenDenominatorZero switch
            {
                ZeroDenominatorRule.One => 1m,
                ZeroDenominatorRule.OneIfNumeratorZero => numerator == 0 ? 1m : 0m,
                _ => 0m,
            };
        }
        var ratio = rule.Formula == PercentageFormula.Decrease
            ? (decimal)(denominator - numerator) / denominator
            : (decimal)numerator / denominator;
        return Math.Clamp(ratio, 0m, 1m);
    }

    /// <summary>A Hasil item's value: weight × index ÷ 4 (index mapped onto 1–4) or weight × grade value.</summary>
    public static decimal? HasilValue(HasilItemDef item, HasilAnswer answer)
    {
        if (item.Kind == HasilKind.Grade)
        {
            return item.Options.FirstOrDefault(o => o.Key == answer.OptionKey)?.Value * item.Weight;
        }
        if (answer.Index is not { } index || answer.ScaleMax <= answer.ScaleMin || index < answer.ScaleMin || index > answer.ScaleMax)
        {
            return null;
        }
        return item.Weight * NormalizeIndex(index, answer.ScaleMin, answer.ScaleMax) / 4m;
    }

    /// <summary>Maps an index on [min, max] linearly onto the 1–4 scale.</summary>
    public static decimal NormalizeIndex(decimal index, decimal scaleMin, decimal scaleMax) =>
        scaleMin == 1m && scaleMax == 4m ? index : 1m + (index - scaleMin) * 3m / (scaleMax - scaleMin);

    /// <summary>Every problem in the answers, by code, in Bahasa Indonesia. An empty list means the set is valid.</summary>
    public static IReadOnlyList<AnswerError> Validate(LkeTemplate template, AnswerSet answers)
    {
        var errors = new List<AnswerError>();
        foreach (var (code, answer) in answers.Questions)
        {
            var question = template.FindQuestion(code);
            if (question is null)
            {
                errors.Add(new(code, $"Kode pertanyaan {code} tidak dikenal pada LKE {template.VersionCode}."));
                continue;
            }
            if (answer.GivenValue is { } given)
            {
                if (given is < 0m or > 1m)
                {
                    errors.Add(new(code, $"Nilai {code} harus di antara 0 dan 1."));
                }
            }
            else if (question.Type == AnswerType.Percentage)
            {
                ValidateInputs(question, answer, errors);
            }
            else if (answer.OptionKey is null)
            {
                errors.Add(new(code, $"Jawaban {code} wajib dipilih; pilihan yang tersedia: {Keys(question.Options)}."));
            }
            else if (question.Options.All(o => o.Key != answer.OptionKey))
            {
                errors.Add(new(code, $"Jawaban '{answer.OptionKey}' tidak valid untuk {code}; pilihan yang tersedia: {Keys(question.Options)}."));
            }
        }
        foreach (var (code, answer) in answers.Hasil)
        {
            var item = template.FindHasil(code);
            if (item is null)
            {
                errors.Add(new(code, $"Kode hasil {code} tidak dikenal pada LKE {template.VersionCode}."));
            }
            else if (item.Kind == HasilKind.Grade)
            {
                if (answer.OptionKey is null)
                {
                    errors.Add(new(code, $"Nilai {code} wajib dipilih; pilihan yang tersedia: {Keys(item.Options)}."));
                }
                else if (item.Options.All(o => o.Key != answer.OptionKey))
                {
                    errors.Add(new(code, $"Nilai '{answer.OptionKey}' tidak valid untuk {code}; pilihan yang tersedia: {Keys(item.Options)}."));
                }
            }
            else if (answer.Index is null)
            {
                errors.Add(new(code, $"Indeks {code} wajib diisi."));
            }
            else if (answer.ScaleMax <= answer.ScaleMin)
            {
                errors.Add(new(code, $"Skala indeks {code} tidak valid: batas atas harus lebih besar dari batas bawah."));
            }
            else if (answer.Index < answer.ScaleMin || answer.Index > answer.ScaleMax)
            {
                errors.Add(new(code, $"Indeks {code} harus di antara {Number(answer.ScaleMin)} dan {Number(answer.ScaleMax)}."));
            }
        }
        return errors;
    }

    private static string Keys(IEnumerable<LkeOption> options) => string.Join(", ", options.Select(o => o.Key));

    /// <summary>A number in a message, id-ID style without trailing zeros (1,5).</summary>
    private static string Number(decimal value) => value.ToString("0.##########", IdCulture);

    private static readonly CultureInfo IdCulture = Common.IndonesianCulture.Id;

    private static void ValidateInputs(LkeQuestionDef question, QuestionAnswer answer, List<AnswerError> errors)
    {
        var rule = question.Percentage!;
        if (answer.Inputs is null)
        {
            errors.Add(new(question.Code, $"Pertanyaan {question.Code} diisi dengan angka: {string.Join(", ", rule.Inputs.Select(i => i.Key))}."));
            return;
        }
        foreach (var input in rule.Inputs)
        {
            if (!answer.Inputs.TryGetValue(input.Key, out var value))
            {
                errors.Add(new(question.Code, $"Isian '{input.Key}' pada {question.Code} wajib diisi."));
            }
            else if (value < 0)
            {
                errors.Add(new(question.Code, $"Isian '{input.Key}' pada {question.Code} tidak boleh negatif."));
            }
        }
        if (rule.PartOfWholeError(question.Code, answer.Inputs) is { } partOfWhole)
        {
            errors.Add(new(question.Code, partOfWhole));
        }
        foreach (var key in answer.Inputs.Keys.Where(k => rule.Inputs.All(i => i.Key != k)))
        {
            errors.Add(new(question.Code, $"Isian '{key}' tidak dikenal pada {question.Code}; isian yang tersedia: {string.Join(", ", rule.Inputs.Select(i => i.Key))}."));
        }
    }

    private static GateResult Gates(LkeTemplate template, ScoreResult score, string predicate, PredicateGate gate, bool unitHoldsWbk)
    {
        var checks = new List<GateCheck>
        {
            Check("TOTAL", "Nilai total LKE", score.Total, gate.TotalMin),
        };
        if (template.Gates.AreaMode == AreaCheckMode.PerHalf)
        {
            foreach (var half in template.Halves)
            {
                foreach (var area in half.Areas)
                {
                    checks.Add(Check($"AREA_{area.Code}", $"{half.Name} – {area.Name}", score.Areas[area.Code], area.Weight * gate.AreaMinFraction));
                }
            }
        }
        else
        {
            foreach (var letter in template.Halves.SelectMany(h => h.Areas).Select(a => a.AreaLetter).Distinct())
            {
                var weight = template.Halves.SelectMany(h => h.Areas).Where(a => a.AreaLetter == letter).Sum(a => a.Weight);
                checks.Add(Check($"AREA_{letter}", $"Area {ChangeAreas.NameOf(letter)}", score.CombinedArea(letter), weight * gate.AreaMinFraction));
            }
        }
        var hba = score.Hasil.GetValueOrDefault("HBA");
        var hbb = score.Hasil.GetValueOrDefault("HBB");
        checks.Add(Check("HBA", "IPAK (Survei Persepsi Anti Korupsi)", hba, gate.HbaMin));
        checks.Add(Check("HBB", "Capaian kinerja", hbb, gate.HbbMin));
        checks.Add(Check("HBA_HBB", "Birokrasi bersih dan akuntabel (IPAK + capaian kinerja)", hba + hbb, gate.HbaPlusHbbMin));
        checks.Add(Check("HPA", "IPKP (Survei Persepsi Kualitas Pelayanan)", score.Hasil.GetValueOrDefault("HPA"), gate.HpaMin));
        if (gate.RequiresWbk)
        {
            checks.Add(Check("WBK_HELD", "Unit telah meraih predikat WBK", unitHoldsWbk ? 1m : 0m, 1m));
        }
        return new GateResult(predicate, checks.All(c => c.Passed), checks);
    }

    private static GateCheck Check(string code, string label, decimal value, decimal minimum) =>
        new(code, label, value, minimum, value >= minimum);
}
