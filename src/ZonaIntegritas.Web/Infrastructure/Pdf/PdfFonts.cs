using PdfSharp.Fonts;
using PdfSharp.Snippets.Font;

namespace ZonaIntegritas.Web.Infrastructure.Pdf;

/// <summary>
/// Fonts for generated PDFs. <see cref="Sans"/> resolves to Debian's DejaVu Sans (or Liberation Sans) when the
/// font files are installed, and to PDFsharp's built-in <see cref="FailsafeFontResolver"/> otherwise, so PDFs
/// build on any Linux host. PDFsharp allows one resolver per process: <see cref="EnsureRegistered"/> sets it once.
/// </summary>
public static class PdfFonts
{
    /// <summary>The family name to use in <c>XFont</c>.</summary>
    public const string Sans = "ZI Sans";

    private static readonly Lock Gate = new();
    private static bool _registered;

    /// <summary>Directories searched for TrueType files (Debian's fonts-dejavu-core and fonts-liberation).</summary>
    internal static readonly string[] SearchDirectories =
    [
        "/usr/share/fonts/truetype/dejavu",
        "/usr/share/fonts/truetype/liberation",
        "/usr/share/fonts/truetype/liberation2",
    ];

    public static void EnsureRegistered()
    {
        lock (Gate)
        {
            if (_registered)
            {
                return;
            }
            if (GlobalFontSettings.FontResolver is null)
            {
                GlobalFontSettings.FontResolver = PortalFontResolver.Instance;
            }
            _registered = true;
        }
    }
}

/// <summary>Maps <see cref="PdfFonts.Sans"/> (regular/bold/italic/bold italic) to TrueType files; everything else to the failsafe resolver.</summary>
internal sealed class PortalFontResolver : IFontResolver
{
    private static readonly (string Face, string[] Files)[] Faces =
    [
        ("zi-sans-regular", ["DejaVuSans.ttf", "LiberationSans-Regular.ttf"]),
        ("zi-sans-bold", ["DejaVuSans-Bold.ttf", "LiberationSans-Bold.ttf"]),
        ("zi-sans-italic", ["DejaVuSans-Oblique.ttf", "LiberationSans-Italic.ttf"]),
        ("zi-sans-bolditalic", ["DejaVuSans-BoldOblique.ttf", "LiberationSans-BoldItalic.ttf"]),
    ];

    // Declared after Faces: static fields initialise in order and the constructor reads Faces.
    public static readonly PortalFontResolver Instance = new();

    private readonly FailsafeFontResolver _fallback = new();
    private readonly Dictionary<string, string> _paths;

    private PortalFontResolver()
    {
        _paths = [];
        foreach (var (face, files) in Faces)
        {
            var path = files
                .SelectMany(f => PdfFonts.SearchDirectories.Select(d => Path.Combine(d, f)))
                .FirstOrDefault(File.Exists);
            if (path is not null)
            {
                _paths[face] = path;
            }
        }
    }

    public bool HasSystemFonts => _paths.ContainsKey("zi-sans-regular");

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic)
    {
        if (string.Equals(familyName, PdfFonts.Sans, StringComparison.OrdinalIgnoreCase) && HasSystemFonts)
        {
            var face = (bold, italic) switch
            {
                (true, true) => "zi-sans-bolditalic",
                (true, false) => "zi-sans-bold",
                (false, true) => "zi-sans-italic",
                _ => "zi-sans-regular",
            };
            if (_paths.ContainsKey(face))
            {
                return new FontResolverInfo(face);
            }
            // A missing style file: use the regular face and let PDFsharp simulate the style.
            return new FontResolverInfo("zi-sans-regular", bold, italic);
        }
        return _fallback.ResolveTypeface(familyName, bold, italic);
    }

    public byte[]? GetFont(string faceName) =>
        _paths.TryGetValue(faceName, out var path) ? File.ReadAllBytes(path) : _fallback.GetFont(faceName);
}
