using ZonaIntegritas.UnitTests.Pdf;
using ZonaIntegritas.Web.Domain.Common;
using ZonaIntegritas.Web.Domain.IntegrityPacts;
using ZonaIntegritas.Web.Features.PactEvidence;
using ZonaIntegritas.Web.Features.PactExports;
using ZonaIntegritas.Web.Features.Pacts;
using ZonaIntegritas.Web.Features.PactSigning;
using ZonaIntegritas.Web.Infrastructure.Office;

namespace ZonaIntegritas.UnitTests.IntegrityPacts;

public class PactFeatureUnitTests
{

    [Fact]
    public void The_drawn_signature_must_be_a_png_data_url_of_at_most_200_kb()
    {
        var png = PdfDocumentBuilderTests.TinyPng;
        SignatureImage.Decode(null).ShouldBeNull();
        SignatureImage.Decode("").ShouldBeNull();
        SignatureImage.Decode("data:image/png;base64," + Convert.ToBase64String(png)).ShouldBe(png);

        Should.Throw<DomainException>(() => SignatureImage.Decode("data:image/jpeg;base64,/9j/4AAQ")).Message.ShouldContain("PNG");
        Should.Throw<DomainException>(() => SignatureImage.Decode("data:image/png;base64,###")).Message.ShouldContain("rusak");
        Should.Throw<DomainException>(() => SignatureImage.Decode("data:image/png;base64," + Convert.ToBase64String("GIF89a"u8.ToArray()))).Message.ShouldContain("bukan PNG");
        var oversized = new byte[SignatureImage.MaxBytes + 1];
        png.CopyTo(oversized, 0);
        Should.Throw<DomainException>(() => SignatureImage.Decode("data:image/png;base64," + Convert.ToBase64String(oversized))).Message.ShouldContain("200 KB");
    }

    [Theory]
    [InlineData("ahmad  hidayat", "Ahmad Hidayat", true)]
    [InlineData("Siti Syafii", "Siti Syafi'i", true)]
    [InlineData("Dra. Hj. Nur Fauziah, M.Pd.", "Dra Hj Nur Fauziah MPd", true)]
    [InlineData("Ahmad", "Ahmad Hidayat", false)]
    [InlineData("", "Ahmad Hidayat", false)]
    [InlineData(null, "Ahmad Hidayat", false)]
    public void The_typed_name_matches_ignoring_case_spacing_and_punctuation(string? typed, string fullName, bool expected) =>
        PactSigningService.NamesMatch(typed, fullName).ShouldBe(expected);

    [Theory]
    [InlineData("PPA4D", true)]
    [InlineData("PRF1A", true)]
    [InlineData("ppa4d", false)]
    [InlineData("PPG4D", false)]
    [InlineData("PPA4", false)]
    [InlineData("PPA10A", false)]
    [InlineData(null, false)]
    public void Lke_question_codes_follow_the_pattern(string? code, bool valid) => PactEvidenceCodes.IsValid(code).ShouldBe(valid);

    [Fact]
    public void The_default_text_becomes_seven_numbered_items_and_markdown_cannot_inject_html()
    {
        var blocks = PactMarkdown.ToBlocks(DefaultPactText.StaffBody);
        blocks.OfType<PactListItemBlock>().Select(b => b.Marker).ShouldBe(["1.", "2.", "3.", "4.", "5.", "6.", "7."]);
        blocks.OfType<PactParagraphBlock>().First().Text.ShouldBe("Saya yang bertanda tangan di bawah ini:");
        blocks.OfType<PactParagraphBlock>().ShouldContain(p => p.Text.Contains("Nama: {{nama}}\nNIP: {{nip}}", StringComparison.Ordinal));

        var html = PactMarkdown.ToHtml("<script>alert(1)</script> [klik](javascript:alert(1)) ![x](https://contoh.id/a.png) **tebal**");
        html.ShouldNotContain("<script>");
        html.ShouldNotContain("javascript:");
        html.ShouldNotContain("<img");
        html.ShouldContain("<strong>tebal</strong>");
    }

