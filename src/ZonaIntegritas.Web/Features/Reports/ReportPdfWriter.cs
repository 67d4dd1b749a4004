using PdfSharp.Drawing;
using ZonaIntegritas.Web.Domain.Assessments;
using ZonaIntegritas.Web.Domain.Common;
using ZonaIntegritas.Web.Domain.Lke;
using ZonaIntegritas.Web.Domain.Units;
using ZonaIntegritas.Web.Features.Assessments;
using ZonaIntegritas.Web.Features.Evidence;
using ZonaIntegritas.Web.Infrastructure.Pdf;
using ZonaIntegritas.Web.Infrastructure.Web;

namespace ZonaIntegritas.Web.Features.Reports;

/// <summary>
/// The PMPZI self-assessment report (LKE) as PDF: cover, Ringkasan with the area chart, Syarat WBK/WBBM, the
/// per-area sections in A4 landscape (one row per question), Daftar data dukung, Catatan dan rekomendasi and
/// Pengesahan. Pure: everything comes from <see cref="ReportData"/>.
/// </summary>
public static class ReportPdfWriter
{
    public const string SectionSummary = "RINGKASAN NILAI";
    public const string SectionGates = "SYARAT WBK/WBBM";
    public const string SectionEvidence = "DAFTAR DATA DUKUNG";
    public const string SectionNotes = "CATATAN DAN REKOMENDASI";
    public const string SectionApproval = "PENGESAHAN";

    public static byte[] Write(ReportData data, ReportBasis basis)
    {
        ArgumentNullException.ThrowIfNull(data);
        var a = data.Assessment;
        using var pdf = new PdfDocumentBuilder(PdfLayout.A4Portrait, $"LKE PMPZI {data.Unit.Name} {a.Year}");
        var printed = Fmt.DateTime(data.PrintedAtUtc, data.Zone);
        pdf.FooterLine = (page, total) =>
            $"{PdfDocumentBuilder.PageLabel(page, total)} · LKE PMPZI {data.Unit.Name} {a.Year} · {data.SnapshotCode} · dicetak {printed}";

        Cover(pdf, data, basis, printed);
        pdf.NewPage();
        Summary(pdf, data, basis);
        pdf.NewPage();
        Gates(pdf, data, basis);
        AreaSections(pdf, data, basis);
        EvidenceList(pdf, data);
        pdf.NewPage(PdfLayout.A4Portrait);
        Notes(pdf, data);
        Approval(pdf, data);
        return pdf.ToPdf();
    }

    private static void Cover(PdfDocumentBuilder pdf, ReportData data, ReportBasis basis, string printed)
    {
        var a = data.Assessment;
        var letter = PdfTextStyle.Title with { Size = 13, SpaceAfter = 1 };
        pdf.Paragraph("KEMENTERIAN AGAMA REPUBLIK INDONESIA", letter);
        pdf.Paragraph(data.Unit.Name.ToUpperInvariant(), letter with { Size = 12 });
        var address = string.Join(", ", new[] { data.Unit.Address, data.Unit.City }.Where(s => !string.IsNullOrWhiteSpace(s)));
        pdf.Paragraph(address.Length == 0 ? "Alamat belum diisi" : address, PdfTextStyle.Small with { Align = PdfAlign.Center });
        pdf.Rule(1.5);
        pdf.Spacer(60);
        pdf.Paragraph($"LEMBAR KERJA PENILAIAN MANDIRI PEMBANGUNAN ZONA INTEGRITAS TAHUN {a.Year}", PdfTextStyle.Title with { Size = 16, SpaceAfter = 30 });
        var head = data.Signatories.FirstOrDefault(s => s.Role == "Kepala Kantor");
        pdf.Fields(
        [
            ("Unit kerja", data.Unit.Name),
            ("Kode unit", data.Unit.Code),
            ("Alamat", address.Length == 0 ? "–" : address),
            ("Penanggung jawab", head?.Name is { } name ? $"{name} (Kepala Kantor)" : "–"),
            ("NIP", head?.Nip ?? "–"),
            ("Target predikat", a.Target.Label()),
            ("Basis penilaian", basis.Label()),
            ("Tahap", a.Round > 0 ? $"{a.Stage.Label()} (putaran {a.Round})" : a.Stage.Label()),
            ("Versi LKE", data.Template.Title),
            ("Tanggal cetak", printed),
            ("Kode snapshot", data.SnapshotCode),
        ], labelWidth: 130);
        pdf.Spacer(30);
        pdf.Paragraph(
            "Kode snapshot adalah ringkasan (hash) dari seluruh jawaban, nilai, catatan dan berkas data dukung yang menjadi dasar laporan ini. " +
            "Dua cetakan dengan kode yang sama dibuat dari data yang sama; kode yang berbeda berarti data telah berubah. " +
            "Bandingkan dengan kode yang ditampilkan portal pada halaman laporan penilaian.",
            PdfTextStyle.Small with { Italic = true });
    }

