using System.Globalization;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;

namespace ZonaIntegritas.Web.Infrastructure.Pdf;

/// <summary>
/// A small flow-layout writer over PDFsharp for the portal's documents (signed pacts, PMPZI report…):
/// content flows top to bottom from a cursor (<see cref="Y"/>) and starts a new page when a block does not fit.
/// Paragraphs wrap and may continue on the next page; list items hang; tables repeat their header row on
/// every page; images and custom blocks are kept whole. <see cref="ToPdf"/> stamps the running header and
/// the "Halaman X dari Y" footer on every page once the page count is known.
/// </summary>
/// <example>
/// <code>
/// using var pdf = new PdfDocumentBuilder(title: "Laporan") { HeaderText = "Kantor Kemenag", FooterText = "Dicetak 22 November 2026" };
/// pdf.Paragraph("Judul", PdfTextStyle.Title);
/// pdf.Table(new PdfTable([new("No", 0.5), new("Nama", 3)]).AddRow("1", "Ahmad"));
/// byte[] bytes = pdf.ToPdf();
/// </code>
/// </example>
public sealed class PdfDocumentBuilder : IDisposable
{
    private static readonly XColor Grey = XColor.FromArgb(90, 90, 90);
    private static readonly XColor HeaderFill = XColor.FromArgb(230, 236, 233);
    private readonly PdfDocument _document = new();
    private readonly List<MemoryStream> _imageStreams = [];
    private XGraphics? _gfx;
    private bool _finished;

    public PdfDocumentBuilder(PdfLayout? layout = null, string? title = null)
    {
        PdfFonts.EnsureRegistered();
        Layout = layout ?? PdfLayout.A4Portrait;
        _document.Info.Title = title ?? "";
        _document.Info.Creator = "Portal Zona Integritas";
        _document.PageLayout = PdfPageLayout.SinglePage;
    }

    /// <summary>The layout of the current page (see <see cref="NewPage(PdfLayout)"/>).</summary>
    public PdfLayout Layout { get; private set; }

    /// <summary>Small grey text above the content area of every page (e.g. the unit name).</summary>
    public string? HeaderText { get; set; }

    /// <summary>Small grey text at the bottom left of every page (e.g. a verification hint).</summary>
    public string? FooterText { get; set; }

    /// <summary>Draw "Halaman X dari Y" at the bottom right of every page.</summary>
    public bool PageNumbers { get; set; } = true;

    /// <summary>The vertical cursor: where the next block starts, in points from the top of the page.</summary>
    public double Y { get; private set; }

    public double Left => Layout.MarginLeft;
    public double Width => Layout.ContentWidth;
    public int PageCount => _document.PageCount;

    /// <summary>The current page's drawing surface (a first page is started when needed).</summary>
    public XGraphics Graphics => _gfx ?? StartPage();

    public void NewPage() => StartPage();

    /// <summary>Starts a new page with another layout (e.g. an A4 landscape section in a portrait document).</summary>
    public void NewPage(PdfLayout layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        CloseGraphics();
        Layout = layout;
        StartPage();
    }

    /// <summary>
    /// When set, replaces <see cref="FooterText"/> and the page label: the footer of page <c>i</c> of <c>n</c> is
    /// this function's text (e.g. "Halaman 2 dari 9 · LKE PMPZI … · dicetak …").
    /// </summary>
    public Func<int, int, string>? FooterLine { get; set; }

    /// <summary>Starts a new page when fewer than <paramref name="height"/> points are left. Returns true when it did.</summary>
    public bool EnsureSpace(double height)
    {
        if (_gfx is null)
        {
            StartPage();
            return true;
        }
        if (Y + height > Layout.ContentBottom && Y > Layout.ContentTop + 0.5)
        {
            StartPage();
            return true;
        }
        return false;
    }

    public void Spacer(double height)
    {
        EnsureSpace(0);
        Y = Math.Min(Y + height, Layout.ContentBottom);
    }

