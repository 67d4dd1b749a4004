using FluentValidation;
using ZonaIntegritas.Web.Domain.ChangeAgents;
using ZonaIntegritas.Web.Domain.Common;
using ZonaIntegritas.Web.Features.WorkPlans;

namespace ZonaIntegritas.Web.Features.ChangeAgents;

public sealed class SaveAgentDecreeInput
{
    public int? Id { get; set; }
    public int UnitId { get; set; }
    public string Number { get; set; } = "";
    public DateOnly? DecreeDate { get; set; }
    public string SignedBy { get; set; } = "";
    public DateOnly? TermFrom { get; set; }
    public DateOnly? TermTo { get; set; }
    public string SelectionMethod { get; set; } = "";
    public string? SelectionMinutes { get; set; }
    public IFormFile? Scan { get; set; }
}

public sealed class SaveAgentDecreeInputValidator : AbstractValidator<SaveAgentDecreeInput>
{
    public SaveAgentDecreeInputValidator()
    {
        RuleFor(x => x.Number).NotEmpty().WithMessage("Nomor SK wajib diisi.").MaximumLength(150).WithMessage("Nomor SK terlalu panjang.");
        RuleFor(x => x.DecreeDate).NotNull().WithMessage("Tanggal SK wajib diisi.");
        RuleFor(x => x.SignedBy).NotEmpty().WithMessage("Penandatangan SK wajib diisi.").MaximumLength(200).WithMessage("Nama penandatangan terlalu panjang.");
        RuleFor(x => x.TermFrom).NotNull().WithMessage("Awal masa tugas wajib diisi.");
        RuleFor(x => x.TermTo).NotNull().WithMessage("Akhir masa tugas wajib diisi.")
            .GreaterThanOrEqualTo(x => x.TermFrom).When(x => x.TermFrom is not null).WithMessage("Akhir masa tugas tidak boleh sebelum awal masa tugas.");
        RuleFor(x => x.SelectionMethod).NotEmpty().WithMessage("Metode pemilihan wajib diisi.").MaximumLength(1000).WithMessage("Metode pemilihan terlalu panjang.");
        RuleFor(x => x.SelectionMinutes).MaximumLength(4000).WithMessage("Berita acara terlalu panjang.");
    }
}

public sealed class AddChangeAgentInput
{
    public int DecreeId { get; set; }
    public int? StaffMemberId { get; set; }
    public ChangeAgentRole? Role { get; set; }
}

public sealed class AddChangeAgentInputValidator : AbstractValidator<AddChangeAgentInput>
{
    public AddChangeAgentInputValidator()
    {
        RuleFor(x => x.StaffMemberId).NotNull().WithMessage("Pilih pegawai.");
        RuleFor(x => x.Role).NotNull().WithMessage("Pilih peran agen perubahan.").IsInEnum().WithMessage("Peran tidak valid.");
    }
}

public sealed class UpdateChangeAgentInput
{
    public int Id { get; set; }
    public ChangeAgentRole? Role { get; set; }
    public ChangeAgentStatus? Status { get; set; }
    public string? StatusNote { get; set; }
}

public sealed class UpdateChangeAgentInputValidator : AbstractValidator<UpdateChangeAgentInput>
{
    public UpdateChangeAgentInputValidator()
    {
        RuleFor(x => x.Role).NotNull().WithMessage("Pilih peran agen perubahan.").IsInEnum().WithMessage("Peran tidak valid.");
        RuleFor(x => x.Status).NotNull().WithMessage("Pilih status.").IsInEnum().WithMessage("Status tidak valid.");
        RuleFor(x => x.StatusNote).MaximumLength(500).WithMessage("Keterangan status terlalu panjang.");
    }
}

public sealed class SaveChangeProjectInput
{
    public int? Id { get; set; }
    public int AgentId { get; set; }
    public string Title { get; set; } = "";
    public string? AreaCode { get; set; }
    public string Problem { get; set; } = "";
    public string BeforeDescription { get; set; } = "";
    public string AfterDescription { get; set; } = "";
    public DateOnly? StartDate { get; set; }
    public DateOnly? EndDate { get; set; }
    public ChangeProjectStatus? Status { get; set; }
    public bool IsIntegrated { get; set; }
    public string? IntegrationReference { get; set; }
    public string? EvidenceIds { get; set; }
    public string? EvidenceNote { get; set; }
}