    private static void Summary(PdfDocumentBuilder pdf, ReportData data, ReportBasis basis)
    {
        pdf.Paragraph(SectionSummary, PdfTextStyle.Heading);
        var both = basis == ReportBasis.Both;
        var primary = data.Score(basis);
        var other = data.AssessorScore;
        var table = both
            ? new PdfTable([new("Komponen", 4.2), new("Bobot", 1.1, PdfAlign.Right), new("Unit", 1.1, PdfAlign.Right), new("% Unit", 1.2, PdfAlign.Right),
                new("Penilai", 1.1, PdfAlign.Right), new("% Penilai", 1.2, PdfAlign.Right), new("Selisih", 1.1, PdfAlign.Right)])
            { FontSize = 8.5 }
            : new PdfTable([new("Komponen", 5), new("Bobot", 1.3, PdfAlign.Right), new("Nilai", 1.3, PdfAlign.Right), new("%", 1.4, PdfAlign.Right)]) { FontSize = 9 };

        void Row(string label, decimal weight, decimal unitValue, decimal assessorValue, bool bold = false)
        {
            string[] cells = both
                ? [label, Fmt.Number(weight), Fmt.Number(unitValue), ScoreText.Percent(unitValue, weight), Fmt.Number(assessorValue),
                    ScoreText.Percent(assessorValue, weight), Signed(assessorValue - unitValue)]
                : [label, Fmt.Number(weight), Fmt.Number(unitValue), ScoreText.Percent(unitValue, weight)];
            if (bold)
            {
                table.AddBoldRow(cells);
            }
            else
            {
                table.AddRow(cells);
            }
        }

        var t = data.Template;
        Row("A. PENGUNGKIT", t.Halves.Sum(h => h.Weight), primary.Pengungkit, other.Pengungkit, bold: true);
        foreach (var half in t.Halves)
        {
            Row($"{half.Code} {half.Name}", half.Weight, primary.Halves.GetValueOrDefault(half.Code), other.Halves.GetValueOrDefault(half.Code), bold: true);
            foreach (var area in half.Areas)
            {
                Row($"{area.Code} {area.Name}", area.Weight, primary.Areas.GetValueOrDefault(area.Code), other.Areas.GetValueOrDefault(area.Code));
            }
        }
        Row("B. HASIL", t.Hasil.Sum(h => h.Weight), primary.HasilTotal, other.HasilTotal, bold: true);
        var provisional = data.Answers.Hasil.Where(h => h.Provisional).Select(h => h.Code).ToHashSet(StringComparer.Ordinal);
        foreach (var item in t.Hasil)
        {
            var mark = provisional.Contains(item.Code) ? " (sementara)" : primary.HasilMissing.Contains(item.Code) ? " (belum diisi)" : "";
            Row($"{item.Code} {item.Name}{mark}", item.Weight, primary.Hasil.GetValueOrDefault(item.Code), other.Hasil.GetValueOrDefault(item.Code));
        }
        Row("TOTAL (A + B)", t.Halves.Sum(h => h.Weight) + t.Hasil.Sum(h => h.Weight), primary.Total, other.Total, bold: true);
        pdf.Table(table);
        if (provisional.Count > 0)
        {
            pdf.Paragraph("(sementara) = nilai Hasil dari survei mandiri atau perkiraan unit, belum hasil survei resmi.", PdfTextStyle.Small with { Italic = true });
        }

        var series = both ? new[] { "Unit", "Penilai" } : [basis == ReportBasis.Assessor ? "Penilai" : "Unit"];
        var groups = ChangeAreas.All.Select(area =>
        {
            var areas = t.Halves.SelectMany(h => h.Areas).Where(x => x.AreaLetter == area.Code).ToList();
            var weight = areas.Sum(x => x.Weight);
            double Pct(ScoreResult s) => weight == 0 ? 0 : (double)(areas.Sum(x => s.Areas.GetValueOrDefault(x.Code)) / weight * 100m);
            return new ChartGroup(area.Code, both ? [Pct(data.UnitScore), Pct(data.AssessorScore)] : [Pct(primary)]);
        }).ToList();
        var chart = PdfCharts.PercentBars(groups, series,
        [
            new ChartLine((double)(t.Gates.Wbk.AreaMinFraction * 100m), $"WBK {Fmt.Number(t.Gates.Wbk.AreaMinFraction * 100m, 0)} %", "#fd7e14"),
            new ChartLine((double)(t.Gates.Wbbm.AreaMinFraction * 100m), $"WBBM {Fmt.Number(t.Gates.Wbbm.AreaMinFraction * 100m, 0)} %", "#dc3545"),
        ]);
        pdf.Spacer(6);
        pdf.EnsureSpace(chart is null ? 40 : 270);
        pdf.Paragraph("Capaian area perubahan (Pemenuhan + Reform) sebagai % dari bobot", PdfTextStyle.Body with { Bold = true, Size = 10 });
        if (chart is not null)
        {
            pdf.Image(chart, pdf.Width, 230, PdfAlign.Center);
            pdf.Paragraph(string.Join("; ", ChangeAreas.All.Select(x => $"{x.Code} = {x.Name}")), PdfTextStyle.Small with { Size = 7.5 });
        }
        else
        {
            pdf.Paragraph("Grafik tidak tersedia (berkas huruf DejaVu tidak ditemukan di server).", PdfTextStyle.Small);
        }
    }

