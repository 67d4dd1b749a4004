namespace ZonaIntegritas.Web.Infrastructure.Pdf;

/// <summary>
/// Greedy word wrapping against a width, with a caller-supplied measure (points of a string in a font).
/// Line breaks in the text are kept; a word wider than the line is broken between characters. Widths are taken as
/// additive (a line's width = its words' widths + spaces), which holds for the portal's PDF fonts (no kerning).
/// </summary>
public static class TextWrapper
{
    public static IReadOnlyList<string> Wrap(string text, double width, Func<string, double> measure)
    {
        ArgumentNullException.ThrowIfNull(measure);
        var lines = new List<string>();
        foreach (var paragraph in (text ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            // Widths add up (no kerning between words): measure each word once, not every growing candidate line.
            var current = "";
            var currentWidth = 0d;
            var space = -1d;
            foreach (var word in paragraph.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries))
            {
                var wordWidth = measure(word);
                if (current.Length > 0 && space < 0)
                {
                    space = measure(" ");
                }
                var candidateWidth = current.Length == 0 ? wordWidth : currentWidth + space + wordWidth;
                if (candidateWidth <= width)
                {
                    current = current.Length == 0 ? word : current + " " + word;
                    currentWidth = candidateWidth;
                    continue;
                }
                if (current.Length > 0)
                {
                    lines.Add(current);
                }
                current = word;
                currentWidth = wordWidth;
                while (current.Length > 1 && currentWidth > width)
                {
                    var take = LongestFittingPrefix(current, width, measure);
                    lines.Add(current[..take]);
                    current = current[take..];
                    currentWidth = measure(current);
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
