using ScottPlot;

namespace ZonaIntegritas.Web.Infrastructure.Pdf;

/// <summary>One bar group of <see cref="PdfCharts.PercentBars"/>: a label and one value (percent) per series.</summary>
public sealed record ChartGroup(string Label, IReadOnlyList<double> Values);

/// <summary>A horizontal reference line (e.g. "WBK 60 %").</summary>
public sealed record ChartLine(double Value, string Label, string HexColor);

/// <summary>
/// Charts for PDFs, drawn with ScottPlot to PNG and embedded with <see cref="PdfDocumentBuilder.Image"/>. ScottPlot
/// on SkiaSharp's NoDependencies native assets has no system font lookup: the DejaVu Sans file found by
/// <see cref="PdfFonts"/> is registered once and made the default font.
/// </summary>
public static class PdfCharts
{
    private const string FontName = "DejaVu Sans";
    private static readonly Lock Gate = new();
    private static bool? _fontReady;

    private static readonly string[] SeriesColors = ["#198754", "#0d6efd", "#6c757d"];

    /// <summary>True when a chart can be drawn with real glyphs (the DejaVu file exists).</summary>
    public static bool Available => EnsureFont();

    /// <summary>Grouped bars in percent (0–100+) with reference lines; null when no font is available.</summary>
    public static byte[]? PercentBars(IReadOnlyList<ChartGroup> groups, IReadOnlyList<string> series, IReadOnlyList<ChartLine> lines, int width = 900, int height = 420)
    {
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(lines);
        if (!EnsureFont())
        {
            return null;
        }
        var plot = new Plot();
        try
        {
            var bars = new List<Bar>();
            var perGroup = series.Count + 1;
            var positions = new List<double>();
            for (var g = 0; g < groups.Count; g++)
            {
                var center = g * perGroup + (series.Count - 1) / 2.0;
                positions.Add(center);
                for (var s = 0; s < series.Count; s++)
                {
                    var value = s < groups[g].Values.Count ? groups[g].Values[s] : 0;
                    bars.Add(new Bar
                    {
                        Position = g * perGroup + s,
                        Value = value,
                        FillColor = Color.FromHex(SeriesColors[s % SeriesColors.Length]),
                        Label = value.ToString("0.#", Web.Fmt.Id),
                    });
                }
            }
            var barPlot = plot.Add.Bars(bars);
            barPlot.ValueLabelStyle.FontName = FontName;
            barPlot.ValueLabelStyle.FontSize = 13;
            foreach (var line in lines)
            {
                var h = plot.Add.HorizontalLine(line.Value, 2, Color.FromHex(line.HexColor), LinePattern.Dashed);
                h.LabelText = line.Label;
                h.LabelFontName = FontName;
                h.LabelFontSize = 12;
                h.LabelOppositeAxis = true;
            }
            plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual([.. positions], groups.Select(g => g.Label).ToArray());
            plot.Axes.Bottom.TickLabelStyle.FontName = FontName;
            plot.Axes.Bottom.TickLabelStyle.FontSize = 14;
            plot.Axes.Left.TickLabelStyle.FontName = FontName;
            plot.Axes.Left.Label.Text = "% dari bobot";
            plot.Axes.Left.Label.FontName = FontName;
            plot.Axes.Left.Label.FontSize = 14;
            plot.Axes.SetLimitsY(0, Math.Max(110, groups.SelectMany(g => g.Values).DefaultIfEmpty(0).Max() + 10));
            plot.Axes.SetLimitsX(-1, groups.Count * perGroup - 1);
            plot.Grid.XAxisStyle.MajorLineStyle.Width = 0;
            if (series.Count > 1)
            {
                for (var s = 0; s < series.Count; s++)
                {
                    plot.Legend.ManualItems.Add(new LegendItem { LabelText = series[s], FillColor = Color.FromHex(SeriesColors[s % SeriesColors.Length]) });
                }
                plot.Legend.FontName = FontName;
                plot.Legend.Alignment = Alignment.UpperRight;
                plot.ShowLegend();
            }
            return plot.GetImageBytes(width, height, ImageFormat.Png);
        }
        finally
        {
            plot.Dispose();
        }
    }

    private static bool EnsureFont()
    {
        lock (Gate)
        {
            if (_fontReady is { } ready)
            {
                return ready;
            }
            var path = PdfFonts.SearchDirectories.Select(d => Path.Combine(d, "DejaVuSans.ttf")).FirstOrDefault(File.Exists);
            if (path is null)
            {
                _fontReady = false;
                return false;
            }
            Fonts.AddFontFile(FontName, path);
            var bold = Path.Combine(Path.GetDirectoryName(path)!, "DejaVuSans-Bold.ttf");
            if (File.Exists(bold))
            {
                Fonts.AddFontFile(FontName, bold, bold: true, italic: false);
            }
            Fonts.Default = FontName;
            _fontReady = true;
            return true;
        }
    }
}