    private static void Gates(PdfDocumentBuilder pdf, ReportData data, ReportBasis basis)
    {
        pdf.Paragraph(SectionGates, PdfTextStyle.Heading);
        var provisional = data.Answers.Hasil.Where(h => h.Provisional).Select(h => h.Code).ToHashSet(StringComparer.Ordinal);
        var bases = basis == ReportBasis.Both ? new[] { ReportBasis.Unit, ReportBasis.Assessor } : [basis];
        foreach (var b in bases)
        {
            var score = data.Score(b);
            var ordered = data.Assessment.Target == TargetPredicate.Wbbm ? new[] { score.Wbbm, score.Wbk } : [score.Wbk, score.Wbbm];
            foreach (var gate in ordered)
            {
                var target = gate.Predicate == data.Assessment.Target.Label() ? " (target)" : "";
                pdf.Paragraph($"Syarat {gate.Predicate}{target} · basis {(b == ReportBasis.Assessor ? "Penilai Internal" : "Penilaian Mandiri")}: " +
                    (gate.Passed ? "MEMENUHI" : "BELUM MEMENUHI"), PdfTextStyle.Body with { Bold = true, Size = 10 });
                var table = new PdfTable([new("Kriteria", 5), new("Ambang", 1.3, PdfAlign.Right), new("Nilai", 1.3, PdfAlign.Right), new("Status", 1.3), new("Kekurangan", 1.6)]) { FontSize = 8.5 };
                foreach (var check in gate.Checks)
                {
                    var mark = IsProvisional(check.Code, provisional) ? " (sementara)" : "";
                    if (check.Code == "WBK_HELD")
                    {
                        table.AddRow(check.Label, "Ya", check.Passed ? "Ya" : "Belum", check.Passed ? "Memenuhi" : "Belum", check.Passed ? "–" : "predikat WBK");
                        continue;
                    }
                    table.AddRow(check.Label + mark, Fmt.Number(check.Minimum), Fmt.Number(check.Value), check.Passed ? "Memenuhi" : "Belum",
                        check.Passed ? "–" : $"kurang {Fmt.Number(check.Gap)} poin");
                }
                pdf.Table(table);
            }
        }
        if (provisional.Count > 0)
        {
            pdf.Paragraph("(sementara) = memakai nilai Hasil sementara (survei mandiri/perkiraan).", PdfTextStyle.Small with { Italic = true });
        }
    }