public sealed class SaveChangeProjectInputValidator : AbstractValidator<SaveChangeProjectInput>
{
    public SaveChangeProjectInputValidator()
    {
        RuleFor(x => x.Title).NotEmpty().WithMessage("Judul perubahan wajib diisi.").MaximumLength(300).WithMessage("Judul terlalu panjang.");
        RuleFor(x => x.AreaCode).Must(ChangeAreas.IsValid).WithMessage("Pilih area perubahan.");
        RuleFor(x => x.Problem).NotEmpty().WithMessage("Permasalahan wajib diisi.").MaximumLength(4000).WithMessage("Permasalahan terlalu panjang.");
        RuleFor(x => x.BeforeDescription).NotEmpty().WithMessage("Kondisi sebelum perubahan wajib diisi.").MaximumLength(4000).WithMessage("Uraian kondisi sebelum terlalu panjang.");
        RuleFor(x => x.AfterDescription).NotEmpty().WithMessage("Kondisi sesudah perubahan wajib diisi.").MaximumLength(4000).WithMessage("Uraian kondisi sesudah terlalu panjang.");
        RuleFor(x => x.StartDate).NotNull().WithMessage("Tanggal mulai wajib diisi.");
        RuleFor(x => x.EndDate).GreaterThanOrEqualTo(x => x.StartDate).When(x => x.StartDate is not null && x.EndDate is not null)
            .WithMessage("Tanggal selesai tidak boleh sebelum tanggal mulai.");
        RuleFor(x => x.Status).NotNull().WithMessage("Pilih status.").IsInEnum().WithMessage("Status tidak valid.");
        RuleFor(x => x.EndDate).NotNull().When(x => x.Status == ChangeProjectStatus.Done).WithMessage("Perubahan yang selesai harus memiliki tanggal selesai.");
        RuleFor(x => x.IntegrationReference).NotEmpty().When(x => x.IsIntegrated)
            .WithMessage("Sebutkan SOP/SK/aplikasi yang mengintegrasikan perubahan ini.").MaximumLength(500).WithMessage("Referensi integrasi terlalu panjang.");
        RuleFor(x => x.EvidenceIds).Must(v => EvidenceIds.Parse(v) is not null).WithMessage("ID eviden harus berupa angka, dipisahkan koma.");
        RuleFor(x => x.EvidenceNote).MaximumLength(1000).WithMessage("Referensi eviden terlalu panjang.");
    }
}

/// <summary>
/// Posted by the worksheet panel: accept the register's PRA1A/PRA1B inputs or override them with a reason.
/// Field names carry the prefix <c>agentInputs.</c> so they never clash with the worksheet's own form.
/// </summary>
public sealed class DecideAgentInputsInput
{
    public int UnitId { get; set; }
    public int Year { get; set; }
    public string QuestionCode { get; set; } = "";
    public bool Override { get; set; }
    public int? Agents { get; set; }
    public int? Changes { get; set; }
    public int? Integrated { get; set; }
    public string? Reason { get; set; }
}

public sealed class DecideAgentInputsInputValidator : AbstractValidator<DecideAgentInputsInput>
{
    public DecideAgentInputsInputValidator()
    {
        RuleFor(x => x.QuestionCode).Must(c => ChangeAgentRules.QuestionCodes.Contains(c)).WithMessage("Pertanyaan harus PRA1A atau PRA1B.");
        RuleFor(x => x.Year).InclusiveBetween(2000, 2100).WithMessage("Tahun tidak valid.");
        When(x => x.Override, () =>
        {
            RuleFor(x => x.Reason).NotEmpty().WithMessage("Alasan wajib diisi bila angka register diganti.").MaximumLength(1000).WithMessage("Alasan terlalu panjang.");
            RuleFor(x => x.Agents).NotNull().When(x => x.QuestionCode == "PRA1A").WithMessage("Jumlah agen perubahan wajib diisi.");
            RuleFor(x => x.Changes).NotNull().WithMessage("Jumlah perubahan wajib diisi.");
            RuleFor(x => x.Integrated).NotNull().When(x => x.QuestionCode == "PRA1B").WithMessage("Jumlah perubahan terintegrasi wajib diisi.");
            RuleFor(x => x.Agents).GreaterThanOrEqualTo(0).WithMessage("Jumlah agen tidak boleh negatif.");
            RuleFor(x => x.Changes).GreaterThanOrEqualTo(0).WithMessage("Jumlah perubahan tidak boleh negatif.");
            RuleFor(x => x.Integrated).GreaterThanOrEqualTo(0).WithMessage("Jumlah perubahan terintegrasi tidak boleh negatif.")
                .LessThanOrEqualTo(x => x.Changes ?? int.MaxValue).When(x => x.QuestionCode == "PRA1B")
                .WithMessage("Jumlah perubahan terintegrasi tidak boleh melebihi jumlah perubahan.");
        });
    }
}
