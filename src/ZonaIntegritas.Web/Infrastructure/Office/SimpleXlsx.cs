using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ZonaIntegritas.Web.Infrastructure.Office;

/// <summary>
/// One-sheet XLSX with a bold header row, written with DocumentFormat.OpenXml (pakta lists, work-plan export).
/// Cells are text (so an 18-digit NIP stays exact), except <see cref="int"/> and <see cref="decimal"/> values,
/// which are numbers; null leaves the cell empty.
/// </summary>
public static class SimpleXlsx
{
    public static byte[] Write(string sheetName, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<object?>> rows, IReadOnlyList<double>? widths = null)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = new Stylesheet(
                new Fonts(new Font(), new Font(new Bold())),
                new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
                new Borders(new Border()),
                new CellFormats(new CellFormat(), new CellFormat { FontId = 1, ApplyFont = true }));

            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            var worksheet = new DocumentFormat.OpenXml.Spreadsheet.Worksheet();
            if (widths is { Count: > 0 })
            {
                var columns = new Columns();
                for (var i = 0; i < widths.Count; i++)
                {
                    columns.Append(new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = widths[i], CustomWidth = true });
                }
                worksheet.Append(columns);
            }
            worksheet.Append(data);
            sheetPart.Worksheet = worksheet;

            uint rowIndex = 1;
            data.Append(MakeRow(rowIndex++, headers.Cast<object?>().ToList(), bold: true));
            foreach (var row in rows)
            {
                data.Append(MakeRow(rowIndex++, row, bold: false));
            }
            var sheets = workbook.Workbook.AppendChild(new Sheets());
            sheets.Append(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = SafeSheetName(sheetName) });
            workbook.Workbook.Save();
        }
        return stream.ToArray();
    }

    private static Row MakeRow(uint index, IReadOnlyList<object?> values, bool bold)
    {
        var row = new Row { RowIndex = index };
        for (var i = 0; i < values.Count; i++)
        {
            var reference = ColumnName(i) + index.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var cell = values[i] switch
            {
                null => new Cell { CellReference = reference },
                int number => new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(number) },
                decimal number => new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(number) },
                var value => new Cell
                {
                    CellReference = reference,
                    DataType = CellValues.InlineString,
                    InlineString = new InlineString(new Text(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "") { Space = SpaceProcessingModeValues.Preserve }),
                },
            };
            if (bold)
            {
                cell.StyleIndex = 1;
            }
            row.Append(cell);
        }
        return row;
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

    private static string SafeSheetName(string name)
    {
        var safe = new string(name.Where(c => !"[]:*?/\\".Contains(c, StringComparison.Ordinal)).ToArray()).Trim();
        return safe.Length == 0 ? "Sheet1" : safe[..Math.Min(31, safe.Length)];
    }
}
