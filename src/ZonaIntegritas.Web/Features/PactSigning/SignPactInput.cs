using FluentValidation;

namespace ZonaIntegritas.Web.Features.PactSigning;

/// <summary>What the signing page posts.</summary>
public sealed class SignPactInput
{
    public int CampaignId { get; set; }

    /// <summary>The signer types their full name to confirm.</summary>
    public string? TypedName { get; set; }

    /// <summary>The consent box ("Saya telah membaca…").</summary>
    public bool Consent { get; set; }

    /// <summary>Optional drawn signature as a PNG data URL (data:image/png;base64,…); size and content are checked by the file intake.</summary>
    public string? DrawnSignature { get; set; }

    /// <summary>SHA-256 of the text the page showed; the server refuses when the text changed meanwhile.</summary>
    public string? ShownTextSha256 { get; set; }
}

public sealed class SignPactInputValidator : AbstractValidator<SignPactInput>
{
    public SignPactInputValidator()
    {
        RuleFor(x => x.TypedName).NotEmpty().WithMessage("Ketik nama lengkap Anda untuk menandatangani.")
            .MaximumLength(200).WithMessage("Nama terlalu panjang.");
        RuleFor(x => x.Consent).Equal(true).WithMessage("Centang pernyataan persetujuan sebelum menandatangani.");
        RuleFor(x => x.ShownTextSha256).NotEmpty().WithMessage("Muat ulang halaman lalu tanda tangani kembali.");
    }
}
