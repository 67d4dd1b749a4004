using FluentValidation;
using ZonaIntegritas.Web.Domain.Common;
using ZonaIntegritas.Web.Domain.Users;
using ZonaIntegritas.Web.Infrastructure.Identity.Passwords;

namespace ZonaIntegritas.Web.Features.Users;

/// <summary>How the first password of a new account is chosen.</summary>
public enum PasswordChoice
{
    Generate = 0,
    Manual = 1,
}

/// <summary>What the "Tambah pengguna" form posts.</summary>
public sealed class CreateUserInput
{
    public string? Email { get; set; }
    public string? FullName { get; set; }
    public int UnitId { get; set; }
    public List<string> Roles { get; set; } = [];
    public int? StaffMemberId { get; set; }
    public PasswordChoice PasswordChoice { get; set; } = PasswordChoice.Generate;
    public string? Password { get; set; }
}

/// <summary>What the user edit form posts (the password is handled by "reset kata sandi").</summary>
public sealed class EditUserInput
{
    public string? Email { get; set; }
    public string? FullName { get; set; }
    public int UnitId { get; set; }
    public List<string> Roles { get; set; } = [];
    public int? StaffMemberId { get; set; }

    /// <summary>Change areas (A–F) an Anggota Tim may edit in their unit.</summary>
    public List<string> Areas { get; set; } = [];
}

/// <summary>The portal's password policy (PasswordPolicyValidator, which Identity also runs), with Indonesian messages.</summary>
public static class PasswordPolicy
{
    public static IRuleBuilderOptionsConditions<T, string?> MeetsPasswordPolicy<T>(this IRuleBuilderInitial<T, string?> rule, Func<T, string?> email) =>
        rule.Cascade(CascadeMode.Stop).NotEmpty().WithMessage("Kata sandi sementara wajib diisi.")
            .Custom((password, context) =>
            {
                foreach (var message in PasswordPolicyValidator.Check(password, email(context.InstanceToValidate)))
                {
                    context.AddFailure(message);
                }
            });
}

internal static class UserRules
{
    public static IRuleBuilderOptions<T, string?> ValidEmail<T>(this IRuleBuilderInitial<T, string?> rule) =>
        rule.Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Email wajib diisi.")
            .MaximumLength(EmailAddresses.MaxLength).WithMessage("Email maksimal 256 karakter.")
            .Must(EmailAddresses.IsValid).WithMessage(EmailAddresses.InvalidMessage);

    public static IRuleBuilderOptions<T, List<string>> ValidRoles<T>(this IRuleBuilderInitial<T, List<string>> rule) =>
        rule.Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Pilih minimal satu peran.")
            .Must(roles => roles.All(r => Roles.All.Contains(r))).WithMessage("Peran tidak dikenal.");
}

public sealed class CreateUserInputValidator : AbstractValidator<CreateUserInput>
{
    public CreateUserInputValidator()
    {
        RuleFor(x => x.Email).ValidEmail();
        RuleFor(x => x.FullName).NotEmpty().When(x => x.StaffMemberId is null)
            .WithMessage("Nama lengkap wajib diisi (atau pilih data pegawai).");
        RuleFor(x => x.FullName).MaximumLength(200).WithMessage("Nama lengkap maksimal 200 karakter.");
        RuleFor(x => x.UnitId).GreaterThan(0).WithMessage("Unit kerja wajib dipilih.");
        RuleFor(x => x.Roles).ValidRoles();
        RuleFor(x => x.PasswordChoice).IsInEnum().WithMessage("Pilihan kata sandi tidak valid.");
        RuleFor(x => x.Password).MeetsPasswordPolicy(x => x.Email).When(x => x.PasswordChoice == PasswordChoice.Manual);
    }
}

public sealed class EditUserInputValidator : AbstractValidator<EditUserInput>
{
    public EditUserInputValidator()
    {
        RuleFor(x => x.Email).ValidEmail();
        RuleFor(x => x.FullName).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Nama lengkap wajib diisi.")
            .MaximumLength(200).WithMessage("Nama lengkap maksimal 200 karakter.");
        RuleFor(x => x.UnitId).GreaterThan(0).WithMessage("Unit kerja wajib dipilih.");
        RuleFor(x => x.Roles).ValidRoles();
        RuleFor(x => x.Areas).Must(areas => areas.All(ChangeAreas.IsValid)).WithMessage("Area perubahan tidak dikenal.");
    }
}
