using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ZonaIntegritas.Web.Domain.IntegrityPacts;

/// <summary>The signer's data put into the pact text (a snapshot taken at signing).</summary>
public sealed record PactSigner(
    string FullName,
    string? Nip,
    string? RankGrade,
    string? Position,
    string UnitName,
    string Place,
    DateOnly Date);

/// <summary>
/// Placeholder substitution for pact texts. Texts are Markdown; one line in the editor is one line in the
/// document. Values are escaped so a name can never add Markdown formatting.
/// </summary>
public static partial class PactText
{
    public static readonly IReadOnlyList<(string Token, string Description)> Placeholders =
    [
        ("{{nama}}", "Nama lengkap"),
        ("{{nip}}", "NIP (atau \"-\" bila tidak ada)"),
        ("{{pangkat}}", "Pangkat/golongan"),
        ("{{jabatan}}", "Jabatan"),
        ("{{unit}}", "Unit kerja"),
        ("{{tempat}}", "Tempat penandatanganan (kota unit)"),
        ("{{tanggal}}", "Tanggal penandatanganan"),
    ];

    private static readonly CultureInfo Id = Common.IndonesianCulture.Id;

    public static string Render(string body, PactSigner signer)
    {
        ArgumentNullException.ThrowIfNull(signer);
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["nama"] = signer.FullName,
            ["nip"] = Or(signer.Nip),
            ["pangkat"] = Or(signer.RankGrade),
            ["jabatan"] = Or(signer.Position),
            ["unit"] = signer.UnitName,
            ["tempat"] = signer.Place,
            ["tanggal"] = FormatDate(signer.Date),
        };
        return PlaceholderPattern().Replace(NormalizeNewlines(body), m =>
            values.TryGetValue(m.Groups[1].Value, out var value) ? EscapeMarkdown(value) : m.Value);
    }

    /// <summary>Placeholders in the text that are not known (typos such as {{naam}}).</summary>
    public static IReadOnlyList<string> UnknownPlaceholders(string body) =>
        PlaceholderPattern().Matches(body ?? "")
            .Select(m => m.Value)
            .Where(token => !Placeholders.Any(p => string.Equals(p.Token, token, StringComparison.OrdinalIgnoreCase)))
            .Distinct()
            .ToList();

    public static string FormatDate(DateOnly date) => date.ToString("d MMMM yyyy", Id);

    public static string NormalizeNewlines(string text) =>
        (text ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Trim();

    /// <summary>Backslash-escapes Markdown punctuation so substituted values render literally.</summary>
    public static string EscapeMarkdown(string value)
    {
        var sb = new StringBuilder(value.Length + 8);
        foreach (var c in value.Replace('\n', ' ').Replace('\r', ' '))
        {
            if ("\\`*_[]<>#|~".Contains(c, StringComparison.Ordinal))
            {
                sb.Append('\\');
            }
            sb.Append(c);
        }
        return sb.ToString();
    }

    private static string Or(string? value) => string.IsNullOrWhiteSpace(value) ? "-" : value.Trim();

    [GeneratedRegex(@"\{\{\s*([a-zA-Z_]+)\s*\}\}")]
    private static partial Regex PlaceholderPattern();
}
