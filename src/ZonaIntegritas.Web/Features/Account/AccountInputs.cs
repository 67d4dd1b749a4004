using FluentValidation;

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
        RuleFor(x => x.NewPassword).NotEmpty().WithMessage("Kata sandi baru wajib diisi.")
            .MinimumLength(10).WithMessage("Kata sandi baru minimal 10 karakter.")
            .Matches("[a-z]").WithMessage("Kata sandi baru harus memuat huruf kecil.")
            .Matches("[A-Z]").WithMessage("Kata sandi baru harus memuat huruf besar.")
            .Matches("[0-9]").WithMessage("Kata sandi baru harus memuat angka.")
            .NotEqual(x => x.CurrentPassword).WithMessage("Kata sandi baru harus berbeda dari kata sandi saat ini.");
        RuleFor(x => x.ConfirmPassword).Equal(x => x.NewPassword).WithMessage("Konfirmasi kata sandi tidak sama.");
    }
}
