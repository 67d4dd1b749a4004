namespace ZonaIntegritas.Web.Infrastructure.Pdf;

/// <summary>A column of a <see cref="PdfTable"/>: header text, relative width and alignment.</summary>
public sealed record PdfColumn(string Header, double Weight = 1, PdfAlign Align = PdfAlign.Left);

/// <summary>
/// One row of a <see cref="PdfTable"/>: cells, or (<see cref="Span"/>) one text across every column drawn as a
/// group heading (level 1 darkest, 3 lightest).
/// </summary>
public sealed record PdfTableRow(IReadOnlyList<string> Cells, bool Span = false, int Level = 0, bool Bold = false);

/// <summary>
/// A table for <see cref="PdfDocumentBuilder.Table"/>: cells wrap inside their column, a row that does not fit
/// starts a new page where the header row is drawn again, and a row taller than what is left of a page is split
/// line by line across pages (its cells continue under the repeated header).
/// </summary>
public sealed class PdfTable(IReadOnlyList<PdfColumn> columns)
{
    public IReadOnlyList<PdfColumn> Columns { get; } = columns.Count > 0 ? columns : throw new ArgumentException("A table needs columns.", nameof(columns));
    public List<PdfTableRow> Rows { get; } = [];
    public double FontSize { get; init; } = 9;
    public double Padding { get; init; } = 3;
    public bool RepeatHeader { get; init; } = true;

    /// <summary>Split rows across pages when they do not fit (else a row always starts on a new page whole).</summary>
    public bool SplitRows { get; init; } = true;

    public PdfTable AddRow(params string?[] cells) => Add(false, cells);

    /// <summary>A row with bold text (e.g. a subtotal).</summary>
    public PdfTable AddBoldRow(params string?[] cells) => Add(true, cells);

    /// <summary>A group heading across all columns (level 1–3: area, half, indicator…).</summary>
    public PdfTable AddSection(string text, int level = 1)
    {
        Rows.Add(new PdfTableRow([text ?? ""], Span: true, Level: Math.Clamp(level, 1, 3), Bold: true));
        return this;
    }

    private PdfTable Add(bool bold, string?[] cells)
    {
        if (cells.Length != Columns.Count)
        {
            throw new ArgumentException($"Expected {Columns.Count} cells, got {cells.Length}.", nameof(cells));
        }
        Rows.Add(new PdfTableRow(cells.Select(c => c ?? "").ToList(), Bold: bold));
        return this;
    }

    internal double[] ColumnWidths(double totalWidth)
    {
        var sum = Columns.Sum(c => c.Weight);
        return Columns.Select(c => totalWidth * c.Weight / sum).ToArray();
    }
}
