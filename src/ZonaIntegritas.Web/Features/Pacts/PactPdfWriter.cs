using PdfSharp.Drawing;
using ZonaIntegritas.Web.Domain.IntegrityPacts;
using ZonaIntegritas.Web.Domain.Units;
using ZonaIntegritas.Web.Infrastructure.Files;
using ZonaIntegritas.Web.Infrastructure.Pdf;
using ZonaIntegritas.Web.Infrastructure.Web;

namespace ZonaIntegritas.Web.Features.Pacts;

/// <summary>Everything printed on one signed pact.</summary>
public sealed record PactDocument
{
    public required string Agency { get; init; }
    public required string UnitName { get; init; }
    public string? UnitAddress { get; init; }
    public string? UnitCity { get; init; }
    public IndonesianTimeZone Zone { get; init; } = IndonesianTimeZone.Wib;
    public required string CampaignTitle { get; init; }
    public required string Title { get; init; }
    public required string RenderedText { get; init; }
    public required string SignerName { get; init; }
    public string? SignerNip { get; init; }
    public required string Place { get; init; }
    public DateOnly SignedOn { get; init; }
    public DateTime SignedAtUtc { get; init; }
    public SignatureMethod Method { get; init; }
    public byte[]? DrawnSignaturePng { get; init; }
    public string? TypedName { get; init; }
    public required string VerificationCode { get; init; }
    public required string VerificationUrl { get; init; }
    public required string TextSha256 { get; init; }
    public DateTime? VoidedAtUtc { get; init; }
    public byte[]? Scan { get; init; }
    public string? ScanContentType { get; init; }
}

/// <summary>
/// Lays out signed pacts on A4 with <see cref="PdfDocumentBuilder"/>: letterhead, pact text, signer block
/// (drawn signature or typed name, place and date) and the verification code with its QR code. A paper
/// signature's scan is appended after its pact.
/// </summary>
public static class PactPdfWriter
{
    private static readonly XColor Red = XColor.FromArgb(176, 0, 32);

    public static byte[] Single(PactDocument document)
    {
        using var pdf = new PdfDocumentBuilder(title: $"{document.Title} - {document.SignerName}")
        {
            HeaderText = $"Pakta Integritas · {document.CampaignTitle}",
            FooterText = $"Kode verifikasi {document.VerificationCode}",
        };
        Write(pdf, document);
        return pdf.ToPdf();
    }

    public static byte[] Combined(string campaignTitle, IReadOnlyList<PactDocument> documents)
    {
        using var pdf = new PdfDocumentBuilder(title: $"Pakta Integritas - {campaignTitle}")
        {
            HeaderText = $"Pakta Integritas · {campaignTitle}",
            FooterText = $"Gabungan {documents.Count} pakta bertanda tangan",
        };
        if (documents.Count == 0)
        {
            pdf.Paragraph("Belum ada pakta yang ditandatangani pada kampanye ini.", PdfTextStyle.Body with { Italic = true });
        }
        for (var i = 0; i < documents.Count; i++)
        {
            if (i > 0)
            {
                pdf.NewPage();
            }
            Write(pdf, documents[i]);
        }
        return pdf.ToPdf();
    }

