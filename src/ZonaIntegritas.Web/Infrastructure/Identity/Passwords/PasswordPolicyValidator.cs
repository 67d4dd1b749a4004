using System.Globalization;
using Microsoft.AspNetCore.Identity;
using ZonaIntegritas.Web.Domain.Users;

namespace ZonaIntegritas.Web.Infrastructure.Identity.Passwords;

/// <summary>
/// The portal's password policy (ASVS 2.1): at least <see cref="MinLength"/> characters and at most
/// <see cref="MaxLength"/>, any printable Unicode (no composition rules, no control characters), not a common or
/// breached password (<see cref="CommonPasswords"/>), and not containing the local part of the account's e-mail.
/// Identity runs it for every password set (creation, change, reset); the forms' validators call <see cref="Check"/>.
/// </summary>
public sealed class PasswordPolicyValidator : IPasswordValidator<AppUser>
{
    public const int MinLength = 12;

    public const int MaxLength = 128;

    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password)
    {
        var errors = Check(password, user.Email ?? user.UserName)
            .Select(message => new IdentityError { Code = "PasswordPolicy", Description = message })
            .ToArray();
        return Task.FromResult(errors.Length == 0 ? IdentityResult.Success : IdentityResult.Failed(errors));
    }

    /// <summary>The Indonesian reasons <paramref name="password"/> is refused (none when it is accepted).</summary>
    public static IEnumerable<string> Check(string? password, string? email, CommonPasswords? common = null)
    {
        common ??= CommonPasswords.Shipped;
        password ??= "";
        var length = new StringInfo(password).LengthInTextElements;
        if (length < MinLength)
        {
            yield return $"Kata sandi minimal {MinLength} karakter.";
        }
        if (password.Length > MaxLength)
        {
            yield return $"Kata sandi maksimal {MaxLength} karakter.";
        }
        if (password.Any(char.IsControl))
        {
            yield return "Kata sandi hanya boleh memuat karakter yang dapat dicetak (tanpa tab atau baris baru).";
        }
        if (common.IsCommon(password))
        {
            yield return "Kata sandi ini terlalu umum atau pernah bocor. Pilih kata sandi lain, misalnya gabungan beberapa kata.";
        }
        var local = (email ?? "").Split('@')[0].Trim();
        if (local.Length >= 3 && password.Contains(local, StringComparison.OrdinalIgnoreCase))
        {
            yield return "Kata sandi tidak boleh memuat nama akun email Anda.";
        }
    }
}
