using ZonaIntegritas.Web.Infrastructure.Pdf;

namespace ZonaIntegritas.UnitTests.Pdf;

public class PdfDocumentBuilderTests
{

    [Fact]
    public void A_long_table_spans_several_pages_and_repeats_its_header_on_each()
    {
        using var pdf = new PdfDocumentBuilder(title: "Uji tabel") { HeaderText = "Kantor Kementerian Agama Kota Malang" };
        pdf.Paragraph("Daftar Pegawai", PdfTextStyle.Title);
        var table = new PdfTable([new("No", 0.5, PdfAlign.Right), new("Nama Pegawai", 3), new("Jabatan", 3)]);
        for (var i = 1; i <= 120; i++)
        {
            table.AddRow(i.ToString(System.Globalization.CultureInfo.InvariantCulture), $"Pegawai Nomor {i}", "Pengadministrasi Umum pada Subbagian Tata Usaha");
        }
        pdf.Table(table);
        var bytes = pdf.ToPdf();

        var pages = PdfTextExtractor.PageCount(bytes);
        pages.ShouldBeGreaterThanOrEqualTo(2);
        for (var page = 1; page <= pages; page++)
        {
            var text = PdfTextExtractor.Extract(bytes, page);
            text.ShouldContain("Nama Pegawai", customMessage: $"page {page} repeats the header row");
            text.ShouldContain($"Halaman {page} dari {pages}");
            text.ShouldContain("Kantor Kementerian Agama Kota Malang");
        }
        var all = PdfTextExtractor.Extract(bytes);
        all.ShouldContain("Pegawai Nomor 1 ");
        all.ShouldContain("Pegawai Nomor 120");
    }

    [Fact]
    public void Two_pages_are_numbered_halaman_1_dari_2()
    {
        using var pdf = new PdfDocumentBuilder();
        pdf.Paragraph("Halaman pertama.");
        pdf.NewPage();
        pdf.Paragraph("Halaman kedua.");
        var bytes = pdf.ToPdf();

        PdfTextExtractor.Extract(bytes, 1).ShouldContain("Halaman 1 dari 2");
        var second = PdfTextExtractor.Extract(bytes, 2);
        second.ShouldContain("Halaman 2 dari 2", customMessage: second);
    }

    [Fact]
    public void A_long_paragraph_wraps_and_continues_on_the_next_page()
    {
        using var pdf = new PdfDocumentBuilder();
        var words = string.Join(' ', Enumerable.Range(1, 1500).Select(i => "kata" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        pdf.Paragraph(words);
        pdf.ListItem("1.", "Butir daftar dengan indentasi gantung yang cukup panjang untuk dibungkus ke baris berikutnya di halaman.");
        var bytes = pdf.ToPdf();

        PdfTextExtractor.PageCount(bytes).ShouldBeGreaterThan(1);
        var text = PdfTextExtractor.Extract(bytes);
        text.ShouldContain("kata1 ");
        text.ShouldContain("kata1500");
        text.ShouldContain("Butir daftar");
    }

    [Fact]
    public void Indonesian_text_and_images_render_and_the_qr_code_draws()
    {
        using var pdf = new PdfDocumentBuilder();
        pdf.Paragraph("Saya yang bertanda tangan di bawah ini — Syafi'i, S.Ag., M.Pd.I.", PdfTextStyle.Body with { Bold = true });
        pdf.Image(TinyPng, 100, 50);
        pdf.Block(80, (gfx, box) => PdfQrCode.Draw(gfx, "https://zi.example/verifikasi/ABC", box.X, box.Y, 80));
        var bytes = pdf.ToPdf();

        PdfTextExtractor.Extract(bytes).ShouldContain("Syafi'i, S.Ag., M.Pd.I.");
        PdfDocumentBuilder.IsReadableImage(TinyPng).ShouldBeTrue();
        PdfDocumentBuilder.IsReadableImage([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3]).ShouldBeFalse();
    }

    [Fact]
    public void Pages_of_another_pdf_can_be_appended()
    {
        using var first = new PdfDocumentBuilder { PageNumbers = false };
        first.Paragraph("Lampiran pindaian");
        var attachment = first.ToPdf();

        using var pdf = new PdfDocumentBuilder();
        pdf.Paragraph("Dokumen utama");
        pdf.AppendPdf(attachment);
        var bytes = pdf.ToPdf();

        PdfTextExtractor.PageCount(bytes).ShouldBe(2);
        PdfTextExtractor.Extract(bytes, 2).ShouldContain("Lampiran pindaian");
        var second = PdfTextExtractor.Extract(bytes, 2);
        second.ShouldContain("Halaman 2 dari 2", customMessage: second);
    }

    [Fact]
    public void Text_wraps_on_words_and_breaks_words_longer_than_the_line()
    {
        static double Measure(string s) => s.Length;
        TextWrapper.Wrap("satu dua tiga empat", 9, Measure).ShouldBe(["satu dua", "tiga", "empat"]);
        TextWrapper.Wrap("abcdefghijkl", 5, Measure).ShouldBe(["abcde", "fghij", "kl"]);
        TextWrapper.Wrap("baris\n\nbaru", 20, Measure).ShouldBe(["baris", "", "baru"]);
    }

    /// <summary>A 2×2 RGBA PNG.</summary>
    internal static readonly byte[] TinyPng = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAYAAABytg0kAAAAEElEQVR4nGNgYGD4D8UQBgAd9AP9yOH2qAAAAABJRU5ErkJggg==");
}