    private static bool IsProvisional(string gateCode, IReadOnlySet<string> provisional) => gateCode switch
    {
        "TOTAL" => provisional.Count > 0,
        "HBA_HBB" => provisional.Contains("HBA") || provisional.Contains("HBB"),
        _ => provisional.Contains(gateCode),
    };

    private static void AreaSections(PdfDocumentBuilder pdf, ReportData data, ReportBasis basis)
    {
        var both = basis == ReportBasis.Both;
        var score = data.Score(basis);
        foreach (var half in data.Template.Halves)
        {
            pdf.NewPage(PdfLayout.A4Landscape);
            pdf.Paragraph($"LEMBAR KERJA · {half.Name.ToUpperInvariant()}", PdfTextStyle.Heading);
            PdfColumn[] columns = both
                ?
                [
                    new("Kode", 0.75), new("Pertanyaan, kriteria dan pilihan jawaban", 4.4), new("Jawaban unit", 1.1), new("Jawaban penilai", 1.1),
                    new("Nilai (unit / penilai)", 1.05, PdfAlign.Right), new("Catatan unit", 1.5), new("Catatan penilai · perlu perbaikan", 1.6), new("Data dukung", 2.5),
                ]
                :
                [
                    new("Kode", 0.75), new("Pertanyaan, kriteria dan pilihan jawaban", 4.6),
                    new(basis == ReportBasis.Assessor ? "Jawaban penilai" : "Jawaban unit", 1.3), new("Nilai", 0.8, PdfAlign.Right),
                    new("Catatan unit", 1.6), new("Catatan penilai · perlu perbaikan", 1.7), new("Data dukung", 2.6),
                ];
            var table = new PdfTable(columns) { FontSize = 7, Padding = 2.5 };
            table.AddSection($"{half.Code} {half.Name} · bobot {Fmt.Number(half.Weight)} · nilai {Fmt.Number(score.Halves.GetValueOrDefault(half.Code))} ({ScoreText.Percent(score.Halves.GetValueOrDefault(half.Code), half.Weight)})", 1);
            foreach (var area in half.Areas)
            {
                var areaValue = score.Areas.GetValueOrDefault(area.Code);
                table.AddSection($"{area.Code} {area.Name} ({half.Name}) · bobot {Fmt.Number(area.Weight)} · nilai {Fmt.Number(areaValue)} ({ScoreText.Percent(areaValue, area.Weight)})", 2);
                foreach (var indicator in area.Indicators)
                {
                    var value = score.Indicators.GetValueOrDefault(indicator.Code);
                    table.AddSection($"{indicator.Code} {indicator.Name} · bobot {Fmt.Number(indicator.Weight)} · nilai {Fmt.Number(value)} ({ScoreText.Percent(value, indicator.Weight)})", 3);
                    foreach (var question in indicator.Questions)
                    {
                        table.AddRow(QuestionRow(data, question, basis));
                    }
                }
            }
            pdf.Table(table);
        }
    }

