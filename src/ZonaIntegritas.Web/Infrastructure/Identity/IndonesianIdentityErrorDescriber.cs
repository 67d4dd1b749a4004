using Microsoft.AspNetCore.Identity;

namespace ZonaIntegritas.Web.Infrastructure.Identity;

/// <summary>Identity's validation messages in Bahasa Indonesia.</summary>
public sealed class IndonesianIdentityErrorDescriber : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => Err(nameof(DefaultError), "Terjadi kesalahan. Silakan coba lagi.");
    public override IdentityError PasswordMismatch() => Err(nameof(PasswordMismatch), "Kata sandi salah.");
    public override IdentityError PasswordTooShort(int length) => Err(nameof(PasswordTooShort), $"Kata sandi minimal {length} karakter.");
    public override IdentityError PasswordRequiresDigit() => Err(nameof(PasswordRequiresDigit), "Kata sandi harus memuat angka (0–9).");
    public override IdentityError PasswordRequiresLower() => Err(nameof(PasswordRequiresLower), "Kata sandi harus memuat huruf kecil (a–z).");
    public override IdentityError PasswordRequiresUpper() => Err(nameof(PasswordRequiresUpper), "Kata sandi harus memuat huruf besar (A–Z).");
    public override IdentityError PasswordRequiresNonAlphanumeric() => Err(nameof(PasswordRequiresNonAlphanumeric), "Kata sandi harus memuat simbol.");
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Err(nameof(PasswordRequiresUniqueChars), $"Kata sandi harus memuat minimal {uniqueChars} karakter berbeda.");
    public override IdentityError DuplicateEmail(string email) => Err(nameof(DuplicateEmail), $"Email {email} sudah digunakan akun lain.");
    public override IdentityError DuplicateUserName(string userName) => Err(nameof(DuplicateUserName), $"Nama pengguna {userName} sudah digunakan.");
    public override IdentityError InvalidEmail(string? email) => Err(nameof(InvalidEmail), $"Email '{email}' tidak valid.");
    public override IdentityError InvalidUserName(string? userName) => Err(nameof(InvalidUserName), $"Nama pengguna '{userName}' tidak valid.");
    public override IdentityError InvalidToken() => Err(nameof(InvalidToken), "Token tidak valid atau sudah kedaluwarsa.");
    public override IdentityError ConcurrencyFailure() => Err(nameof(ConcurrencyFailure), "Data telah diubah pengguna lain. Muat ulang halaman lalu coba lagi.");
    public override IdentityError UserAlreadyInRole(string role) => Err(nameof(UserAlreadyInRole), $"Pengguna sudah memiliki peran {role}.");
    public override IdentityError UserNotInRole(string role) => Err(nameof(UserNotInRole), $"Pengguna tidak memiliki peran {role}.");
    public override IdentityError UserLockoutNotEnabled() => Err(nameof(UserLockoutNotEnabled), "Penguncian akun tidak aktif untuk pengguna ini.");
    public override IdentityError UserAlreadyHasPassword() => Err(nameof(UserAlreadyHasPassword), "Pengguna sudah memiliki kata sandi.");
    public override IdentityError DuplicateRoleName(string role) => Err(nameof(DuplicateRoleName), $"Peran {role} sudah ada.");
    public override IdentityError InvalidRoleName(string? role) => Err(nameof(InvalidRoleName), $"Nama peran '{role}' tidak valid.");

    private static IdentityError Err(string code, string description) => new() { Code = code, Description = description };
}
