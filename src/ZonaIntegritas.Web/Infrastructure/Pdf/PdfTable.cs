namespace ZonaIntegritas.Web.Infrastructure.Pdf;

/// <summary>A column of a <see cref="PdfTable"/>: header text, relative width and alignment.</summary>
public sealed record PdfColumn(string Header, double Weight = 1, PdfAlign Align = PdfAlign.Left);

/// <summary>
/// A table for <see cref="PdfDocumentBuilder.Table"/>: cells wrap inside their column, rows never split, and a
/// row that does not fit starts a new page where the header row is drawn again.
/// </summary>
public sealed class PdfTable(IReadOnlyList<PdfColumn> columns)
{
    public IReadOnlyList<PdfColumn> Columns { get; } = columns.Count > 0 ? columns : throw new ArgumentException("A table needs columns.", nameof(columns));
    public List<IReadOnlyList<string>> Rows { get; } = [];
    public double FontSize { get; init; } = 9;
    public double Padding { get; init; } = 3;
    public bool RepeatHeader { get; init; } = true;

    public PdfTable AddRow(params string?[] cells)
    {
        if (cells.Length != Columns.Count)
        {
            throw new ArgumentException($"Expected {Columns.Count} cells, got {cells.Length}.", nameof(cells));
        }
        Rows.Add(cells.Select(c => c ?? "").ToList());
        return this;
    }

    internal double[] ColumnWidths(double totalWidth)
    {
        var sum = Columns.Sum(c => c.Weight);
        return Columns.Select(c => totalWidth * c.Weight / sum).ToArray();
    }
}
