using FluentValidation;
using ZonaIntegritas.Web.Infrastructure.Files;

namespace ZonaIntegritas.Web.Features.PactSignatures;

public sealed class VoidPactSignatureInput
{
    public string? Reason { get; set; }
}

public sealed class VoidPactSignatureInputValidator : AbstractValidator<VoidPactSignatureInput>
{
    public VoidPactSignatureInputValidator()
    {
        RuleFor(x => x.Reason).NotEmpty().WithMessage("Alasan pembatalan wajib diisi.")
            .MinimumLength(10).WithMessage("Alasan pembatalan minimal 10 karakter.")
            .MaximumLength(1000).WithMessage("Alasan pembatalan maksimal 1000 karakter.");
    }
}

/// <summary>A wet-signed pact recorded by the Ketua Tim: whose, the date written on it, and the scan.</summary>
public sealed class RecordPaperSignatureInput
{
    public int StaffMemberId { get; set; }
    public DateOnly? SignedOn { get; set; }
    public IFormFile? Scan { get; set; }
}

public sealed class RecordPaperSignatureInputValidator : AbstractValidator<RecordPaperSignatureInput>
{
    public RecordPaperSignatureInputValidator()
    {
        RuleFor(x => x.StaffMemberId).GreaterThan(0).WithMessage("Pilih pegawai yang menandatangani.");
        RuleFor(x => x.SignedOn).NotNull().WithMessage("Isi tanggal yang tertulis pada pakta.");
        RuleFor(x => x.Scan).NotNull().WithMessage("Unggah pindaian pakta yang sudah ditandatangani (PDF, JPEG atau PNG).");
        RuleFor(x => x.Scan!.Length).GreaterThan(0).When(x => x.Scan is not null).WithMessage(x => UploadMessages.Empty(x.Scan!.FileName));
    }
}
