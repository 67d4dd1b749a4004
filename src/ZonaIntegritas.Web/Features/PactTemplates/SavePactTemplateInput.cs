using FluentValidation;
using ZonaIntegritas.Web.Domain.IntegrityPacts;

namespace ZonaIntegritas.Web.Features.PactTemplates;

/// <summary>The template form: name, owning unit (0 = portal-wide default) and the two texts of the next version.</summary>
public sealed class SavePactTemplateInput
{
    public int? Id { get; set; }
    public int UnitId { get; set; }
    public string? Name { get; set; }
    public string? Title { get; set; }
    public string? OfficialBody { get; set; }
    public string? StaffBody { get; set; }
}

public sealed class SavePactTemplateInputValidator : AbstractValidator<SavePactTemplateInput>
{
    public SavePactTemplateInputValidator()
    {
        RuleFor(x => x.Name).NotEmpty().WithMessage("Nama templat wajib diisi.")
            .MaximumLength(200).WithMessage("Nama templat maksimal 200 karakter.");
        RuleFor(x => x.Title).NotEmpty().WithMessage("Judul dokumen wajib diisi.")
            .MaximumLength(200).WithMessage("Judul dokumen maksimal 200 karakter.");
        RuleFor(x => x.OfficialBody).NotEmpty().WithMessage("Teks untuk pejabat/pimpinan wajib diisi.")
            .MaximumLength(20000).WithMessage("Teks untuk pejabat/pimpinan maksimal 20.000 karakter.")
            .Must(NoUnknownPlaceholders).WithMessage(x => UnknownMessage("pejabat/pimpinan", x.OfficialBody));
        RuleFor(x => x.StaffBody).NotEmpty().WithMessage("Teks untuk pegawai wajib diisi.")
            .MaximumLength(20000).WithMessage("Teks untuk pegawai maksimal 20.000 karakter.")
            .Must(NoUnknownPlaceholders).WithMessage(x => UnknownMessage("pegawai", x.StaffBody));
    }

    private static bool NoUnknownPlaceholders(string? body) => PactText.UnknownPlaceholders(body ?? "").Count == 0;

    private static string UnknownMessage(string variant, string? body) =>
        $"Teks untuk {variant} memuat isian yang tidak dikenal: {string.Join(", ", PactText.UnknownPlaceholders(body ?? ""))}.";
}