    [Fact]
    public void A_signed_pact_pdf_has_letterhead_text_signer_block_and_verification_code()
    {
        var signer = new PactSigner("Rina Kurniawati", "198502102010012003", "III/b", "Arsiparis", "Kantor Kementerian Agama Kota Malang", "Malang", new DateOnly(2026, 1, 6));
        var document = new PactDocument
        {
            Agency = "KEMENTERIAN AGAMA REPUBLIK INDONESIA",
            UnitName = signer.UnitName,
            UnitAddress = "Jl. Raden Panji Suroso No. 2",
            UnitCity = "Malang",
            CampaignTitle = "Pakta Awal Tahun 2026",
            Title = DefaultPactText.Title,
            RenderedText = PactText.Render(DefaultPactText.StaffBody, signer),
            SignerName = signer.FullName,
            SignerNip = signer.Nip,
            Place = signer.Place,
            SignedOn = signer.Date,
            SignedAtUtc = new DateTime(2026, 1, 6, 2, 0, 0, DateTimeKind.Utc),
            Method = SignatureMethod.Electronic,
            DrawnSignaturePng = PdfDocumentBuilderTests.TinyPng,
            VerificationCode = "0123456789ABCDEFGHJKMNPQRSTVWXYZ",
            VerificationUrl = "https://zi.example/verifikasi/0123456789ABCDEFGHJKMNPQRSTVWXYZ",
            TextSha256 = new string('a', 64),
        };

        var pdf = PactPdfWriter.Single(document);
        if (Environment.GetEnvironmentVariable("ZI_PDF_SAMPLES") is { Length: > 0 } samples)
        {
            // Opt-in: keep the sample to look at (e.g. pdftoppm -png).
            Directory.CreateDirectory(samples);
            File.WriteAllBytes(Path.Combine(samples, "pakta-contoh.pdf"), pdf);
            File.WriteAllBytes(Path.Combine(samples, "pakta-contoh-pejabat.pdf"), PactPdfWriter.Single(document with
            {
                RenderedText = PactText.Render(DefaultPactText.OfficialBody, signer with { Position = "Kepala Seksi Pendidikan Madrasah", FullName = "Dr. H. Muhammad Zainal Arifin Maulana, S.Ag., M.Pd.I." }),
            }));
        }
        var text = string.Join(' ', PdfTextExtractor.Extract(pdf).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

        text.ShouldContain("KEMENTERIAN AGAMA REPUBLIK INDONESIA");
        text.ShouldContain("KANTOR KEMENTERIAN AGAMA KOTA MALANG");
        text.ShouldContain("PAKTA INTEGRITAS");
        text.ShouldContain("Nama: Rina Kurniawati");
        text.ShouldContain("7. bersedia menerima sanksi");
        text.ShouldContain("Malang, 6 Januari 2026");
        text.ShouldContain("NIP. 198502102010012003");
        text.ShouldContain("Kode verifikasi: 0123456789ABCDEFGHJKMNPQRSTVWXYZ");
        text.ShouldContain("6 Januari 2026 09.00 WIB");
        text.ShouldContain("Halaman 1 dari");
        text.ShouldNotContain("DIBATALKAN");

        var voided = PdfTextExtractor.Extract(PactPdfWriter.Single(document with { VoidedAtUtc = new DateTime(2026, 2, 1, 3, 0, 0, DateTimeKind.Utc), DrawnSignaturePng = null }));
        voided.ShouldContain("DIBATALKAN");
        voided.ShouldContain("ttd. elektronik");
    }

    [Fact]
    public void The_xlsx_writer_keeps_long_numbers_as_text()
    {
        var bytes = SimpleXlsx.Write("Daftar [uji]", ["No", "NIP"], [[1, "198502102010012003"], [2, "-"]]);

        using var doc = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var cells = doc.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Cell>().ToList();
        cells.Single(c => c.CellReference == "B2").InnerText.ShouldBe("198502102010012003");
        cells.Single(c => c.CellReference == "A2").DataType!.Value.ShouldBe(DocumentFormat.OpenXml.Spreadsheet.CellValues.Number);
        doc.WorkbookPart.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Single().Name!.Value.ShouldBe("Daftar uji");
        SimpleXlsx.ColumnName(0).ShouldBe("A");
        SimpleXlsx.ColumnName(27).ShouldBe("AB");
    }
}