    /// <summary>A wrapped paragraph; long paragraphs continue on the next page line by line.</summary>
    public void Paragraph(string text, PdfTextStyle? style = null)
    {
        style ??= PdfTextStyle.Body;
        var font = style.Font();
        var width = Width - style.Indent;
        foreach (var line in Wrap(text, font, width))
        {
            EnsureSpace(style.LineHeight);
            DrawText(line, font, style, Left + style.Indent, width);
            Y += style.LineHeight;
        }
        Y += style.SpaceAfter;
    }

    /// <summary>A list item with a hanging indent: the marker ("1.", "•") in the gutter, the text wrapped beside it.</summary>
    public void ListItem(string marker, string text, PdfTextStyle? style = null, double gutter = 20)
    {
        style ??= PdfTextStyle.Body;
        var font = style.Font();
        var textLeft = Left + style.Indent + gutter;
        var width = Width - style.Indent - gutter;
        var first = true;
        foreach (var line in Wrap(text, font, width))
        {
            EnsureSpace(style.LineHeight);
            if (first)
            {
                DrawText(marker, font, style with { Align = PdfAlign.Left }, Left + style.Indent, gutter);
                first = false;
            }
            DrawText(line, font, style, textLeft, width);
            Y += style.LineHeight;
        }
        Y += style.SpaceAfter;
    }

    /// <summary>Label/value lines aligned on a column ("Nama : Ahmad"), kept on one page.</summary>
    public void Fields(IReadOnlyList<(string Label, string Value)> fields, double labelWidth = 110, PdfTextStyle? style = null)
    {
        style ??= PdfTextStyle.Body;
        var font = style.Font();
        var valueLeft = Left + style.Indent + labelWidth + 10;
        var valueWidth = Width - style.Indent - labelWidth - 10;
        var wrapped = fields.Select(f => (f.Label, Lines: Wrap(f.Value, font, valueWidth))).ToList();
        EnsureSpace(wrapped.Sum(f => f.Lines.Count) * style.LineHeight);
        foreach (var (label, lines) in wrapped)
        {
            DrawText(label, font, style with { Align = PdfAlign.Left }, Left + style.Indent, labelWidth);
            DrawText(":", font, style with { Align = PdfAlign.Left }, Left + style.Indent + labelWidth, 10);
            foreach (var line in lines)
            {
                DrawText(line, font, style with { Align = PdfAlign.Left }, valueLeft, valueWidth);
                Y += style.LineHeight;
            }
        }
        Y += style.SpaceAfter;
    }

    public void Rule(double thickness = 0.75)
    {
        EnsureSpace(6);
        Graphics.DrawLine(new XPen(XColors.Black, thickness), Left, Y + 2, Left + Width, Y + 2);
        Y += 6;
    }

    /// <summary>A custom block of fixed height kept on one page; <paramref name="draw"/> gets the block's rectangle.</summary>
    public void Block(double height, Action<XGraphics, XRect> draw)
    {
        ArgumentNullException.ThrowIfNull(draw);
        EnsureSpace(height);
        draw(Graphics, new XRect(Left, Y, Width, height));
        Y += height;
    }

    /// <summary>
    /// Wrapped text inside a rectangle (e.g. beside a QR code in a <see cref="Block"/>); lines that do not fit are
    /// cut. Does not move the cursor. Returns the height used.
    /// </summary>
    public double TextBox(string text, XRect box, PdfTextStyle? style = null)
    {
        style ??= PdfTextStyle.Body;
        var font = style.Font();
        var y = box.Y;
        foreach (var line in Wrap(text, font, box.Width))
        {
            if (y + style.LineHeight > box.Bottom + 0.5)
            {
                break;
            }
            DrawTextAt(line, font, style, box.X, y, box.Width);
            y += style.LineHeight;
        }
        return y - box.Y;
    }

    /// <summary>Height that <paramref name="text"/> takes when wrapped to <paramref name="width"/>.</summary>
    public double MeasureHeight(string text, double width, PdfTextStyle? style = null)
    {
        style ??= PdfTextStyle.Body;
        return Wrap(text, style.Font(), width).Count * style.LineHeight;
    }

