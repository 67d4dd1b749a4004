using FluentValidation;
using ZonaIntegritas.Web.Domain.Common;
using ZonaIntegritas.Web.Domain.Teams;

namespace ZonaIntegritas.Web.Features.Team;

public sealed class SaveTeamDecreeInput
{
    public int? Id { get; set; }
    public int UnitId { get; set; }
    public int Year { get; set; }
    public string Number { get; set; } = "";
    public DateOnly? DecreeDate { get; set; }
    public string SignedBy { get; set; } = "";
    public DateOnly? ValidFrom { get; set; }
    public DateOnly? ValidTo { get; set; }
    public string? SelectionMechanism { get; set; }
    public IFormFile? Scan { get; set; }
}

public sealed class SaveTeamDecreeInputValidator : AbstractValidator<SaveTeamDecreeInput>
{
    public SaveTeamDecreeInputValidator()
    {
        RuleFor(x => x.Year).InclusiveBetween(2000, 2100).WithMessage("Tahun tidak valid.");
        RuleFor(x => x.Number).NotEmpty().WithMessage("Nomor SK wajib diisi.").MaximumLength(150).WithMessage("Nomor SK terlalu panjang.");
        RuleFor(x => x.DecreeDate).NotNull().WithMessage("Tanggal SK wajib diisi.");
        RuleFor(x => x.SignedBy).NotEmpty().WithMessage("Penandatangan SK wajib diisi.").MaximumLength(200).WithMessage("Nama penandatangan terlalu panjang.");
        RuleFor(x => x.ValidFrom).NotNull().WithMessage("Tanggal mulai berlaku wajib diisi.");
        RuleFor(x => x.ValidTo).NotNull().WithMessage("Tanggal akhir berlaku wajib diisi.")
            .GreaterThanOrEqualTo(x => x.ValidFrom).When(x => x.ValidFrom is not null).WithMessage("Tanggal akhir berlaku tidak boleh sebelum tanggal mulai.");
        RuleFor(x => x.SelectionMechanism).MaximumLength(4000).WithMessage("Uraian mekanisme pemilihan terlalu panjang.");
    }
}

public sealed class AddTeamMemberInput
{
    public int DecreeId { get; set; }
    public int? StaffMemberId { get; set; }
    public TeamRole? Role { get; set; }
    public string? AreaCode { get; set; }
    public DateOnly? ValidFrom { get; set; }
    public DateOnly? ValidTo { get; set; }
}

public sealed class AddTeamMemberInputValidator : AbstractValidator<AddTeamMemberInput>
{
    public AddTeamMemberInputValidator()
    {
        RuleFor(x => x.StaffMemberId).NotNull().WithMessage("Pilih pegawai.");
        RuleFor(x => x.Role).NotNull().WithMessage("Pilih peran dalam tim.").IsInEnum().WithMessage("Peran tidak valid.");
        RuleFor(x => x.AreaCode).Must(ChangeAreas.IsValid).When(x => x.Role?.RequiresArea() == true)
            .WithMessage("Peran Koordinator/Anggota Area harus memilih area perubahan.");
        RuleFor(x => x.ValidTo).GreaterThanOrEqualTo(x => x.ValidFrom).When(x => x.ValidFrom is not null && x.ValidTo is not null)
            .WithMessage("Tanggal akhir tidak boleh sebelum tanggal mulai.");
    }
}

public sealed class ReplaceTeamMemberInput
{
    public int MembershipId { get; set; }
    public int? SuccessorStaffId { get; set; }
    public DateOnly? EndDate { get; set; }
    public MembershipEndReason? Reason { get; set; }
    public string? Note { get; set; }
}

public sealed class ReplaceTeamMemberInputValidator : AbstractValidator<ReplaceTeamMemberInput>
{
    public ReplaceTeamMemberInputValidator()
    {
        RuleFor(x => x.SuccessorStaffId).NotNull().WithMessage("Pilih pegawai pengganti.");
        RuleFor(x => x.EndDate).NotNull().WithMessage("Tanggal terakhir bertugas wajib diisi.");
        RuleFor(x => x.Reason).NotNull().WithMessage("Pilih alasan penggantian.").IsInEnum().WithMessage("Alasan tidak valid.");
        RuleFor(x => x.Note).MaximumLength(1000).WithMessage("Catatan terlalu panjang.");
    }
}

public sealed class EndTeamMemberInput
{
    public int MembershipId { get; set; }
    public DateOnly? EndDate { get; set; }
    public MembershipEndReason? Reason { get; set; }
    public string? Note { get; set; }
}

public sealed class EndTeamMemberInputValidator : AbstractValidator<EndTeamMemberInput>
{
    public EndTeamMemberInputValidator()
    {
        RuleFor(x => x.EndDate).NotNull().WithMessage("Tanggal terakhir bertugas wajib diisi.");
        RuleFor(x => x.Reason).NotNull().WithMessage("Pilih alasan berakhirnya keanggotaan.").IsInEnum().WithMessage("Alasan tidak valid.");
        RuleFor(x => x.Note).MaximumLength(1000).WithMessage("Catatan terlalu panjang.");
    }
}
