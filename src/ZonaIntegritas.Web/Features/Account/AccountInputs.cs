using FluentValidation;
using ZonaIntegritas.Web.Infrastructure.Identity.Passwords;

namespace ZonaIntegritas.Web.Features.Account;

public sealed class LoginInput
{
    public string Email { get; set; } = "";
    public string Password { get; set; } = "";
    public bool RememberMe { get; set; }
    public string? ReturnUrl { get; set; }
}

public sealed class LoginInputValidator : AbstractValidator<LoginInput>
{
    public LoginInputValidator()
    {
        RuleFor(x => x.Email).NotEmpty().WithMessage("Email wajib diisi.");
        RuleFor(x => x.Password).NotEmpty().WithMessage("Kata sandi wajib diisi.");
    }
}

public sealed class ChangePasswordInput
{
    public string CurrentPassword { get; set; } = "";
    public string NewPassword { get; set; } = "";
    public string ConfirmPassword { get; set; } = "";
}

public sealed class ChangePasswordInputValidator : AbstractValidator<ChangePasswordInput>
{
    public ChangePasswordInputValidator()
    {
        RuleFor(x => x.CurrentPassword).NotEmpty().WithMessage("Kata sandi saat ini wajib diisi.");
        RuleFor(x => x.NewPassword).Cascade(CascadeMode.Stop).NotEmpty().WithMessage("Kata sandi baru wajib diisi.")
            .Custom((password, context) =>
            {
                // The account's e-mail is checked by Identity (PasswordPolicyValidator) when the password is set.
                foreach (var message in PasswordPolicyValidator.Check(password, email: null))
                {
                    context.AddFailure(message.Replace("Kata sandi ", "Kata sandi baru ", StringComparison.Ordinal));
                }
            });
        RuleFor(x => x.NewPassword).NotEqual(x => x.CurrentPassword).When(x => x.NewPassword.Length > 0).WithMessage("Kata sandi baru harus berbeda dari kata sandi saat ini.");
        RuleFor(x => x.ConfirmPassword).Equal(x => x.NewPassword).WithMessage("Konfirmasi kata sandi tidak sama.");
    }
}
