using FluentValidation;
using ZonaIntegritas.Web.Domain.IntegrityPacts;

namespace ZonaIntegritas.Web.Features.PactCampaigns;

public sealed class SavePactCampaignInput
{
    public int? Id { get; set; }
    public string? Title { get; set; }
    public PactOccasion Occasion { get; set; } = PactOccasion.StartOfYear;
    public int UnitId { get; set; }
    public bool IncludeDescendants { get; set; } = true;
    public DateOnly? OpensOn { get; set; }
    public DateOnly? ClosesOn { get; set; }
    public int TemplateVersionId { get; set; }
}

public sealed class SavePactCampaignInputValidator : AbstractValidator<SavePactCampaignInput>
{
    public SavePactCampaignInputValidator()
    {
        RuleFor(x => x.Title).NotEmpty().WithMessage("Judul kampanye wajib diisi.")
            .MaximumLength(200).WithMessage("Judul kampanye maksimal 200 karakter.");
        RuleFor(x => x.Occasion).IsInEnum().WithMessage("Pilih momen penandatanganan.");
        RuleFor(x => x.UnitId).GreaterThan(0).WithMessage("Pilih unit kerja.");
        RuleFor(x => x.OpensOn).NotNull().WithMessage("Tanggal buka wajib diisi.");
        RuleFor(x => x.ClosesOn).NotNull().WithMessage("Tanggal tutup wajib diisi.")
            .GreaterThanOrEqualTo(x => x.OpensOn).When(x => x.OpensOn is not null).WithMessage("Tanggal tutup tidak boleh sebelum tanggal buka.");
        RuleFor(x => x.TemplateVersionId).GreaterThan(0).WithMessage("Pilih versi teks pakta.");
    }
}

/// <summary>Files the campaign's documents as evidence for the chosen LKE questions.</summary>
public sealed class FilePactEvidenceInput
{
    /// <summary>Question codes separated by commas or spaces, e.g. "PPA4D".</summary>
    public string? QuestionCodes { get; set; } = "PPA4D";

    public IReadOnlyList<string> Codes() =>
        (QuestionCodes ?? "").Split([',', ' ', ';', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries)
            .Select(c => c.Trim().ToUpperInvariant()).Distinct().ToList();
}

public sealed class FilePactEvidenceInputValidator : AbstractValidator<FilePactEvidenceInput>
{
    public FilePactEvidenceInputValidator()
    {
        RuleFor(x => x.Codes()).NotEmpty().WithName("QuestionCodes").WithMessage("Isi minimal satu kode pertanyaan LKE (misalnya PPA4D).");
        RuleForEach(x => x.Codes()).Must(PactEvidence.PactEvidenceCodes.IsValid).OverridePropertyName("QuestionCodes")
            .WithMessage((_, code) => $"Kode pertanyaan LKE '{code}' tidak valid (contoh: PPA4D).");
    }
}
