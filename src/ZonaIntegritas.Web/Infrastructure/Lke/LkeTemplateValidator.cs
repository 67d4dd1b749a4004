using System.Text.Json;
using System.Text.RegularExpressions;
using ZonaIntegritas.Web.Domain.Common;
using ZonaIntegritas.Web.Domain.Lke;
using static ZonaIntegritas.Web.Infrastructure.Lke.LkeTemplateFile;

namespace ZonaIntegritas.Web.Infrastructure.Lke;

/// <summary>The outcome of checking a template file: the tree when valid, otherwise every problem found.</summary>
public sealed record LkeTemplateValidation(LkeTemplate? Template, IReadOnlyList<string> Errors)
{
    public bool IsValid => Errors.Count == 0 && Template is not null;
}

/// <summary>
/// Checks a <c>zi-lke-template/1</c> file before it becomes an LKE version: format, version code, unique codes,
/// weights adding up (areas → half, indicators → area, halves + Hasil = 100), option keys and values, percentage
/// rules, Hasil items and gate settings. Every problem is listed, in Bahasa Indonesia.
/// </summary>
public static partial class LkeTemplateValidator
{
    public const int MaxDecimals = 6;

    private static readonly Dictionary<AnswerType, string[]> OptionKeys = new()
    {
        [AnswerType.YaTidak] = ["Ya", "Tidak"],
        [AnswerType.Abc] = ["A", "B", "C"],
        [AnswerType.Abcd] = ["A", "B", "C", "D"],
        [AnswerType.Abcde] = ["A", "B", "C", "D", "E"],
    };

    /// <summary>The Hasil items the gates read, with their kind.</summary>
    private static readonly (string Code, HasilKind Kind)[] RequiredHasil = [("HBA", HasilKind.SurveyIndex), ("HBB", HasilKind.Grade), ("HPA", HasilKind.SurveyIndex)];

    [GeneratedRegex("^[A-Z]{2}$")]
    private static partial Regex HalfCode();

    [GeneratedRegex("^[A-Z0-9]{1,20}$")]
    private static partial Regex NodeCode();

    [GeneratedRegex("^[a-z][a-z0-9_]{0,59}$")]
    private static partial Regex InputKey();

