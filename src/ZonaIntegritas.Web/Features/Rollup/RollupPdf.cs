using ZonaIntegritas.Web.Domain.Assessments;
using ZonaIntegritas.Web.Domain.Common;
using ZonaIntegritas.Web.Infrastructure.Pdf;
using ZonaIntegritas.Web.Infrastructure.Web;

namespace ZonaIntegritas.Web.Features.Rollup;

/// <summary>
/// "Unduh PDF" of the roll-up as shown (same order), landscape, with the shared PDF layer: counts, the bar chart
/// of totals, the table with the "Ambang batas" row (cells under a threshold marked with *) and "perlu pendampingan".
/// </summary>
public static class RollupPdf
{
    public const string UnderMark = " *";

    public static byte[] Write(RollupViewModel m, DateOnly today)
    {
        using var pdf = new PdfDocumentBuilder(PdfLayout.A4Landscape, $"Rekap Unit {m.UnitName} {m.Year}")
        {
            FooterText = $"{m.UnitName} · dicetak dari Portal Zona Integritas pada {Fmt.Date(today)}",
        };
        pdf.Paragraph("REKAP UNIT ZONA INTEGRITAS", PdfTextStyle.Title with { SpaceAfter = 2 });
        pdf.Paragraph($"{m.UnitName.ToUpperInvariant()} · TAHUN {m.Year}", PdfTextStyle.Title with { Size = 11 });
        pdf.Fields(
        [
            ("Unit dengan penilaian", Fmt.Integer(m.Rows.Count)),
            ("Selesai", Fmt.Integer(m.Done)),
            ("Dalam proses", Fmt.Integer(m.InProgress)),
            ("Belum mengisi", Fmt.Integer(m.NotStarted)),
        ], labelWidth: 140);

        if (m.Rows.Count == 0)
        {
            pdf.Paragraph("Belum ada unit di bawah unit ini yang memiliki penilaian pada tahun ini.");
            return pdf.ToPdf();
        }

        var chart = PdfCharts.PercentBars(
            m.Rows.Select(r => new ChartGroup(r.UnitName, [(double)r.Total.Value])).ToList(),
            ["Total"],
            [new ChartLine((double)m.Thresholds[^1].Value, $"Ambang WBK {Fmt.Number(m.Thresholds[^1].Value, 0)}", "#fd7e14")],
            width: 1100, height: 380);
        if (chart is not null)
        {
            pdf.Paragraph("Nilai total per unit", PdfTextStyle.Body with { Bold = true, Size = 10 });
            pdf.Image(chart, pdf.Width, 220, PdfAlign.Center);
        }

        pdf.Paragraph("Rekap per unit", PdfTextStyle.Heading);
        var columns = new List<PdfColumn> { new("Unit", 3), new("Tahap", 1.4) };
        columns.AddRange(m.AreaLabels.Select(a => new PdfColumn(a.Split('.')[0], 0.8, PdfAlign.Right)));
        columns.Add(new("Pengungkit", 1.1, PdfAlign.Right));
        columns.AddRange(m.HasilLabels.Select(h => new PdfColumn(h, 0.8, PdfAlign.Right)));
        columns.AddRange([new("Total", 0.9, PdfAlign.Right), new("Terjawab", 0.9, PdfAlign.Right), new("Eviden", 0.9, PdfAlign.Right),
            new("Pakta", 0.9, PdfAlign.Right), new("Status", 1.8)]);
        var table = new PdfTable(columns) { FontSize = 7.5 };
        var threshold = new List<string?> { "Ambang batas (WBK)", "" };
        threshold.AddRange(m.Thresholds.Take(m.AreaLabels.Count).Select(c => Fmt.Number(c.Value)));
        threshold.Add("");
        threshold.AddRange(m.Thresholds.Skip(m.AreaLabels.Count).Select(c => Fmt.Number(c.Value)));
        threshold.AddRange(["", "", "", ""]);
        table.AddBoldRow([.. threshold]);
        foreach (var r in m.Rows)
        {
            var cells = new List<string?> { r.UnitName, r.Stage.Label() };
            cells.AddRange(r.Areas.Select(Cell));
            cells.Add(Fmt.Number(r.Pengungkit.Value));
            cells.AddRange(r.Hasil.Select(Cell));
            cells.AddRange([Cell(r.Total), Fmt.Percent(r.AnsweredRatio, 0), Fmt.Percent(r.EvidenceRatio, 0),
                r.PactRatio is { } p ? Fmt.Percent(p, 0) : "–", r.Verdict]);
            table.AddRow([.. cells]);
        }
        pdf.Table(table);
        pdf.Paragraph($"{UnderMark.Trim()} = di bawah ambang batas syarat predikat yang ditargetkan unit. "
            + string.Join("; ", ChangeAreas.All.Select(x => $"{x.Code} = {x.Name}")), PdfTextStyle.Small with { Size = 7.5 });

        var mentoring = m.Rows.Where(r => r.NeedsMentoring).ToList();
        pdf.Paragraph("Perlu pendampingan", PdfTextStyle.Heading);
        if (mentoring.Count == 0)
        {
            pdf.Paragraph("Tidak ada unit yang perlu pendampingan khusus.");
        }
        foreach (var r in mentoring)
        {
            pdf.ListItem("•", $"{r.UnitName} ({r.Stage.Label()}, total {Fmt.Number(r.Total.Value)}): {r.MentoringReason}");
        }
        return pdf.ToPdf();
    }

    private static string Cell(RollupCell c) => Fmt.Number(c.Value) + (c.Under ? UnderMark : "");
}
