using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ZonaIntegritas.Web.Infrastructure.Office;

/// <summary>
/// One-sheet XLSX with a bold, frozen header row (pakta lists, work-plan export): a shortcut over
/// <see cref="XlsxWorkbook"/>, the portal's one XLSX writer.
/// </summary>
public static class SimpleXlsx
{
    public static byte[] Write(string sheetName, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<object?>> rows, IReadOnlyList<double>? widths = null)
    {
        var workbook = new XlsxWorkbook();
        var sheet = workbook.AddSheet(sheetName, headers, widths);
        foreach (var row in rows)
        {
            sheet.AddRow(row);
        }
        return workbook.ToBytes();
    }

    public static string ColumnName(int index) => XlsxWorkbook.ColumnName(index);
}

/// <summary>A number shown with a fixed count of decimals (the value stays exact).</summary>
public sealed record XlsxNumber(decimal Value, int Decimals = 2);

/// <summary>A ratio shown as a percentage ("61,52 %" in an Indonesian Excel); the cell holds 0.6152.</summary>
public sealed record XlsxPercent(decimal Ratio);

/// <summary>
/// The portal's XLSX writer (DocumentFormat.OpenXml): several sheets, each with bold header rows that stay frozen
/// when scrolling, column widths (given, or fitted to the content), bold group rows, and typed cells. Cells are
/// text (so an 18-digit NIP stays exact) except <see cref="int"/>, <see cref="long"/>, <see cref="decimal"/>,
/// <see cref="double"/>, <see cref="XlsxNumber"/> and <see cref="XlsxPercent"/>, which are numbers; null leaves
/// the cell empty.
/// </summary>
public sealed class XlsxWorkbook
{
    private const uint StyleHeader = 1;
    private const uint StyleBold = 2;
    private const uint StyleNumber2 = 3;
    private const uint StylePercent = 4;
    private const uint StyleBoldNumber2 = 5;
    private const uint StyleBoldPercent = 6;
    private const uint StyleNumber0 = 7;
    private const uint StyleBoldNumber0 = 8;

    private readonly List<XlsxSheet> _sheets = [];

    public IReadOnlyList<XlsxSheet> Sheets => _sheets;

    /// <summary>A sheet with one header row; <paramref name="widths"/> in characters (null = fitted to the content).</summary>
    public XlsxSheet AddSheet(string name, IReadOnlyList<string> headers, IReadOnlyList<double>? widths = null)
    {
        var sheet = new XlsxSheet(UniqueName(SafeSheetName(name)), headers, widths);
        _sheets.Add(sheet);
        return sheet;
    }

    public byte[] ToBytes()
    {
        using var stream = new MemoryStream();
        WriteTo(stream);
        return stream.ToArray();
    }

    public void WriteTo(Stream output)
    {
        if (_sheets.Count == 0)
        {
            AddSheet("Sheet1", []);
        }
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        var styles = workbook.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = Stylesheet();
        var sheets = workbook.Workbook.AppendChild(new Sheets());
        uint id = 1;
        foreach (var sheet in _sheets)
        {
            var part = workbook.AddNewPart<WorksheetPart>();
            part.Worksheet = sheet.Build();
            sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id++, Name = sheet.Name });
        }
        workbook.Workbook.Save();
    }

    public static string ColumnName(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }
        return name;
    }

    private string UniqueName(string name)
    {
        var candidate = name;
        for (var n = 2; _sheets.Any(s => string.Equals(s.Name, candidate, StringComparison.OrdinalIgnoreCase)); n++)
        {
            var suffix = $" ({n})";
            candidate = name[..Math.Min(name.Length, 31 - suffix.Length)] + suffix;
        }
        return candidate;
    }

    private static string SafeSheetName(string name)
    {
        var safe = new string(name.Where(c => !"[]:*?/\\".Contains(c, StringComparison.Ordinal)).ToArray()).Trim().Trim('\'');
        return safe.Length == 0 ? "Sheet1" : safe[..Math.Min(31, safe.Length)];
    }

    private static Stylesheet Stylesheet() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "0.00%" }) { Count = 1 },
        new Fonts(new Font(), new Font(new Bold())),
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFE6ECE9" }) { PatternType = PatternValues.Solid })),
        new Borders(new Border()),
        new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1, FillId = 2, ApplyFont = true, ApplyFill = true, Alignment = new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }, ApplyAlignment = true },
            new CellFormat { FontId = 1, ApplyFont = true },
            new CellFormat { NumberFormatId = 4, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 4, FontId = 1, ApplyNumberFormat = true, ApplyFont = true },
            new CellFormat { NumberFormatId = 164, FontId = 1, ApplyNumberFormat = true, ApplyFont = true },
            new CellFormat { NumberFormatId = 1, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 1, FontId = 1, ApplyNumberFormat = true, ApplyFont = true }));

    internal static Cell MakeCell(string reference, object? value, bool bold, bool header)
    {
        var cell = value switch
        {
            null => new Cell { CellReference = reference },
            int n => Number(reference, n.ToString(CultureInfo.InvariantCulture), bold ? StyleBold : 0),
            long n => Number(reference, n.ToString(CultureInfo.InvariantCulture), bold ? StyleBold : 0),
            decimal n => Number(reference, n.ToString(CultureInfo.InvariantCulture), bold ? StyleBold : 0),
            double n => Number(reference, n.ToString("R", CultureInfo.InvariantCulture), bold ? StyleBold : 0),
            XlsxNumber n => Number(reference, n.Value.ToString(CultureInfo.InvariantCulture),
                n.Decimals == 0 ? (bold ? StyleBoldNumber0 : StyleNumber0) : (bold ? StyleBoldNumber2 : StyleNumber2)),
            XlsxPercent p => Number(reference, p.Ratio.ToString(CultureInfo.InvariantCulture), bold ? StyleBoldPercent : StylePercent),
            var other => new Cell
            {
                CellReference = reference,
                DataType = CellValues.InlineString,
                InlineString = new InlineString(new Text(Convert.ToString(other, CultureInfo.InvariantCulture) ?? "") { Space = SpaceProcessingModeValues.Preserve }),
                StyleIndex = bold ? StyleBold : null,
            },
        };
        if (header)
        {
            cell.StyleIndex = StyleHeader;
        }
        return cell;

        static Cell Number(string reference, string text, uint style) => new()
        {
            CellReference = reference,
            DataType = CellValues.Number,
            CellValue = new CellValue(text),
            StyleIndex = style == 0 ? null : style,
        };
    }
}

