using FluentValidation;

namespace ZonaIntegritas.Web.Features.TwoFactor;

/// <summary>A code from the authenticator app (or, at sign-in, a recovery code).</summary>
public sealed class TwoFactorCodeInput
{
    public string Code { get; set; } = "";
    public bool RememberMe { get; set; }
    public string? ReturnUrl { get; set; }

    /// <summary>The code without the spaces and dashes people type or paste.</summary>
    public static string Normalise(string? code) => (code ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal).Trim();
}

public sealed class TwoFactorCodeInputValidator : AbstractValidator<TwoFactorCodeInput>
{
    public TwoFactorCodeInputValidator()
    {
        RuleFor(x => x.Code).NotEmpty().WithMessage("Kode verifikasi wajib diisi.")
            .MaximumLength(32).WithMessage("Kode verifikasi terlalu panjang.");
    }
}
