using System.Net.Mail;

namespace ZonaIntegritas.Web.Domain.Common;

/// <summary>
/// The one e-mail rule of the portal, for user accounts and staff records alike: at most 256 characters, no
/// spaces, a plain address (no display name) with a dotted domain. Surrounding spaces are ignored.
/// </summary>
public static class EmailAddresses
{
    public const int MaxLength = 256;

    public const string InvalidMessage = "Format email tidak valid.";

    public static bool IsValid(string? email)
    {
        if (string.IsNullOrWhiteSpace(email))
        {
            return false;
        }
        var trimmed = email.Trim();
        return trimmed.Length <= MaxLength
            && !trimmed.Contains(' ')
            && MailAddress.TryCreate(trimmed, out var address)
            && address.Address == trimmed
            && address.Host.Contains('.')
            && !address.Host.StartsWith('.') && !address.Host.EndsWith('.');
    }
}