    /// <summary>A PNG or JPEG scaled to fit the box (never enlarged), kept on one page.</summary>
    public void Image(byte[] bytes, double maxWidth, double maxHeight, PdfAlign align = PdfAlign.Left)
    {
        var image = LoadImage(bytes);
        var (w, h) = Fit(image.PointWidth, image.PointHeight, Math.Min(maxWidth, Width), maxHeight);
        EnsureSpace(h);
        var x = align switch
        {
            PdfAlign.Center => Left + (Width - w) / 2,
            PdfAlign.Right => Left + Width - w,
            _ => Left,
        };
        Graphics.DrawImage(image, x, Y, w, h);
        Y += h;
    }

    /// <summary>Draws an image into a given rectangle (scaled to fit, centred), e.g. a signature inside a block.</summary>
    public void DrawImageInto(byte[] bytes, XRect box)
    {
        var image = LoadImage(bytes);
        var (w, h) = Fit(image.PointWidth, image.PointHeight, box.Width, box.Height);
        Graphics.DrawImage(image, box.X + (box.Width - w) / 2, box.Y + (box.Height - h) / 2, w, h);
    }

    /// <summary>
    /// A table whose rows flow across pages; the header row is repeated at the top of each page and a row taller
    /// than the space left is split line by line (see <see cref="PdfTable"/>).
    /// </summary>
    public void Table(PdfTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var widths = table.ColumnWidths(Width);
        var font = PdfText.Font(table.FontSize);
        var bold = PdfText.Font(table.FontSize, bold: true);
        var lineHeight = table.FontSize * 1.25;
        var header = table.Columns.Select((c, i) => Wrap(c.Header, bold, widths[i] - 2 * table.Padding)).ToList();
        var headerHeight = header.Max(l => l.Count) * lineHeight + 2 * table.Padding;

        var first = table.Rows.Count == 0 ? null : WrapRow(table.Rows[0]);
        EnsureSpace(headerHeight + (first is null ? 0 : Math.Min(Height(first), lineHeight * 3 + 2 * table.Padding)));
        DrawHeader();
        foreach (var row in table.Rows)
        {
            var cells = WrapRow(row);
            var height = Height(cells);
            // Keep a group heading with at least one line of what follows it.
            var needed = row.Span ? height + lineHeight + 2 * table.Padding : height;
            if (Y + needed <= Layout.ContentBottom)
            {
                DrawRow(cells, height, row);
                continue;
            }
            var fullPage = Layout.ContentBottom - Layout.ContentTop - (table.RepeatHeader ? headerHeight : 0);
            var linesLeft = (int)Math.Floor((Layout.ContentBottom - Y - 2 * table.Padding) / lineHeight);
            if (!table.SplitRows || row.Span || (height <= fullPage && linesLeft < 3) || linesLeft < 1)
            {
                NextPage();
                if (height <= fullPage || !table.SplitRows || row.Span)
                {
                    DrawRow(cells, height, row);
                    continue;
                }
                linesLeft = (int)Math.Floor((Layout.ContentBottom - Y - 2 * table.Padding) / lineHeight);
            }
            // Split: draw as many lines of every cell as fit, continue on the next page.
            var offset = 0;
            var total = cells.Max(c => c.Count);
            while (offset < total)
            {
                var take = Math.Max(1, Math.Min(linesLeft, total - offset));
                var part = cells.Select(c => (IReadOnlyList<string>)c.Skip(offset).Take(take).ToList()).ToList();
                DrawRow(part, take * lineHeight + 2 * table.Padding, row);
                offset += take;
                if (offset < total)
                {
                    NextPage();
                    linesLeft = (int)Math.Floor((Layout.ContentBottom - Y - 2 * table.Padding) / lineHeight);
                }
            }
        }
        Y += 6;

        void NextPage()
        {
            StartPage();
            if (table.RepeatHeader)
            {
                DrawHeader();
            }
        }

        void DrawHeader() => DrawRow(header, headerHeight, null);

        List<IReadOnlyList<string>> WrapRow(PdfTableRow row) => row.Span
            ? [Wrap(row.Cells[0], bold, Width - 2 * table.Padding)]
            : row.Cells.Select((c, i) => Wrap(c, row.Bold ? bold : font, widths[i] - 2 * table.Padding)).ToList();

        double Height(List<IReadOnlyList<string>> cells) => cells.Max(l => l.Count) * lineHeight + 2 * table.Padding;

        void DrawRow(List<IReadOnlyList<string>> cells, double height, PdfTableRow? row)
        {
            var gfx = Graphics;
            var pen = new XPen(XColors.Gray, 0.5);
            var isHeader = row is null;
            if (row is { Span: true })
            {
                var rect = new XRect(Left, Y, Width, height);
                gfx.DrawRectangle(pen, new XSolidBrush(SectionFill(row.Level)), rect);
                var lineY = Y + table.Padding;
                var style = new PdfTextStyle { Size = table.FontSize, Bold = true };
                foreach (var line in cells[0])
                {
                    DrawTextAt(line, bold, style, Left + table.Padding, lineY, Width - 2 * table.Padding);
                    lineY += lineHeight;
                }
                Y += height;
                return;
            }
            var x = Left;
            for (var i = 0; i < widths.Length; i++)
            {
                var rect = new XRect(x, Y, widths[i], height);
                if (isHeader)
                {
                    gfx.DrawRectangle(pen, new XSolidBrush(HeaderFill), rect);
                }
                else
                {
                    gfx.DrawRectangle(pen, rect);
                }
                var strong = isHeader || row!.Bold;
                var style = new PdfTextStyle { Size = table.FontSize, Bold = strong, Align = table.Columns[i].Align };
                var lineY = Y + table.Padding;
                foreach (var line in cells[i])
                {
                    DrawTextAt(line, strong ? bold : font, style, x + table.Padding, lineY, widths[i] - 2 * table.Padding);
                    lineY += lineHeight;
                }
                x += widths[i];
            }
            Y += height;
        }
    }

