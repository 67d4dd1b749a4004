using System.Globalization;
using System.Text;

namespace ZonaIntegritas.Web.Infrastructure.Files;

/// <summary>
/// Makes user-supplied file names harmless for display, storage metadata, downloads and ZIP entries: no path
/// segments, no control or bidi-format characters, no characters Windows forbids, bounded length.
/// </summary>
public static class FileNameSanitizer
{
    public const int MaxLength = 150;
    private const string Forbidden = "<>:\"/\\|?*";
    private static readonly HashSet<string> ReservedWindowsNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
        "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
    };

    /// <summary>The last path segment of <paramref name="name"/>, cleaned; <paramref name="fallback"/> when nothing usable is left.</summary>
    public static string Sanitize(string? name, string fallback = "berkas", int maxLength = MaxLength)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return fallback;
        }
        var lastSeparator = name.LastIndexOfAny(['/', '\\']);
        var segment = lastSeparator >= 0 ? name[(lastSeparator + 1)..] : name;
        var cleaned = CleanSegment(segment);
        if (cleaned.Length == 0 || cleaned.Trim('.').Length == 0)
        {
            return fallback;
        }
        var stem = Path.GetFileNameWithoutExtension(cleaned);
        var extension = Path.GetExtension(cleaned);
        if (ReservedWindowsNames.Contains(stem))
        {
            cleaned = "_" + cleaned;
        }
        return Truncate(cleaned, extension, maxLength);
    }

    /// <summary>A title made safe as one segment of a ZIP path (no separators, no dots at the ends), at most <paramref name="maxLength"/> characters.</summary>
    public static string Segment(string? text, string fallback = "tanpa-judul", int maxLength = 80)
    {
        var cleaned = CleanSegment(text ?? "").Trim('.', ' ');
        if (cleaned.Length == 0)
        {
            return fallback;
        }
        return cleaned.Length <= maxLength ? cleaned : Cut(cleaned, maxLength).TrimEnd('.', ' ');
    }

    private static string CleanSegment(string segment)
    {
        var builder = new StringBuilder(segment.Length);
        var lastWasSpace = false;
        foreach (var rune in segment.Normalize(NormalizationForm.FormC).EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate
                or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned or UnicodeCategory.LineSeparator
                or UnicodeCategory.ParagraphSeparator)
            {
                continue;
            }
            var isSpace = Rune.IsWhiteSpace(rune);
            if (isSpace)
            {
                if (!lastWasSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }
                lastWasSpace = true;
                continue;
            }
            lastWasSpace = false;
            if (rune.IsBmp && Forbidden.Contains((char)rune.Value))
            {
                builder.Append('_');
                continue;
            }
            builder.Append(rune.ToString());
        }
        return builder.ToString().Trim().TrimEnd('.').Trim();
    }

    private static string Truncate(string name, string extension, int maxLength)
    {
        if (name.Length <= maxLength)
        {
            return name;
        }
        if (extension.Length is 0 or > 10)
        {
            return Cut(name, maxLength).TrimEnd('.', ' ');
        }
        var stem = name[..^extension.Length];
        return Cut(stem, maxLength - extension.Length).TrimEnd('.', ' ') + extension;
    }

    /// <summary>The first <paramref name="length"/> characters, never splitting a surrogate pair.</summary>
    private static string Cut(string text, int length) =>
        length < text.Length && length > 0 && char.IsHighSurrogate(text[length - 1]) ? text[..(length - 1)] : text[..Math.Min(length, text.Length)];
}
