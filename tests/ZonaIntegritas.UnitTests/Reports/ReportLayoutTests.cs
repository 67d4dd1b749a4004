using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ZonaIntegritas.UnitTests.Pdf;
using ZonaIntegritas.Web.Infrastructure.Office;
using ZonaIntegritas.Web.Infrastructure.Pdf;

namespace ZonaIntegritas.UnitTests.Reports;

/// <summary>The layout pieces the PMPZI report needs: landscape sections, split rows, group rows, footer line; the XLSX writer.</summary>
public class ReportLayoutTests
{
    [Fact]
    public void A_row_taller_than_a_page_is_split_and_continues_under_the_repeated_header_in_landscape()
    {
        using var pdf = new PdfDocumentBuilder(PdfLayout.A4Portrait) { FooterLine = (i, n) => $"Halaman {i} dari {n} · LKE PMPZI uji" };
        pdf.Paragraph("Sampul");
        pdf.NewPage(PdfLayout.A4Landscape);
        var table = new PdfTable([new("Kode", 1), new("Pertanyaan", 6)]) { FontSize = 8 };
        table.AddSection("PPA Manajemen Perubahan", 1);
        table.AddRow("PPA1A", string.Join("\n", Enumerable.Range(1, 140).Select(i => $"Baris kriteria nomor {i}")));
        table.AddRow("PPA1B", "Pertanyaan berikutnya");
        pdf.Table(table);
        var bytes = pdf.ToPdf();

        var pages = PdfTextExtractor.PageCount(bytes);
        pages.ShouldBeGreaterThanOrEqualTo(3);
        var all = PdfTextExtractor.Extract(bytes);
        all.ShouldContain("Baris kriteria nomor 1\n", Case.Sensitive);
        all.ShouldContain("Baris kriteria nomor 140");
        for (var page = 2; page <= pages; page++)
        {
            var text = PdfTextExtractor.Extract(bytes, page);
            text.ShouldContain("Pertanyaan", customMessage: $"page {page} repeats the header");
            text.ShouldContain($"Halaman {page} dari {pages} · LKE PMPZI uji");
        }
        using var read = PdfSharp.Pdf.IO.PdfReader.Open(new MemoryStream(bytes), PdfSharp.Pdf.IO.PdfDocumentOpenMode.Import);
        read.Pages[0].Width.Point.ShouldBeLessThan(read.Pages[0].Height.Point);
        read.Pages[1].Width.Point.ShouldBeGreaterThan(read.Pages[1].Height.Point);
    }

    [Fact]
    public void Workbook_has_several_sheets_with_frozen_headers_and_numbers_as_numbers()
    {
        var book = new XlsxWorkbook();
        book.AddSheet("Ringkasan", ["Komponen", "Nilai", "%"]).AddRow(["Total", new XlsxNumber(61.5234m), new XlsxPercent(0.6152m)]);
        book.AddSheet("Pemenuhan", ["Kode", "NIP"]).AddRow(["PPA1A", "198502102010012003"], bold: true);
        var bytes = book.ToBytes();

        using var doc = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var sheets = doc.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().ToList();
        sheets.Select(s => s.Name!.Value).ShouldBe(["Ringkasan", "Pemenuhan"]);
        var first = ((WorksheetPart)doc.WorkbookPart.GetPartById(sheets[0].Id!)).Worksheet;
        first.Descendants<Pane>().Single().State!.Value.ShouldBe(PaneStateValues.Frozen);
        first.Descendants<Column>().Count().ShouldBe(3);
        var cells = first.Descendants<Cell>().Where(c => c.CellReference!.Value!.EndsWith('2')).ToList();
        cells[1].DataType!.Value.ShouldBe(CellValues.Number);
        decimal.Parse(cells[1].CellValue!.Text, CultureInfo.InvariantCulture).ShouldBe(61.5234m);
        decimal.Parse(cells[2].CellValue!.Text, CultureInfo.InvariantCulture).ShouldBe(0.6152m);
        var second = ((WorksheetPart)doc.WorkbookPart.GetPartById(sheets[1].Id!)).Worksheet;
        second.Descendants<Cell>().Single(c => c.CellReference == "B2").InnerText.ShouldBe("198502102010012003");
    }
}
