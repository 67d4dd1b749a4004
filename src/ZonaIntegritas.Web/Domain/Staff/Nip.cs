using System.Globalization;

namespace ZonaIntegritas.Web.Domain.Staff;

/// <summary>
/// Nomor Induk Pegawai: 18 digits = birth date (yyyyMMdd) + appointment (yyyyMM) + sex (1/2) + sequence (3).
/// </summary>
public static class Nip
{
    public static string Normalize(string? raw) => new((raw ?? "").Where(c => !char.IsWhiteSpace(c)).ToArray());

    /// <summary>Returns null when valid, else the reason in Bahasa Indonesia.</summary>
    public static string? Validate(string? raw)
    {
        var nip = Normalize(raw);
        if (nip.Length == 0)
        {
            return "NIP wajib diisi.";
        }
        if (nip.Length != 18 || !nip.All(char.IsAsciiDigit))
        {
            return "NIP harus terdiri dari 18 digit angka.";
        }
        if (!DateTime.TryParseExact(nip[..8], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            return "8 digit pertama NIP harus tanggal lahir yang valid (ttttbbhh).";
        }
        var month = int.Parse(nip.AsSpan(12, 2), CultureInfo.InvariantCulture);
        if (month is < 1 or > 12)
        {
            return "Digit 9–14 NIP harus tahun dan bulan pengangkatan yang valid.";
        }
        if (nip[14] is not ('1' or '2'))
        {
            return "Digit ke-15 NIP (jenis kelamin) harus 1 atau 2.";
        }
        return null;
    }

    public static bool IsValid(string? raw) => Validate(raw) is null;
}
