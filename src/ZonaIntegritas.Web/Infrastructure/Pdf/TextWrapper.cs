namespace ZonaIntegritas.Web.Infrastructure.Pdf;

/// <summary>
/// Greedy word wrapping against a width, with a caller-supplied measure (points of a string in a font).
/// Line breaks in the text are kept; a word wider than the line is broken between characters.
/// </summary>
public static class TextWrapper
{
    public static IReadOnlyList<string> Wrap(string text, double width, Func<string, double> measure)
    {
        ArgumentNullException.ThrowIfNull(measure);
        var lines = new List<string>();
        foreach (var paragraph in (text ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var current = "";
            foreach (var word in paragraph.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = current.Length == 0 ? word : current + " " + word;
                if (measure(candidate) <= width)
                {
                    current = candidate;
                    continue;
                }
                if (current.Length > 0)
                {
                    lines.Add(current);
                }
                current = word;
                while (current.Length > 1 && measure(current) > width)
                {
                    var take = LongestFittingPrefix(current, width, measure);
                    lines.Add(current[..take]);
                    current = current[take..];
                }
            }
            lines.Add(current);
        }
        return lines;
    }

    private static int LongestFittingPrefix(string word, double width, Func<string, double> measure)
    {
        int low = 1, high = word.Length - 1;
        while (low < high)
        {
            var mid = (low + high + 1) / 2;
            if (measure(word[..mid]) <= width)
            {
                low = mid;
            }
            else
            {
                high = mid - 1;
            }
        }
        return low;
    }
}