    public static LkeTemplateValidation Validate(string json, Func<string, bool> versionCodeExists)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return Failed("Berkas kosong. Unggah berkas JSON berformat zi-lke-template/1.");
        }
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return Failed("Isi berkas harus berupa objek JSON ({ ... }) berformat zi-lke-template/1.");
            }
            var format = document.RootElement.TryGetProperty("format", out var f) && f.ValueKind == JsonValueKind.String ? f.GetString() : null;
            if (format != Format)
            {
                return Failed(format == "zi-lke/1"
                    ? "Berkas ini adalah berkas jawaban LKE (zi-lke/1), bukan templat LKE (zi-lke-template/1)."
                    : $"Format berkas harus \"{Format}\" (tertulis: {(format is null ? "tidak ada" : $"\"{format}\"")}).");
            }
        }
        catch (JsonException ex)
        {
            return Failed($"Berkas bukan JSON yang valid (baris {(ex.LineNumber ?? 0) + 1}, posisi {(ex.BytePositionInLine ?? 0) + 1}). Periksa tanda kutip, koma, titik dua dan kurung di sekitar posisi tersebut.");
        }

        TemplateDocument? doc;
        try
        {
            doc = JsonSerializer.Deserialize<TemplateDocument>(json, JsonOptions);
        }
        catch (JsonException ex)
        {
            return Failed($"Nilai pada {Path(ex.Path)} tidak sesuai jenisnya (baris {(ex.LineNumber ?? 0) + 1}, posisi {(ex.BytePositionInLine ?? 0) + 1}): periksa angka, teks, dan nama pilihan seperti jenis jawaban (YaTidak, Abc, Abcd, Abcde, Percentage).");
        }
        if (doc is null)
        {
            return Failed("Berkas kosong. Unggah berkas JSON berformat zi-lke-template/1.");
        }

        var errors = new List<string>();
        new Walker(doc, versionCodeExists, errors).Run();
        return errors.Count > 0 ? new LkeTemplateValidation(null, errors) : new LkeTemplateValidation(doc.ToTemplate(), errors);
    }

    private static string Path(string? jsonPath) => string.IsNullOrEmpty(jsonPath) ? "berkas" : jsonPath.TrimStart('$', '.');

    private static LkeTemplateValidation Failed(string message) => new(null, [message]);

    private sealed class Walker(TemplateDocument doc, Func<string, bool> versionCodeExists, List<string> errors)
    {
        private readonly HashSet<string> _codes = new(StringComparer.Ordinal);

        public void Run()
        {
            if (!LkeVersion.IsWellFormedCode(doc.VersionCode))
            {
                errors.Add($"Kode versi \"{doc.VersionCode}\" tidak valid: gunakan 3–{LkeVersion.CodeMaxLength} huruf kecil, angka dan tanda hubung, misalnya permenpanrb-90-2021.");
            }
            else if (versionCodeExists(doc.VersionCode))
            {
                errors.Add($"Kode versi \"{doc.VersionCode}\" sudah dipakai. Versi baru harus memakai kode baru.");
            }
            if (string.IsNullOrWhiteSpace(doc.Title) || doc.Title.Length > LkeVersion.TitleMaxLength)
            {
                errors.Add($"Judul versi (title) wajib diisi, paling banyak {LkeVersion.TitleMaxLength} karakter.");
            }
            if (doc.Halves is null || doc.Halves.Count == 0)
            {
                errors.Add("Bagian Pengungkit (halves) wajib berisi paling sedikit satu bagian, misalnya PP (Pemenuhan) dan PR (Reform).");
            }
            else
            {
                doc.Halves.ForEach(Half);
            }
            Hasil();
            var total = (doc.Halves ?? []).Where(h => h is not null).Sum(h => h.Weight) + (doc.Hasil ?? []).Where(h => h is not null).Sum(h => h.Weight);
            if (total != 100m)
            {
                errors.Add($"Jumlah bobot Pengungkit dan Hasil adalah {Show(total)}, seharusnya 100.");
            }
            Gates();
        }

        private void Half(HalfDto? half)
        {
            if (half is null)
            {
                errors.Add("Ada bagian (half) yang kosong.");
                return;
            }
            var where = $"Bagian {half.Code}";
            Code(half.Code, HalfCode(), where, "dua huruf kapital, misalnya PP");
            Name(half.Name, where);
            Weight(half.Weight, where);
            if (half.Areas is null || half.Areas.Count == 0)
            {
                errors.Add($"{where}: wajib berisi paling sedikit satu area.");
                return;
            }
            foreach (var area in half.Areas)
            {
                Area(area, half);
            }
            SumMatches(half.Areas.Where(a => a is not null).Sum(a => a.Weight), half.Weight, $"{where}: jumlah bobot area");
        }

        private void Area(AreaDto? area, HalfDto half)
        {
            if (area is null)
            {
                errors.Add($"Bagian {half.Code}: ada area yang kosong.");
                return;
            }
            var where = $"Area {area.Code}";
            if (area.Code is not { Length: 3 } || !area.Code.StartsWith(half.Code ?? "", StringComparison.Ordinal) || !ChangeAreas.IsValid(area.Code[2..]))
            {
                errors.Add($"{where}: kode area harus kode bagian diikuti huruf area perubahan A–F, misalnya {half.Code}A.");
            }
            Unique(area.Code, where);
            Name(area.Name, where);
            Weight(area.Weight, where);
            if (area.Indicators is null || area.Indicators.Count == 0)
            {
                errors.Add($"{where}: wajib berisi paling sedikit satu indikator.");
                return;
            }
            foreach (var indicator in area.Indicators)
            {
                Indicator(indicator, area);
            }
            SumMatches(area.Indicators.Where(i => i is not null).Sum(i => i.Weight), area.Weight, $"{where}: jumlah bobot indikator");
        }

        private void Indicator(IndicatorDto? indicator, AreaDto area)
        {
            if (indicator is null)
            {
                errors.Add($"Area {area.Code}: ada indikator yang kosong.");
                return;
            }
            var where = $"Indikator {indicator.Code}";
            Code(indicator.Code, NodeCode(), where, "huruf kapital dan angka, misalnya PPA1");
            Prefix(indicator.Code, area.Code, where);
            Name(indicator.Name, where);
            Weight(indicator.Weight, where);
            if (indicator.Questions is null || indicator.Questions.Count == 0)
            {
                errors.Add($"{where}: wajib berisi paling sedikit satu pertanyaan.");
                return;
            }
            foreach (var question in indicator.Questions)
            {
                Question(question, indicator);
            }
        }

        private void Question(QuestionDto? question, IndicatorDto indicator)
        {
            if (question is null)
            {
                errors.Add($"Indikator {indicator.Code}: ada pertanyaan yang kosong.");
                return;
            }
            var where = $"Pertanyaan {question.Code}";
            Code(question.Code, NodeCode(), where, "huruf kapital dan angka, misalnya PPA1A");
            Prefix(question.Code, indicator.Code, where);
            if (string.IsNullOrWhiteSpace(question.Text) || question.Text.Length > LkeQuestion.TextMaxLength)
            {
                errors.Add($"{where}: teks pertanyaan wajib diisi, paling banyak {LkeQuestion.TextMaxLength} karakter.");
            }
            foreach (var evidence in question.TypicalEvidence ?? [])
            {
                if (string.IsNullOrWhiteSpace(evidence) || evidence.Length > LkeQuestion.EvidenceMaxLength)
                {
                    errors.Add($"{where}: setiap contoh eviden wajib diisi, paling banyak {LkeQuestion.EvidenceMaxLength} karakter.");
                }
            }
            if (!Enum.IsDefined(question.Type))
            {
                errors.Add($"{where}: jenis jawaban wajib diisi (YaTidak, Abc, Abcd, Abcde atau Percentage).");
            }
            else if (question.Type == AnswerType.Percentage)
            {
                if (question.Options is { Count: > 0 })
                {
                    errors.Add($"{where}: pertanyaan persentase tidak memakai pilihan jawaban (options).");
                }
                Percentage(question.Percentage, where);
            }
            else
            {
                if (question.Percentage is not null)
                {
                    errors.Add($"{where}: aturan persentase hanya untuk jenis jawaban Percentage.");
                }
                Options(question.Options, OptionKeys[question.Type], where, $"jenis {question.Type}");
            }
        }

        private void Percentage(PercentageDto? rule, string where)
        {
            if (rule is null)
            {
                errors.Add($"{where}: pertanyaan persentase wajib memiliki aturan persentase (percentage).");
                return;
            }
            var keys = new HashSet<string>(StringComparer.Ordinal);
            if (rule.Inputs is null || rule.Inputs.Count < 2)
            {
                errors.Add($"{where}: aturan persentase wajib memiliki paling sedikit dua isian angka (inputs).");
            }
            foreach (var input in rule.Inputs ?? [])
            {
                if (input?.Key is null || !InputKey().IsMatch(input.Key))
                {
                    errors.Add($"{where}: kunci isian \"{input?.Key}\" tidak valid; gunakan huruf kecil, angka dan garis bawah, diawali huruf.");
                }
                else if (!keys.Add(input.Key))
                {
                    errors.Add($"{where}: kunci isian \"{input.Key}\" dipakai lebih dari sekali.");
                }
                if (string.IsNullOrWhiteSpace(input?.Label) || input.Label.Length > 300)
                {
                    errors.Add($"{where}: label isian \"{input?.Key}\" wajib diisi, paling banyak 300 karakter.");
                }
            }
            if (rule.Numerator is null || !keys.Contains(rule.Numerator))
            {
                errors.Add($"{where}: pembilang (numerator) \"{rule.Numerator}\" bukan salah satu isian ({string.Join(", ", keys)}).");
            }
            if (rule.Denominator is null || !keys.Contains(rule.Denominator))
            {
                errors.Add($"{where}: penyebut (denominator) \"{rule.Denominator}\" bukan salah satu isian ({string.Join(", ", keys)}).");
            }
            else if (rule.Denominator == rule.Numerator)
            {
                errors.Add($"{where}: pembilang dan penyebut harus isian yang berbeda.");
            }
            if (!Enum.IsDefined(rule.Formula))
            {
                errors.Add($"{where}: rumus persentase (formula) wajib diisi: Ratio atau Decrease.");
            }
            if (!Enum.IsDefined(rule.WhenDenominatorZero))
            {
                errors.Add($"{where}: aturan penyebut nol (whenDenominatorZero) wajib diisi: Zero, One atau OneIfNumeratorZero.");
            }
        }

        private void Options(List<OptionDto>? options, string[] expectedKeys, string where, string typeText)
        {
            var keys = (options ?? []).Select(o => o?.Key).ToList();
            if (!keys.SequenceEqual(expectedKeys))
            {
                errors.Add($"{where}: pilihan jawaban untuk {typeText} harus {string.Join(", ", expectedKeys)} (tertulis: {(keys.Count == 0 ? "tidak ada" : string.Join(", ", keys))}).");
            }
            foreach (var option in options ?? [])
            {
                if (option is null)
                {
                    continue;
                }
                if (option.Value is < 0m or > 1m)
                {
                    errors.Add($"{where}: nilai pilihan {option.Key} adalah {Show(option.Value)}, harus di antara 0 dan 1.");
                }
                Decimals(option.Value, $"{where}: nilai pilihan {option.Key}");
                if (string.IsNullOrWhiteSpace(option.Criteria) || option.Criteria.Length > 1000)
                {
                    errors.Add($"{where}: kriteria pilihan {option.Key} wajib diisi, paling banyak 1000 karakter.");
                }
            }
        }

        private void Hasil()
        {
            var items = (doc.Hasil ?? []).Where(h => h is not null).ToList();
            foreach (var (code, kind) in RequiredHasil)
            {
                var item = items.FirstOrDefault(h => h.Code == code);
                if (item is null)
                {
                    errors.Add($"Komponen hasil {code} wajib ada (dipakai oleh syarat predikat).");
                }
                else if (item.Kind != kind)
                {
                    errors.Add($"Hasil {code}: jenisnya harus {kind}.");
                }
            }
            foreach (var item in items)
            {
                var where = $"Hasil {item.Code}";
                Code(item.Code, NodeCode(), where, "huruf kapital dan angka, misalnya HBA");
                Name(item.Name, where);
                Weight(item.Weight, where);
                if (!Enum.IsDefined(item.Kind))
                {
                    errors.Add($"{where}: jenis (kind) wajib diisi: SurveyIndex atau Grade.");
                }
                else if (item.Kind == HasilKind.Grade)
                {
                    Options(item.Options, OptionKeys[AnswerType.Abcde], where, "nilai capaian");
                }
                else if (item.Options is { Count: > 0 })
                {
                    errors.Add($"{where}: indeks survei tidak memakai pilihan jawaban (options).");
                }
            }
        }

        private void Gates()
        {
            if (doc.Gates is null)
            {
                return;
            }
            if (!Enum.IsDefined(doc.Gates.AreaMode))
            {
                errors.Add("Syarat predikat: cara pemeriksaan area (areaMode) harus PerHalf atau Combined.");
            }
            Gate(doc.Gates.Wbk, "WBK");
            Gate(doc.Gates.Wbbm, "WBBM");
        }

        private void Gate(GateDto? gate, string predicate)
        {
            var where = $"Syarat {predicate}";
            if (gate is null)
            {
                errors.Add($"{where} wajib diisi.");
                return;
            }
            Range(gate.TotalMin, 0m, 100m, $"{where}: nilai total minimal");
            Range(gate.AreaMinFraction, 0m, 1m, $"{where}: batas minimal area (pecahan dari bobot)");
            Range(gate.HbaMin, 0m, 100m, $"{where}: IPAK minimal");
            Range(gate.HbbMin, 0m, 100m, $"{where}: capaian kinerja minimal");
            Range(gate.HbaPlusHbbMin, 0m, 100m, $"{where}: IPAK + capaian kinerja minimal");
            Range(gate.HpaMin, 0m, 100m, $"{where}: IPKP minimal");
        }

        private void Range(decimal value, decimal min, decimal max, string what)
        {
            if (value < min || value > max)
            {
                errors.Add($"{what} adalah {Show(value)}, harus di antara {Show(min)} dan {Show(max)}.");
            }
            Decimals(value, what);
        }

        private void Code(string? code, Regex pattern, string where, string example)
        {
            if (code is null || !pattern.IsMatch(code))
            {
                errors.Add($"{where}: kode \"{code}\" tidak valid; gunakan {example}.");
            }
            Unique(code, where);
        }

        private void Unique(string? code, string where)
        {
            if (code is not null && !_codes.Add(code))
            {
                errors.Add($"{where}: kode {code} dipakai lebih dari sekali.");
            }
        }

        private void Prefix(string? code, string? parent, string where)
        {
            if (code is not null && parent is not null && (!code.StartsWith(parent, StringComparison.Ordinal) || code.Length == parent.Length))
            {
                errors.Add($"{where}: kode harus diawali kode induknya {parent}.");
            }
        }

        private void Name(string? name, string where)
        {
            if (string.IsNullOrWhiteSpace(name) || name.Length > 300)
            {
                errors.Add($"{where}: nama wajib diisi, paling banyak 300 karakter.");
            }
        }

        private void Weight(decimal weight, string where)
        {
            if (weight <= 0m)
            {
                errors.Add($"{where}: bobot harus lebih dari 0 (tertulis {Show(weight)}).");
            }
            Decimals(weight, $"{where}: bobot");
        }

        private void SumMatches(decimal sum, decimal expected, string what)
        {
            if (sum != expected)
            {
                errors.Add($"{what} adalah {Show(sum)}, seharusnya sama dengan bobot induknya {Show(expected)}.");
            }
        }

        private void Decimals(decimal value, string what)
        {
            if (LkeDecimal.Trim(value).Scale > MaxDecimals)
            {
                errors.Add($"{what} ({Show(value)}) memiliki lebih dari {MaxDecimals} angka desimal.");
            }
        }

        private static string Show(decimal value) => LkeDecimal.Trim(value).ToString(Domain.Common.IndonesianCulture.Id);
    }
}
