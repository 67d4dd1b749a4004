using System.Globalization;
using System.Text;
using ZonaIntegritas.Web.Domain.Lke;
using ZonaIntegritas.Web.Features.SubmissionCheck;
using ZonaIntegritas.Web.Infrastructure.Office;

namespace ZonaIntegritas.Web.Features.Reports;

/// <summary>
/// The LKE as Excel (one sheet per component, rows per question with bobot, jawaban, nilai, %, catatan and data
/// dukung names; numbers as numbers), the answers CSV for manual entry in PMPZI, and the pack index (XLSX + CSV).
/// </summary>
public static class ReportTables
{
    private static readonly string[] QuestionHeaders =
    [
        "Kode", "Area", "Indikator", "Pertanyaan", "Bobot indikator", "Jawaban unit", "Nilai unit", "% unit", "Catatan unit",
        "Jawaban penilai", "Nilai penilai", "% penilai", "Catatan penilai", "Perlu perbaikan", "Data dukung",
    ];

    public static byte[] Excel(ReportData data)
    {
        var book = new XlsxWorkbook();
        var t = data.Template;
        var summary = book.AddSheet("Ringkasan", ["Komponen", "Bobot", "Nilai unit", "% unit", "Nilai penilai", "% penilai"], [52, 10, 12, 10, 13, 11]);
        void Sum(string label, decimal weight, decimal unit, decimal assessor, bool bold = false) =>
            summary.AddRow([label, new XlsxNumber(weight), new XlsxNumber(unit), Pct(unit, weight), new XlsxNumber(assessor), Pct(assessor, weight)], bold);
        var u = data.UnitScore;
        var p = data.AssessorScore;
        Sum("A. PENGUNGKIT", t.Halves.Sum(h => h.Weight), u.Pengungkit, p.Pengungkit, true);
        foreach (var half in t.Halves)
        {
            Sum($"{half.Code} {half.Name}", half.Weight, u.Halves.GetValueOrDefault(half.Code), p.Halves.GetValueOrDefault(half.Code), true);
            foreach (var area in half.Areas)
            {
                Sum($"{area.Code} {area.Name}", area.Weight, u.Areas.GetValueOrDefault(area.Code), p.Areas.GetValueOrDefault(area.Code));
            }
        }
        Sum("B. HASIL", t.Hasil.Sum(h => h.Weight), u.HasilTotal, p.HasilTotal, true);
        foreach (var item in t.Hasil)
        {
            var provisional = data.Answers.Hasil.Any(h => h.Code == item.Code && h.Provisional) ? " (sementara)" : "";
            Sum($"{item.Code} {item.Name}{provisional}", item.Weight, u.Hasil.GetValueOrDefault(item.Code), p.Hasil.GetValueOrDefault(item.Code));
        }
        Sum("TOTAL", t.Halves.Sum(h => h.Weight) + t.Hasil.Sum(h => h.Weight), u.Total, p.Total, true);
        summary.AddRow([]);
        summary.AddRow(["Kode snapshot", data.SnapshotCode]);
        summary.AddRow(["Unit kerja", $"{data.Unit.Name} ({data.Unit.Code})"]);
        summary.AddRow(["Tahun", data.Assessment.Year]);

        var gates = book.AddSheet("Syarat", ["Predikat", "Basis", "Kriteria", "Ambang", "Nilai", "Status", "Kekurangan"], [10, 18, 52, 10, 10, 10, 12]);
        foreach (var (basis, score) in new[] { ("Penilaian Mandiri", u), ("Penilai Internal", p) })
        {
            foreach (var gate in new[] { score.Wbk, score.Wbbm })
            {
                foreach (var c in gate.Checks)
                {
                    gates.AddRow([gate.Predicate, basis, c.Label, new XlsxNumber(c.Minimum), new XlsxNumber(c.Value), c.Passed ? "Memenuhi" : "Belum", new XlsxNumber(c.Gap)]);
                }
            }
        }

        foreach (var half in t.Halves)
        {
            var sheet = book.AddSheet(half.Name, QuestionHeaders, [9, 30, 30, 70, 9, 14, 10, 9, 30, 14, 10, 9, 30, 30, 50]);
            foreach (var area in half.Areas)
            {
                sheet.AddRow([area.Code, area.Name, "", "", new XlsxNumber(area.Weight), "", new XlsxNumber(u.Areas.GetValueOrDefault(area.Code)),
                    Pct(u.Areas.GetValueOrDefault(area.Code), area.Weight), "", "", new XlsxNumber(p.Areas.GetValueOrDefault(area.Code)),
                    Pct(p.Areas.GetValueOrDefault(area.Code), area.Weight)], bold: true);
                foreach (var indicator in area.Indicators)
                {
                    sheet.AddRow([indicator.Code, area.Name, indicator.Name, "", new XlsxNumber(indicator.Weight), "",
                        new XlsxNumber(u.Indicators.GetValueOrDefault(indicator.Code)), Pct(u.Indicators.GetValueOrDefault(indicator.Code), indicator.Weight), "", "",
                        new XlsxNumber(p.Indicators.GetValueOrDefault(indicator.Code)), Pct(p.Indicators.GetValueOrDefault(indicator.Code), indicator.Weight)], bold: true);
                    foreach (var question in indicator.Questions)
                    {
                        sheet.AddRow(QuestionRow(data, area, indicator, question));
                    }
                }
            }
        }

        var hasil = book.AddSheet("Hasil", ["Kode", "Komponen", "Bobot", "Isian", "Sementara", "Sumber", "Nilai", "%"], [8, 45, 9, 24, 10, 30, 10, 9]);
        foreach (var item in t.Hasil)
        {
            var entry = data.Answers.Hasil.FirstOrDefault(h => h.Code == item.Code);
            var value = u.Hasil.GetValueOrDefault(item.Code);
            hasil.AddRow([item.Code, item.Name, new XlsxNumber(item.Weight), entry?.ValueText ?? "", entry?.Provisional == true ? "ya" : "tidak", entry?.Source ?? "",
                new XlsxNumber(value), Pct(value, item.Weight)]);
        }

        var files = book.AddSheet("Data dukung", ["No.", "Kode", "Judul", "Nama berkas dalam paket", "Tanggal dokumen", "Versi", "SHA-256", "Status reviu", "Ukuran (byte)"]);
        foreach (var e in data.Evidence)
        {
            files.AddRow([data.FileNumber(e), e.QuestionCode, e.Title, e.Path, e.DocumentDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), e.Revision, e.Sha256,
                e.ReviewStatusLabel, e.Size]);
        }
        return book.ToBytes();
    }

    private static object?[] QuestionRow(ReportData data, LkeAreaDef area, LkeIndicatorDef indicator, LkeQuestionDef question)
    {
        var unit = data.UnitAnswer(question.Code);
        var assessor = data.AssessorAnswer(question.Code);
        var unitAnswer = unit?.ToAnswer();
        var unitValue = unitAnswer is null ? null : LkeScorer.QuestionValue(question, unitAnswer);
        var effective = assessor?.ToAnswer() ?? unitAnswer;
        var assessorValue = effective is null ? null : LkeScorer.QuestionValue(question, effective);
        return
        [
            question.Code, area.Name, indicator.Name, question.Text, new XlsxNumber(indicator.Weight),
            OneLine(ReportPdfWriter.AnswerText(question, unit?.OptionKey, unit?.InputsJson)),
            unitValue is { } uv ? new XlsxNumber(uv) : null, unitValue is { } up ? new XlsxPercent(up) : null, unit?.Note ?? "",
            assessor?.ToAnswer() is null ? "" : OneLine(ReportPdfWriter.AnswerText(question, assessor!.OptionKey, assessor.InputsJson)),
            assessorValue is { } av ? new XlsxNumber(av) : null, assessorValue is { } ap ? new XlsxPercent(ap) : null, assessor?.Note ?? "",
            assessor is { NeedsFix: true } ? assessor.FixNote ?? "ya" : "",
            string.Join("; ", data.EvidenceOf(question.Code).Select(FileName)),
        ];
    }

    /// <summary>Answers per question for manual entry in the national application (UTF-8 with BOM, comma-separated, invariant numbers).</summary>
    public static byte[] AnswersCsv(ReportData data)
    {
        var csv = new CsvText("kode", "jawaban", "nilai", "catatan_unit", "jawaban_penilai", "catatan_penilai", "berkas_data_dukung");
        foreach (var (_, _, _, question) in data.Questions())
        {
            var unit = data.UnitAnswer(question.Code);
            var assessor = data.AssessorAnswer(question.Code);
            var answer = unit?.ToAnswer();
            var value = answer is null ? null : LkeScorer.QuestionValue(question, answer);
            csv.Row(question.Code, unit is null ? "" : unit.ValueText == Domain.Assessments.AnswerValues.Empty ? "" : unit.ValueText,
                value?.ToString("0.####", CultureInfo.InvariantCulture) ?? "", unit?.Note ?? "",
                assessor?.ToAnswer() is null ? "" : Domain.Assessments.AnswerValues.Describe(assessor!.OptionKey, assessor.InputsJson),
                string.Join(" · ", new[] { assessor?.Note, assessor is { NeedsFix: true } ? "Perlu perbaikan: " + assessor.FixNote : null }.Where(s => !string.IsNullOrWhiteSpace(s))),
                string.Join(";", data.EvidenceOf(question.Code).Select(FileName)));
        }
        return csv.ToBytes();
    }

    public static readonly string[] IndexHeaders =
    [
        "Kode", "Area", "Indikator", "Pertanyaan", "Jawaban", "Nilai", "Judul dokumen", "Lokasi dalam paket", "Status reviu", "Catatan",
        "Tanggal dokumen", "SHA-256", "Pemeriksaan", "Alasan pemeriksaan",
    ];

    /// <summary>The pack index: one row per question × file (a question without files gets one row with an empty path).</summary>
    public static IEnumerable<object?[]> IndexRows(ReportData data, SubmissionCheckResult check)
    {
        foreach (var (_, area, indicator, question) in data.Questions())
        {
            var unit = data.UnitAnswer(question.Code);
            var answer = unit?.ToAnswer();
            var value = answer is null ? null : LkeScorer.QuestionValue(question, answer);
            var verdict = check.Question(question.Code);
            object?[] Row(string title, string path, string status, string date, string sha) =>
            [
                question.Code, $"{area.Code} {area.Name}", $"{indicator.Code} {indicator.Name}", question.Text,
                OneLine(ReportPdfWriter.AnswerText(question, unit?.OptionKey, unit?.InputsJson)), value is { } v ? new XlsxNumber(v) : null,
                title, path, status, unit?.Note ?? "", date, sha, verdict.StatusLabel, verdict.Reasons,
            ];
            var files = data.EvidenceOf(question.Code).ToList();
            if (files.Count == 0)
            {
                yield return Row("", "", "", "", "");
            }
            foreach (var e in files)
            {
                yield return Row(e.Title, data.Root + e.Path, e.ReviewStatusLabel, e.DocumentDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), e.Sha256);
            }
        }
    }

    public static byte[] IndexExcel(ReportData data, SubmissionCheckResult check)
    {
        var book = new XlsxWorkbook();
        var sheet = book.AddSheet("Indeks", IndexHeaders, [9, 30, 30, 60, 14, 9, 40, 70, 18, 30, 12, 20, 14, 60]);
        foreach (var row in IndexRows(data, check))
        {
            sheet.AddRow(row);
        }
        return book.ToBytes();
    }

    public static byte[] IndexCsv(ReportData data, SubmissionCheckResult check)
    {
        var csv = new CsvText(IndexHeaders);
        foreach (var row in IndexRows(data, check))
        {
            csv.Row(row.Select(c => c switch
            {
                null => "",
                XlsxNumber n => n.Value.ToString("0.####", CultureInfo.InvariantCulture),
                _ => Convert.ToString(c, CultureInfo.InvariantCulture) ?? "",
            }).ToArray());
        }
        return csv.ToBytes();
    }

    /// <summary>The file's name in the pack (last path segment).</summary>
    public static string FileName(Evidence.ExportEntry entry) => entry.Path[(entry.Path.LastIndexOf('/') + 1)..];

    private static XlsxPercent? Pct(decimal value, decimal weight) => weight == 0 ? null : new XlsxPercent(value / weight);

    private static string OneLine(string text) => text.Replace("\n", "; ", StringComparison.Ordinal);

    /// <summary>RFC 4180 CSV, UTF-8 with BOM (Excel opens it with the right characters).</summary>
    private sealed class CsvText
    {
        private readonly StringBuilder _text = new();

        public CsvText(params string[] headers) => Row(headers);

        public void Row(params string[] cells) =>
            _text.Append(string.Join(',', cells.Select(Quote))).Append("\r\n");

        public byte[] ToBytes() => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(_text.ToString())];

        private static string Quote(string cell)
        {
            // A leading = + - @ would be a formula in a spreadsheet: prefix it so the cell stays text.
            if (cell.Length > 0 && "=+-@".Contains(cell[0], StringComparison.Ordinal) && !decimal.TryParse(cell, NumberStyles.Number, CultureInfo.InvariantCulture, out _))
            {
                cell = "'" + cell;
            }
            return cell.IndexOfAny([',', '"', '\r', '\n', ';']) >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
        }
    }
}
