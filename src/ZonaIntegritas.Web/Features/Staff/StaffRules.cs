using ZonaIntegritas.Web.Domain.Common;
using ZonaIntegritas.Web.Domain.Staff;

namespace ZonaIntegritas.Web.Features.Staff;

/// <summary>Field rules of a staff record, shared by the staff form and the CSV import. Messages in Bahasa Indonesia.</summary>
public static class StaffRules
{
    public const int NameMax = 200;
    public const int PositionMax = 200;
    public const int RankGradeMax = 100;
    public const int EmailMax = EmailAddresses.MaxLength;

    /// <summary>Null when the NIP is acceptable for the employment type: required (18 valid digits) except for Non-ASN.</summary>
    public static string? NipProblem(string? nip, EmploymentType type)
    {
        var normalized = Nip.Normalize(nip);
        if (normalized.Length == 0)
        {
            return type == EmploymentType.NonAsn ? null : "NIP wajib diisi untuk pegawai PNS, CPNS, dan PPPK.";
        }
        return Nip.Validate(normalized);
    }

    /// <summary>The NIP as stored: digits only, or null when empty.</summary>
    public static string? NormalizeNip(string? nip) => Nip.Normalize(nip) is { Length: > 0 } n ? n : null;

    /// <summary>A staff e-mail is optional; when given it follows the portal's one rule (<see cref="EmailAddresses"/>).</summary>
    public static bool IsValidEmail(string? email) => string.IsNullOrWhiteSpace(email) || EmailAddresses.IsValid(email);

    /// <summary>"19850315 201001 1 001": the usual way to print a NIP.</summary>
    public static string FormatNip(string? nip)
    {
        if (string.IsNullOrEmpty(nip))
        {
            return "–";
        }
        return nip.Length == 18 ? $"{nip[..8]} {nip[8..14]} {nip[14]} {nip[15..]}" : nip;
    }
}
