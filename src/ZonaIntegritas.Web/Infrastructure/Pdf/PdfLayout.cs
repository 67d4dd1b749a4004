using PdfSharp.Drawing;

namespace ZonaIntegritas.Web.Infrastructure.Pdf;

/// <summary>
/// Page setup of a generated document, in points (1 cm = 28.35 pt). A4 portrait by default, with room at the
/// top and bottom margins for the running header and the "Halaman X dari Y" footer.
/// </summary>
public sealed record PdfLayout
{
    public const double PointsPerCm = 72 / 2.54;

    public static PdfLayout A4Portrait { get; } = new();

    /// <summary>A4 landscape with narrower side margins (wide tables such as the LKE per-area sections).</summary>
    public static PdfLayout A4Landscape { get; } = new()
    {
        PageWidth = 841.89,
        PageHeight = 595.28,
        MarginLeft = 1.5 * PointsPerCm,
        MarginRight = 1.5 * PointsPerCm,
        MarginTop = 1.8 * PointsPerCm,
        MarginBottom = 1.8 * PointsPerCm,
    };

    public double PageWidth { get; init; } = 595.28;
    public double PageHeight { get; init; } = 841.89;
    public double MarginLeft { get; init; } = 2.5 * PointsPerCm;
    public double MarginRight { get; init; } = 2 * PointsPerCm;
    public double MarginTop { get; init; } = 2 * PointsPerCm;
    public double MarginBottom { get; init; } = 2 * PointsPerCm;

    /// <summary>Base font size of body text.</summary>
    public double BodyFontSize { get; init; } = 11;

    /// <summary>Font size of the running header and footer.</summary>
    public double StampFontSize { get; init; } = 8;

    public double ContentWidth => PageWidth - MarginLeft - MarginRight;
    public double ContentTop => MarginTop;
    public double ContentBottom => PageHeight - MarginBottom;
}

public enum PdfAlign
{
    Left,
    Center,
    Right,
}

/// <summary>How a paragraph looks: size, weight, alignment, indentation and spacing (points).</summary>
public sealed record PdfTextStyle
{
    public static PdfTextStyle Body { get; } = new();
    public static PdfTextStyle Small { get; } = new() { Size = 9 };
    public static PdfTextStyle Title { get; } = new() { Size = 14, Bold = true, Align = PdfAlign.Center, SpaceAfter = 8 };
    public static PdfTextStyle Heading { get; } = new() { Size = 12, Bold = true, SpaceAfter = 6 };

    public double Size { get; init; } = 11;
    public bool Bold { get; init; }
    public bool Italic { get; init; }
    public PdfAlign Align { get; init; } = PdfAlign.Left;
    public double Indent { get; init; }
    public double SpaceAfter { get; init; } = 4;

    /// <summary>Line height as a multiple of the font size.</summary>
    public double LineSpacing { get; init; } = 1.3;
    public XColor Color { get; init; } = XColors.Black;

    public XFont Font() => PdfText.Font(Size, Bold, Italic);

    public double LineHeight => Size * LineSpacing;
}

public static class PdfText
{
    public static XFont Font(double size, bool bold = false, bool italic = false)
    {
        PdfFonts.EnsureRegistered();
        var style = (bold, italic) switch
        {
            (true, true) => XFontStyleEx.BoldItalic,
            (true, false) => XFontStyleEx.Bold,
            (false, true) => XFontStyleEx.Italic,
            _ => XFontStyleEx.Regular,
        };
        return new XFont(PdfFonts.Sans, size, style);
    }
}
