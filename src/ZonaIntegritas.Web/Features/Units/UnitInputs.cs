using FluentValidation;
using ZonaIntegritas.Web.Domain.Units;

namespace ZonaIntegritas.Web.Features.Units;

/// <summary>What the unit create/edit form posts.</summary>
public sealed class SaveUnitInput
{
    public int? ParentId { get; set; }
    public string? Code { get; set; }
    public string? Name { get; set; }
    public UnitType Type { get; set; } = UnitType.KantorKemenag;
    public string? Address { get; set; }
    public string? City { get; set; }
    public IndonesianTimeZone TimeZone { get; set; } = IndonesianTimeZone.Wib;
    public bool HoldsWbk { get; set; }
    public bool IsActive { get; set; } = true;

    /// <summary>The code as stored.</summary>
    public string NormalizedCode => NormalizeCode(Code);

    /// <summary>Codes are compared and stored upper-case without surrounding spaces.</summary>
    public static string NormalizeCode(string? code) => (code ?? "").Trim().ToUpperInvariant();
}

public sealed class SaveUnitInputValidator : AbstractValidator<SaveUnitInput>
{
    public SaveUnitInputValidator()
    {
        RuleFor(x => x.NormalizedCode).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Kode unit wajib diisi.")
            .MaximumLength(40).WithMessage("Kode unit maksimal 40 karakter.")
            .Matches("^[A-Z0-9][A-Z0-9._-]*$")
            .WithMessage("Kode unit hanya boleh berisi huruf, angka, titik, garis bawah, dan tanda hubung (tanpa spasi).")
            .OverridePropertyName(nameof(SaveUnitInput.Code));
        RuleFor(x => x.Name).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Nama unit wajib diisi.")
            .MaximumLength(200).WithMessage("Nama unit maksimal 200 karakter.");
        RuleFor(x => x.Type).IsInEnum().WithMessage("Jenis unit tidak valid.");
        RuleFor(x => x.TimeZone).IsInEnum().WithMessage("Zona waktu tidak valid.");
        RuleFor(x => x.Address).MaximumLength(500).WithMessage("Alamat maksimal 500 karakter.");
        RuleFor(x => x.City).MaximumLength(100).WithMessage("Kota/kabupaten maksimal 100 karakter.");
    }
}
