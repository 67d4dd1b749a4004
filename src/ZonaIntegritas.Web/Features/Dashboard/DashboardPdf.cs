using ZonaIntegritas.Web.Domain.Assessments;
using ZonaIntegritas.Web.Features.Assessments;
using ZonaIntegritas.Web.Infrastructure.Pdf;
using ZonaIntegritas.Web.Infrastructure.Web;

namespace ZonaIntegritas.Web.Features.Dashboard;

/// <summary>"Unduh PDF": the dashboard as shown (same basis), as tables, with the shared PDF layer.</summary>
public static class DashboardPdf
{
    public static byte[] Write(DashboardViewModel m, DateOnly today)
    {
        var h = m.Header;
        var basis = h.Basis.Label();
        using var pdf = new PdfDocumentBuilder(title: $"Kesiapan ZI {h.UnitName} {h.Year}")
        {
            FooterText = $"{h.UnitName} · dicetak dari Portal Zona Integritas pada {Fmt.Date(today)}",
        };
        pdf.Paragraph("KESIAPAN ZONA INTEGRITAS", PdfTextStyle.Title with { SpaceAfter = 2 });
        pdf.Paragraph($"{h.UnitName.ToUpperInvariant()} · TAHUN {h.Year}", PdfTextStyle.Title with { Size = 11 });
        pdf.Fields(
        [
            ("Target", h.Target.Label()),
            ("Tahap", h.Stage.Label() + (h.StageEnd is { } end ? $" (batas {Fmt.Date(end)})" : "")),
            ("Basis nilai", basis),
            ("Kesimpulan", m.Verdict),
        ], labelWidth: 110);

        pdf.Paragraph($"Syarat {h.Target.Label()}", PdfTextStyle.Heading);
        var gates = new PdfTable([new("Syarat", 4), new("Nilai", 1, PdfAlign.Right), new("Batas", 1, PdfAlign.Right), new("Status", 1.6)]);
        foreach (var g in m.Gates)
        {
            gates.AddRow(g.Label, Fmt.Number(g.Value), Fmt.Number(g.Minimum), g.Passed ? "Memenuhi" : $"Belum (kurang {Fmt.Number(g.Gap)})");
        }
        pdf.Table(gates);

        pdf.Paragraph("Nilai", PdfTextStyle.Heading);
        var scores = new PdfTable([new("Komponen", 2), new("Nilai", 1.5, PdfAlign.Right), new("% bobot", 1, PdfAlign.Right), new("Basis lain", 1, PdfAlign.Right)]);
        foreach (var s in m.Scores)
        {
            scores.AddRow(s.Label, $"{Fmt.Number(s.Value)} / {Fmt.Number(s.Weight)}", ScoreText.Percent(s.Value, s.Weight), s.Assessor is { } a ? Fmt.Number(a) : "–");
        }
        pdf.Table(scores);

        pdf.Paragraph("Area perubahan", PdfTextStyle.Heading);
        var tiles = new PdfTable([new("Area", 3.5), new("Nilai", 1.2, PdfAlign.Right), new("Batas", 1, PdfAlign.Right), new("Terjawab", 1.2, PdfAlign.Right)]);
        foreach (var t in m.Tiles)
        {
            tiles.AddRow($"{t.Half} – {t.Name}", $"{Fmt.Number(t.Value)} / {Fmt.Number(t.Weight)}", Fmt.Number(t.Minimum), $"{t.Answered} / {t.Total}");
        }
        pdf.Table(tiles);

        pdf.Paragraph("Kesiapan eviden", PdfTextStyle.Heading);
        var evidence = new PdfTable([new("Area", 3), new("Terjawab", 1, PdfAlign.Right), new("Ada eviden", 1, PdfAlign.Right), new("Direviu", 1, PdfAlign.Right), new("Diterima", 1, PdfAlign.Right)]);
        foreach (var e in m.Evidence)
        {
            evidence.AddRow($"{e.Letter}. {e.Name}", $"{e.Answered} / {e.Questions}", e.WithEvidence.ToString(Fmt.Id), e.Reviewed.ToString(Fmt.Id), e.Accepted.ToString(Fmt.Id));
        }
        pdf.Table(evidence);

        pdf.Paragraph("Rencana kerja, Pakta Integritas dan Hasil", PdfTextStyle.Heading);
        var hasil = string.Join("; ", m.Hasil.Select(x => $"{x.Name}: {(x.Missing ? "belum diisi" : x.ValueText)} = {Fmt.Number(x.Value)} / {Fmt.Number(x.Weight)}"));
        pdf.Fields(
        [
            ("Rencana kerja", $"{m.Plan.OnTime} sesuai jadwal, {m.Plan.Late} terlambat, {m.Plan.Done} selesai"),
            ("Pakta Integritas", $"{m.Pacts.Signed} dari {m.Pacts.Active} pegawai aktif ({ScoreText.Percent(m.Pacts.Signed, m.Pacts.Active)})"),
            ("Hasil", hasil),
            ("Rencana menuju predikat", $"{m.PlannerSteps} langkah perbaikan jawaban; {(m.PlannerReachable ? "syarat dapat dipenuhi" : "sebagian syarat memerlukan data, bukan jawaban")}"),
        ], labelWidth: 130);

        if (m.Trend.Count > 0)
        {
            pdf.Paragraph("Tren (akhir tiap bulan)", PdfTextStyle.Heading);
            var trend = new PdfTable([new("Tanggal", 2), new("Total", 1, PdfAlign.Right), new("Pengungkit", 1, PdfAlign.Right)]);
            foreach (var t in m.Trend.GroupBy(t => (t.Day.Year, t.Day.Month)).Select(g => g.Last()))
            {
                trend.AddRow(Fmt.Date(t.Day), Fmt.Number(t.Total), Fmt.Number(t.Pengungkit));
            }
            pdf.Table(trend);
        }
        return pdf.ToPdf();
    }
}