    private static string[] QuestionRow(ReportData data, LkeQuestionDef question, ReportBasis basis)
    {
        var unit = data.UnitAnswer(question.Code);
        var assessor = data.AssessorAnswer(question.Code);
        var unitAnswer = unit?.ToAnswer();
        var assessorOwn = assessor?.ToAnswer();
        var unitValue = unitAnswer is null ? (decimal?)null : LkeScorer.QuestionValue(question, unitAnswer);
        var assessorValue = (assessorOwn ?? unitAnswer) is { } effective ? LkeScorer.QuestionValue(question, effective) : null;
        var text = question.Text + "\n" + string.Join("\n", question.Options.Select(o => $"{o.Key}. {o.Criteria} ({Fmt.Number(o.Value)})"));
        if (question.Percentage is { } rule)
        {
            text += "\nRumus: " + Formula(rule);
        }
        var unitText = AnswerText(question, unit?.OptionKey, unit?.InputsJson);
        var assessorText = assessorOwn is not null ? AnswerText(question, assessor!.OptionKey, assessor.InputsJson)
            : unitAnswer is not null ? AnswerText(question, unit!.OptionKey, unit.InputsJson) + "\n(jawaban unit)" : "–";
        var assessorNote = string.Join("\n", new[]
        {
            assessor?.Note,
            assessor is { NeedsFix: true } ? "PERLU PERBAIKAN: " + assessor.FixNote : null,
        }.Where(s => !string.IsNullOrWhiteSpace(s)));
        var evidence = string.Join("\n", data.EvidenceOf(question.Code).Select(e =>
            $"[{data.FileNumber(e)}] {e.Title} · {Fmt.Date(e.DocumentDate)} · v{e.Revision} · {e.ReviewStatusLabel}{(e.NeedsRevalidation ? " · perlu divalidasi ulang" : "")}"));
        if (evidence.Length == 0)
        {
            evidence = "–";
        }
        return basis switch
        {
            ReportBasis.Both => [question.Code, text, unitText, assessorText,
                $"{Fmt.Number(unitValue)} / {Fmt.Number(assessorValue)}", unit?.Note ?? "", assessorNote, evidence],
            ReportBasis.Assessor => [question.Code, text, assessorText, Fmt.Number(assessorValue), unit?.Note ?? "", assessorNote, evidence],
            _ => [question.Code, text, unitText, Fmt.Number(unitValue), unit?.Note ?? "", assessorNote, evidence],
        };
    }

    /// <summary>"B" or, for numeric questions, each input with its label and the formula result.</summary>
    internal static string AnswerText(LkeQuestionDef question, string? optionKey, string? inputsJson)
    {
        if (optionKey is not null)
        {
            return optionKey;
        }
        if (question.Percentage is not { } rule || inputsJson is null)
        {
            return "–";
        }
        var inputs = AnswerValues.InputsFromJson(inputsJson);
        var lines = rule.Inputs.Select(i => $"{i.Label} = {(inputs.TryGetValue(i.Key, out var v) ? Fmt.Integer(v) : "–")}").ToList();
        var value = LkeScorer.PercentageValue(rule, inputs);
        lines.Add("Hasil rumus = " + (value is { } r ? Fmt.Percent(r) : "–"));
        return string.Join("\n", lines);
    }

    private static string Formula(PercentageRule rule)
    {
        string Label(string key) => rule.Inputs.FirstOrDefault(i => i.Key == key)?.Label ?? key;
        return rule.Formula == PercentageFormula.Decrease
            ? $"({Label(rule.Denominator)} − {Label(rule.Numerator)}) ÷ {Label(rule.Denominator)}"
            : $"{Label(rule.Numerator)} ÷ {Label(rule.Denominator)}";
    }

    private static void EvidenceList(PdfDocumentBuilder pdf, ReportData data)
    {
        pdf.NewPage(PdfLayout.A4Landscape);
        pdf.Paragraph(SectionEvidence, PdfTextStyle.Heading);
        pdf.Paragraph("Urut kode LKE. Data dukung yang dipakai beberapa pertanyaan dicantumkan pada setiap pertanyaan. Nama berkas = lokasi dalam paket pengajuan (ZIP).", PdfTextStyle.Small);
        var table = new PdfTable([new("No.", 0.5, PdfAlign.Right), new("Kode", 0.8), new("Judul", 3), new("Nama berkas dalam paket", 4.2), new("Tanggal dokumen", 1.3),
            new("SHA-256 (singkat)", 1.3), new("Status reviu", 1.4)])
        { FontSize = 7.5 };
        foreach (var e in data.Evidence)
        {
            table.AddRow(data.FileNumber(e).ToString(Fmt.Id), e.QuestionCode, e.Title, e.Path, Fmt.Date(e.DocumentDate), e.Sha256[..12],
                e.ReviewStatusLabel + (e.NeedsRevalidation ? " · perlu divalidasi ulang" : ""));
        }
        if (data.Evidence.Count == 0)
        {
            table.AddRow("", "", "Belum ada data dukung yang ditautkan.", "", "", "", "");
        }
        pdf.Table(table);
    }

