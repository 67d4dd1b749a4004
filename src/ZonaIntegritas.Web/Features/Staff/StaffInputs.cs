using FluentValidation;
using ZonaIntegritas.Web.Domain.Staff;

namespace ZonaIntegritas.Web.Features.Staff;

/// <summary>What the staff create/edit form posts.</summary>
public sealed class SaveStaffInput
{
    public string? Nip { get; set; }
    public string? FullName { get; set; }
    public string? Position { get; set; }
    public string? RankGrade { get; set; }
    public EmploymentType EmploymentType { get; set; } = EmploymentType.Pns;
    public int UnitId { get; set; }
    public string? Email { get; set; }
    public bool IsActive { get; set; } = true;
}

public sealed class SaveStaffInputValidator : AbstractValidator<SaveStaffInput>
{
    public SaveStaffInputValidator()
    {
        RuleFor(x => x.EmploymentType).IsInEnum().WithMessage("Jenis pegawai tidak valid.");
        RuleFor(x => x.Nip).Custom((nip, context) =>
        {
            if (StaffRules.NipProblem(nip, context.InstanceToValidate.EmploymentType) is { } problem)
            {
                context.AddFailure(nameof(SaveStaffInput.Nip), problem);
            }
        });
        RuleFor(x => x.FullName).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Nama pegawai wajib diisi.")
            .MaximumLength(StaffRules.NameMax).WithMessage($"Nama pegawai maksimal {StaffRules.NameMax} karakter.");
        RuleFor(x => x.Position).MaximumLength(StaffRules.PositionMax).WithMessage($"Jabatan maksimal {StaffRules.PositionMax} karakter.");
        RuleFor(x => x.RankGrade).MaximumLength(StaffRules.RankGradeMax).WithMessage($"Pangkat/golongan maksimal {StaffRules.RankGradeMax} karakter.");
        RuleFor(x => x.UnitId).GreaterThan(0).WithMessage("Unit kerja wajib dipilih.");
        RuleFor(x => x.Email).Must(StaffRules.IsValidEmail).WithMessage("Format email tidak valid.");
    }
}