/// <summary>One sheet of an <see cref="XlsxWorkbook"/>: header row(s) frozen, then data rows.</summary>
public sealed class XlsxSheet
{
    private readonly List<(IReadOnlyList<object?> Values, bool Bold, bool Header)> _rows = [];
    private readonly IReadOnlyList<double>? _widths;

    internal XlsxSheet(string name, IReadOnlyList<string> headers, IReadOnlyList<double>? widths)
    {
        Name = name;
        _widths = widths;
        if (headers.Count > 0)
        {
            _rows.Add((headers.Cast<object?>().ToList(), true, true));
            FrozenRows = 1;
        }
    }

    public string Name { get; }

    /// <summary>Rows kept visible while scrolling (the header rows).</summary>
    public int FrozenRows { get; private set; }

    public int RowCount => _rows.Count;

    public XlsxSheet AddRow(IReadOnlyList<object?> values, bool bold = false)
    {
        _rows.Add((values, bold, false));
        return this;
    }

    /// <summary>Another header row (frozen with the first) when added before any data row.</summary>
    public XlsxSheet AddHeaderRow(IReadOnlyList<object?> values)
    {
        if (_rows.Count != FrozenRows)
        {
            throw new InvalidOperationException("Header rows come before data rows.");
        }
        _rows.Add((values, true, true));
        FrozenRows++;
        return this;
    }

    internal DocumentFormat.OpenXml.Spreadsheet.Worksheet Build()
    {
        var worksheet = new DocumentFormat.OpenXml.Spreadsheet.Worksheet();
        if (FrozenRows > 0)
        {
            var topLeft = "A" + (FrozenRows + 1).ToString(CultureInfo.InvariantCulture);
            worksheet.Append(new SheetViews(new SheetView(
                new Pane { VerticalSplit = FrozenRows, TopLeftCell = topLeft, ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
                new Selection { Pane = PaneValues.BottomLeft, ActiveCell = topLeft, SequenceOfReferences = new ListValue<StringValue> { InnerText = topLeft } })
            { WorkbookViewId = 0 }));
        }
        var widths = _widths is { Count: > 0 } ? _widths : FittedWidths();
        if (widths.Count > 0)
        {
            var columns = new Columns();
            for (var i = 0; i < widths.Count; i++)
            {
                columns.Append(new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = widths[i], CustomWidth = true });
            }
            worksheet.Append(columns);
        }
        var data = new SheetData();
        uint index = 1;
        foreach (var (values, bold, header) in _rows)
        {
            var row = new Row { RowIndex = index };
            for (var i = 0; i < values.Count; i++)
            {
                row.Append(XlsxWorkbook.MakeCell(XlsxWorkbook.ColumnName(i) + index.ToString(CultureInfo.InvariantCulture), values[i], bold, header));
            }
            data.Append(row);
            index++;
        }
        worksheet.Append(data);
        return worksheet;
    }

    /// <summary>Widths in characters from the longest value per column (headers count), between 6 and 60.</summary>
    private List<double> FittedWidths()
    {
        var count = _rows.Count == 0 ? 0 : _rows.Max(r => r.Values.Count);
        var widths = new List<double>(count);
        for (var i = 0; i < count; i++)
        {
            var longest = _rows.Where(r => i < r.Values.Count).Select(r => Display(r.Values[i]).Length).DefaultIfEmpty(0).Max();
            widths.Add(Math.Clamp(longest + 2, 6, 60));
        }
        return widths;
    }

    private static string Display(object? value) => value switch
    {
        null => "",
        XlsxNumber n => n.Value.ToString("N" + n.Decimals, CultureInfo.InvariantCulture),
        XlsxPercent p => (p.Ratio * 100).ToString("0.00", CultureInfo.InvariantCulture) + " %",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };
}