    public static void Write(PdfDocumentBuilder pdf, PactDocument d)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        ArgumentNullException.ThrowIfNull(d);
        pdf.EnsureSpace(0);
        Letterhead(pdf, d);
        if (d.VoidedAtUtc is { } voided)
        {
            pdf.Paragraph($"DIBATALKAN pada {Fmt.DateTime(voided, d.Zone)}: tanda tangan ini tidak berlaku.",
                PdfTextStyle.Body with { Bold = true, Color = Red, Align = PdfAlign.Center, SpaceAfter = 8 });
        }
        pdf.Paragraph(d.Title, PdfTextStyle.Title with { SpaceAfter = 8 });
        Body(pdf, d.RenderedText);
        SignerBlock(pdf, d);
        VerificationBlock(pdf, d);
        if (d.Scan is { Length: > 0 } scan)
        {
            AppendScan(pdf, d, scan);
        }
    }

    private static void Letterhead(PdfDocumentBuilder pdf, PactDocument d)
    {
        pdf.Paragraph(d.Agency, PdfTextStyle.Body with { Size = 12, Bold = true, Align = PdfAlign.Center, SpaceAfter = 0 });
        pdf.Paragraph(d.UnitName.ToUpperInvariant(), PdfTextStyle.Body with { Size = 12, Bold = true, Align = PdfAlign.Center, SpaceAfter = 0 });
        var address = string.Join(", ", new[] { d.UnitAddress, d.UnitCity }.Where(s => !string.IsNullOrWhiteSpace(s)).Distinct());
        if (address.Length > 0)
        {
            pdf.Paragraph(address, PdfTextStyle.Small with { Align = PdfAlign.Center, SpaceAfter = 0 });
        }
        pdf.Rule(1.5);
        pdf.Spacer(6);
    }

    private static void Body(PdfDocumentBuilder pdf, string renderedText)
    {
        var body = PdfTextStyle.Body with { Size = 10.5, LineSpacing = 1.25, SpaceAfter = 5 };
        foreach (var block in PactMarkdown.ToBlocks(renderedText))
        {
            switch (block)
            {
                case PactHeadingBlock h:
                    pdf.Paragraph(h.Text, PdfTextStyle.Heading);
                    break;
                case PactListItemBlock item:
                    pdf.ListItem(item.Marker, item.Text, body with { Indent = item.Depth * 20, SpaceAfter = 2 });
                    break;
                case PactParagraphBlock p:
                    pdf.Paragraph(p.Text, body with { Indent = p.Depth * 20 });
                    break;
            }
        }
    }

    private static void SignerBlock(PdfDocumentBuilder pdf, PactDocument d)
    {
        pdf.Spacer(6);
        var width = pdf.Width * 0.45;
        var small = PdfTextStyle.Body with { Size = 10.5, LineSpacing = 1.25 };
        pdf.Block(128, (gfx, box) =>
        {
            var x = box.Right - width;
            var y = box.Y;
            y += pdf.TextBox($"{d.Place}, {PactText.FormatDate(d.SignedOn)}", new XRect(x, y, width, 30), small);
            y += pdf.TextBox("Yang membuat pernyataan,", new XRect(x, y, width, 16), small);
            var signatureBox = new XRect(x, y + 2, width, 50);
            if (d.DrawnSignaturePng is { Length: > 0 } png && PdfDocumentBuilder.IsReadableImage(png))
            {
                pdf.DrawImageInto(png, signatureBox);
            }
            else
            {
                var note = d.Method == SignatureMethod.Paper
                    ? "(ditandatangani basah di atas kertas; pindaian terlampir)"
                    : $"ttd. elektronik\n{d.TypedName ?? d.SignerName}";
                pdf.TextBox(note, new XRect(x, signatureBox.Y + 16, width, 40), PdfTextStyle.Body with { Italic = true, Size = 10, Color = XColors.DarkSlateGray });
            }
            y = signatureBox.Bottom + 2;
            y += pdf.TextBox(d.SignerName, new XRect(x, y, width, 30), small with { Bold = true });
            pdf.TextBox("NIP. " + (string.IsNullOrWhiteSpace(d.SignerNip) ? "-" : d.SignerNip), new XRect(x, y, width, 16), small);
        });
    }

    private static void VerificationBlock(PdfDocumentBuilder pdf, PactDocument d)
    {
        pdf.Spacer(6);
        const double qr = 74;
        var how = d.Method == SignatureMethod.Paper ? "dicatat dari tanda tangan basah (kertas)" : "ditandatangani secara elektronik";
        var text = $"Dokumen ini {how} melalui Portal Zona Integritas pada {Fmt.DateTime(d.SignedAtUtc, d.Zone)}.\n" +
                   $"Kode verifikasi: {d.VerificationCode}\n" +
                   $"Periksa keaslian dengan memindai kode QR atau membuka {d.VerificationUrl}\n" +
                   $"SHA-256: {d.TextSha256}";
        var style = PdfTextStyle.Small with { Size = 8, LineSpacing = 1.25 };
        var textWidth = pdf.Width - qr - 12;
        var height = Math.Max(qr, pdf.MeasureHeight(text, textWidth, style)) + 8;
        pdf.Block(height, (gfx, box) =>
        {
            gfx.DrawRectangle(new XPen(XColors.Gray, 0.5), box);
            PdfQrCode.Draw(gfx, d.VerificationUrl, box.X + 4, box.Y + 4, qr - 8);
            pdf.TextBox(text, new XRect(box.X + qr + 8, box.Y + 4, textWidth, box.Height - 8), style);
        });
    }

    private static void AppendScan(PdfDocumentBuilder pdf, PactDocument d, byte[] scan)
    {
        try
        {
            if (d.ScanContentType == FileTypeInspector.Info(FileKind.Pdf).ContentType)
            {
                pdf.AppendPdf(scan);
            }
            else
            {
                pdf.AppendImagePage(scan, $"Pindaian pakta bertanda tangan basah: {d.SignerName}");
            }
        }
        catch (Exception ex) when (ex is InvalidOperationException or NotSupportedException or ArgumentException or IOException or PdfSharp.Pdf.IO.PdfReaderException)
        {
            pdf.Paragraph($"Pindaian pakta {d.SignerName} tidak dapat disisipkan ke PDF ini; unduh berkasnya dari portal.",
                PdfTextStyle.Body with { Italic = true });
        }
    }
}