    private static XColor SectionFill(int level) => level switch
    {
        1 => XColor.FromArgb(200, 219, 209),
        2 => XColor.FromArgb(218, 231, 224),
        _ => XColor.FromArgb(236, 243, 239),
    };

    /// <summary>Appends every page of another PDF (e.g. a scanned, wet-signed form). Throws when it cannot be read.</summary>
    public void AppendPdf(byte[] pdf)
    {
        CloseGraphics();
        using var input = new MemoryStream(pdf);
        using var imported = PdfReader.Open(input, PdfDocumentOpenMode.Import);
        foreach (var page in imported.Pages)
        {
            _document.AddPage(page);
        }
    }

    /// <summary>Appends one page holding an image scaled to the content area, with an optional caption above it.</summary>
    public void AppendImagePage(byte[] image, string? caption = null)
    {
        StartPage();
        if (!string.IsNullOrWhiteSpace(caption))
        {
            Paragraph(caption, PdfTextStyle.Heading);
        }
        Image(image, Width, Layout.ContentBottom - Y, PdfAlign.Center);
    }

    /// <summary>Finishes the document: stamps header and page numbers on every page and returns the PDF bytes.</summary>
    public byte[] ToPdf()
    {
        if (_finished)
        {
            throw new InvalidOperationException("The document was already written.");
        }
        if (_document.PageCount == 0)
        {
            StartPage();
        }
        CloseGraphics();
        StampPages();
        _finished = true;
        using var output = new MemoryStream();
        _document.Save(output, false);
        return output.ToArray();
    }

    public void Dispose()
    {
        CloseGraphics();
        _document.Dispose();
        foreach (var stream in _imageStreams)
        {
            stream.Dispose();
        }
    }

    /// <summary>True when PDFsharp can read the bytes as an image (PNG/JPEG).</summary>
    public static bool IsReadableImage(byte[] bytes)
    {
        try
        {
            using var stream = new MemoryStream(bytes);
            using var image = XImage.FromStream(stream);
            return image.PixelWidth > 0 && image.PixelHeight > 0;
        }
        catch (Exception ex) when (ex is InvalidOperationException or NotSupportedException or ArgumentException or IOException or IndexOutOfRangeException or FormatException)
        {
            return false;
        }
    }