    private static void Notes(PdfDocumentBuilder pdf, ReportData data)
    {
        pdf.Paragraph(SectionNotes, PdfTextStyle.Heading);
        var notes = data.Questions().Select(q => (q.Question.Code, Answer: data.AssessorAnswer(q.Question.Code)))
            .Where(x => !string.IsNullOrWhiteSpace(x.Answer?.Note)).ToList();
        pdf.Paragraph("Catatan Penilai Internal", PdfTextStyle.Body with { Bold = true });
        if (notes.Count == 0)
        {
            pdf.Paragraph("Belum ada catatan penilai.", PdfTextStyle.Small);
        }
        foreach (var (code, answer) in notes)
        {
            pdf.ListItem(code, answer!.Note!, PdfTextStyle.Small, gutter: 45);
        }
        pdf.Spacer(6);
        var open = data.Questions().Select(q => (q.Question.Code, Answer: data.AssessorAnswer(q.Question.Code)))
            .Where(x => x.Answer is { NeedsFix: true }).ToList();
        pdf.Paragraph($"Rekomendasi: pertanyaan yang masih \"perlu perbaikan\" ({open.Count})", PdfTextStyle.Body with { Bold = true });
        if (open.Count == 0)
        {
            pdf.Paragraph("Tidak ada pertanyaan yang ditandai perlu perbaikan.", PdfTextStyle.Small);
        }
        foreach (var (code, answer) in open)
        {
            pdf.ListItem(code, answer!.FixNote ?? "", PdfTextStyle.Small, gutter: 45);
        }
    }

    private static void Approval(PdfDocumentBuilder pdf, ReportData data)
    {
        pdf.Spacer(18);
        pdf.Paragraph(SectionApproval, PdfTextStyle.Heading);
        var place = string.IsNullOrWhiteSpace(data.Unit.City) ? "………………" : data.Unit.City!;
        var date = Fmt.Date(data.PrintedAtUtc, data.Zone);
        pdf.Paragraph($"{place}, {date}", PdfTextStyle.Body with { Align = PdfAlign.Right });
        pdf.Spacer(8);
        var blocks = new[]
        {
            ("Mengetahui,\nKepala Kantor", data.Signatories.FirstOrDefault(s => s.Role == "Kepala Kantor")),
            ("Ketua Tim ZI", data.Signatories.FirstOrDefault(s => s.Role == "Ketua Tim ZI")),
            ("Penilai Internal", data.Signatories.FirstOrDefault(s => s.Role == "Penilai Internal")),
        };
        pdf.Block(150, (gfx, box) =>
        {
            var width = box.Width / blocks.Length;
            var style = PdfTextStyle.Small with { Size = 9.5, Align = PdfAlign.Center };
            for (var i = 0; i < blocks.Length; i++)
            {
                var (role, who) = blocks[i];
                var x = box.X + i * width;
                pdf.TextBox(role, new XRect(x + 4, box.Y, width - 8, 30), style with { Bold = true });
                var nameY = box.Y + 100;
                var name = string.IsNullOrWhiteSpace(who?.Name) ? "(………………………………)" : who!.Name!;
                pdf.TextBox(name, new XRect(x + 4, nameY, width - 8, 14), style with { Bold = true });
                gfx.DrawLine(new XPen(XColors.Black, 0.6), x + 14, nameY + 13, x + width - 14, nameY + 13);
                pdf.TextBox("NIP " + (string.IsNullOrWhiteSpace(who?.Nip) ? "………………………" : who!.Nip), new XRect(x + 4, nameY + 16, width - 8, 14), style);
            }
        });
    }

    private static string Signed(decimal value) => value > 0 ? "+" + Fmt.Number(value) : Fmt.Number(value);

    /// <summary>The zone label of the unit (WIB/WITA/WIT) as printed in footers.</summary>
    public static string ZoneLabel(IndonesianTimeZone zone) => zone.Label();
}
