using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ZonaIntegritas.Web.Domain.Common;

namespace ZonaIntegritas.Web.Domain.IntegrityPacts;

/// <summary>
/// The integrity fingerprint of a signature: SHA-256 over a fixed, line-based form of the rendered text plus
/// the signer data, method and UTC time. Anyone holding the stored values can recompute it.
/// </summary>
public static class PactHash
{
    public const string FormatTag = "zi-pakta/1";

    public static string CanonicalForm(PactSignature s)
    {
        ArgumentNullException.ThrowIfNull(s);
        var sb = new StringBuilder();
        sb.Append(FormatTag).Append('\n');
        Line(sb, "kampanye", s.CampaignId.ToString(CultureInfo.InvariantCulture));
        Line(sb, "pegawai", s.StaffMemberId.ToString(CultureInfo.InvariantCulture));
        Line(sb, "metode", s.Method.WrittenName()); // "Elektronik" / "Kertas": fixed by the format
        Line(sb, "varian", s.Variant.WrittenName());
        Line(sb, "nama", s.SignerName);
        Line(sb, "nip", s.SignerNip);
        Line(sb, "pangkat", s.SignerRankGrade);
        Line(sb, "jabatan", s.SignerPosition);
        Line(sb, "unit", s.SignerUnitName);
        Line(sb, "tempat", s.Place);
        Line(sb, "tanggal", s.SignedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Line(sb, "waktu_utc", s.SignedAtUtc.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture));
        Line(sb, "kode", s.VerificationCode);
        sb.Append("teks:\n").Append(PactText.NormalizeNewlines(s.RenderedText));
        return sb.ToString();
    }

    public static string Compute(PactSignature signature) => Sha256Hex(CanonicalForm(signature));

    /// <summary>SHA-256 of the rendered text alone (what the signing page showed), to detect a text that changed meanwhile.</summary>
    public static string OfText(string renderedText) => Sha256Hex(PactText.NormalizeNewlines(renderedText));

    public static string Sha256Hex(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    public static string Sha256Hex(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private static void Line(StringBuilder sb, string key, string? value) =>
        sb.Append(key).Append(':').Append((value ?? "").Replace('\n', ' ')).Append('\n');
}

/// <summary>Public verification codes: 160 random bits as 32 characters of Crockford base32 (no I, L, O, U).</summary>
public static class VerificationCodes
{
    public const int Length = 32;
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    public static string New()
    {
        Span<byte> bytes = stackalloc byte[20];
        RandomNumberGenerator.Fill(bytes);
        var sb = new StringBuilder(Length);
        var buffer = 0;
        var bits = 0;
        foreach (var b in bytes)
        {
            buffer = (buffer << 8) | b;
            bits += 8;
            while (bits >= 5)
            {
                sb.Append(Alphabet[(buffer >> (bits - 5)) & 31]);
                bits -= 5;
            }
        }
        return sb.ToString();
    }

    /// <summary>Upper-cases, drops spaces and dashes, maps look-alikes (O→0, I/L→1). Null when it cannot be a code.</summary>
    public static string? Normalize(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return null;
        }
        var sb = new StringBuilder(Length);
        foreach (var raw in input.Trim().ToUpperInvariant())
        {
            var c = raw switch { 'O' => '0', 'I' or 'L' => '1', _ => raw };
            if (c is '-' or ' ')
            {
                continue;
            }
            if (!Alphabet.Contains(c, StringComparison.Ordinal))
            {
                return null;
            }
            sb.Append(c);
        }
        return sb.Length == Length ? sb.ToString() : null;
    }
}