    private XGraphics StartPage()
    {
        CloseGraphics();
        var page = _document.AddPage();
        page.Width = XUnit.FromPoint(Layout.PageWidth);
        page.Height = XUnit.FromPoint(Layout.PageHeight);
        _gfx = XGraphics.FromPdfPage(page);
        Y = Layout.ContentTop;
        return _gfx;
    }

    private void CloseGraphics()
    {
        _gfx?.Dispose();
        _gfx = null;
    }

    private XImage LoadImage(byte[] bytes)
    {
        // PDFsharp reads image data when it is drawn and written; keep the stream until the document is saved.
        var stream = new MemoryStream(bytes, writable: false);
        _imageStreams.Add(stream);
        return XImage.FromStream(stream);
    }

    private static (double W, double H) Fit(double width, double height, double maxWidth, double maxHeight)
    {
        var scale = Math.Min(1, Math.Min(maxWidth / width, maxHeight / height));
        return (width * scale, height * scale);
    }

    private IReadOnlyList<string> Wrap(string text, XFont font, double width)
    {
        var gfx = Graphics;
        return TextWrapper.Wrap(text, width, s => gfx.MeasureString(s, font).Width);
    }

    private void DrawText(string text, XFont font, PdfTextStyle style, double x, double width) =>
        DrawTextAt(text, font, style, x, Y, width);

    private void DrawTextAt(string text, XFont font, PdfTextStyle style, double x, double y, double width)
    {
        if (text.Length == 0)
        {
            return;
        }
        var gfx = Graphics;
        var brush = new XSolidBrush(style.Color);
        var textWidth = style.Align == PdfAlign.Left ? 0 : gfx.MeasureString(text, font).Width;
        var left = style.Align switch
        {
            PdfAlign.Center => x + (width - textWidth) / 2,
            PdfAlign.Right => x + width - textWidth,
            _ => x,
        };
        gfx.DrawString(text, font, brush, left, y, XStringFormats.TopLeft);
    }

    private void StampPages()
    {
        var total = _document.PageCount;
        if (!PageNumbers && string.IsNullOrWhiteSpace(HeaderText) && string.IsNullOrWhiteSpace(FooterText) && FooterLine is null)
        {
            return;
        }
        var font = PdfText.Font(Layout.StampFontSize);
        var brush = new XSolidBrush(Grey);
        var pen = new XPen(XColors.LightGray, 0.5);
        for (var i = 0; i < total; i++)
        {
            var page = _document.Pages[i];
            var width = page.Width.Point;
            var height = page.Height.Point;
            var left = Math.Min(Layout.MarginLeft, width * 0.1);
            var right = width - Math.Min(Layout.MarginRight, width * 0.1);
            var bottom = height - Math.Min(Layout.MarginBottom, height * 0.08);
            using var gfx = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append);
            if (!string.IsNullOrWhiteSpace(HeaderText))
            {
                var top = Math.Min(Layout.MarginTop, height * 0.08) - Layout.StampFontSize * 2;
                gfx.DrawString(HeaderText, font, brush, left, top, XStringFormats.TopLeft);
                gfx.DrawLine(pen, left, top + Layout.StampFontSize * 1.4, right, top + Layout.StampFontSize * 1.4);
            }
            var footerY = bottom + Layout.StampFontSize * 1.2;
            gfx.DrawLine(pen, left, footerY - 3, right, footerY - 3);
            if (FooterLine is not null)
            {
                gfx.DrawString(FooterLine(i + 1, total), font, brush, left, footerY, XStringFormats.TopLeft);
                continue;
            }
            if (!string.IsNullOrWhiteSpace(FooterText))
            {
                gfx.DrawString(FooterText, font, brush, left, footerY, XStringFormats.TopLeft);
            }
            if (PageNumbers)
            {
                var label = PageLabel(i + 1, total);
                var labelWidth = gfx.MeasureString(label, font).Width;
                gfx.DrawString(label, font, brush, right - labelWidth, footerY, XStringFormats.TopLeft);
            }
        }
    }

    public static string PageLabel(int page, int total) =>
        string.Create(CultureInfo.InvariantCulture, $"Halaman {page} dari {total}");
}
