using FluentValidation;
using ZonaIntegritas.Web.Domain.Common;
using ZonaIntegritas.Web.Domain.WorkPlans;

namespace ZonaIntegritas.Web.Features.WorkPlans;

public sealed class SaveWorkPlanItemInput
{
    public int? Id { get; set; }
    public int UnitId { get; set; }
    public int Year { get; set; }
    public string? AreaCode { get; set; }

    /// <summary>LKE question codes separated by commas or spaces (PPA2A, PPA3B).</summary>
    public string? QuestionCodes { get; set; }
    public string Activity { get; set; } = "";
    public string Output { get; set; } = "";
    public string? ExpectedEvidence { get; set; }
    public int? PicStaffId { get; set; }
    public List<int> HelperStaffIds { get; set; } = [];

    /// <summary>"yyyy-MM" as sent by &lt;input type="month"&gt;.</summary>
    public string? StartMonth { get; set; }
    public string? EndMonth { get; set; }
    public decimal? Budget { get; set; }
    public WorkPlanStatus? Status { get; set; }
    public int Progress { get; set; }

    /// <summary>Required when an existing item's schedule changes (re-planning).</summary>
    public string? RevisionReason { get; set; }
    public string? EvidenceIds { get; set; }
    public string? EvidenceNote { get; set; }

    public static IReadOnlyList<string> SplitCodes(string? codes) =>
        (codes ?? "").Split([',', ';', ' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries)
            .Select(c => c.Trim().ToUpperInvariant()).Distinct().ToList();
}

public sealed class SaveWorkPlanItemInputValidator : AbstractValidator<SaveWorkPlanItemInput>
{
    public SaveWorkPlanItemInputValidator()
    {
        RuleFor(x => x.Year).InclusiveBetween(2000, 2100).WithMessage("Tahun tidak valid.");
        RuleFor(x => x.AreaCode).Must(ChangeAreas.IsValid).WithMessage("Pilih area perubahan.");
        RuleFor(x => x.Activity).NotEmpty().WithMessage("Kegiatan wajib diisi.").MaximumLength(1000).WithMessage("Uraian kegiatan terlalu panjang.");
        RuleFor(x => x.Output).NotEmpty().WithMessage("Output/target wajib diisi.").MaximumLength(1000).WithMessage("Output/target terlalu panjang.");
        RuleFor(x => x.ExpectedEvidence).MaximumLength(1000).WithMessage("Eviden yang diharapkan terlalu panjang.");
        RuleFor(x => x.PicStaffId).NotNull().WithMessage("Pilih PIC.");
        RuleFor(x => x.StartMonth).Must((x, v) => PlanMonths.TryParse(v, x.Year, out _)).WithMessage("Bulan mulai wajib diisi (bulan dan tahun).");
        RuleFor(x => x.EndMonth).Must((x, v) => PlanMonths.TryParse(v, x.Year, out _)).WithMessage("Bulan selesai wajib diisi (bulan dan tahun).");
        RuleFor(x => x).Must(x => !PlanMonths.TryParse(x.StartMonth, x.Year, out var s) || !PlanMonths.TryParse(x.EndMonth, x.Year, out var e) || e >= s)
            .WithName("EndMonth").WithMessage("Bulan selesai tidak boleh sebelum bulan mulai.");
        RuleFor(x => x).Must(x => !PlanMonths.TryParse(x.StartMonth, x.Year, out var s) || !PlanMonths.TryParse(x.EndMonth, x.Year, out var e)
                || (s.Year <= x.Year && e.Year >= x.Year))
            .WithName("StartMonth").WithMessage("Jadwal kegiatan harus mencakup tahun rencana kerja.");
        RuleFor(x => x.Budget).GreaterThanOrEqualTo(0).WithMessage("Anggaran tidak boleh negatif.");
        RuleFor(x => x.Status).NotNull().WithMessage("Pilih status.").IsInEnum().WithMessage("Status tidak valid.");
        RuleFor(x => x.Progress).InclusiveBetween(0, 100).WithMessage("Progres harus di antara 0 dan 100 %.");
        RuleFor(x => x.RevisionReason).MaximumLength(1000).WithMessage("Alasan perubahan jadwal terlalu panjang.");
        RuleFor(x => x.EvidenceIds).Must(v => EvidenceIds.Parse(v) is not null).WithMessage("ID eviden harus berupa angka, dipisahkan koma.");
        RuleFor(x => x.EvidenceNote).MaximumLength(1000).WithMessage("Referensi eviden terlalu panjang.");
    }
}

public sealed class AddMonitoringInput
{
    public int ItemId { get; set; }
    public DateOnly? Date { get; set; }
    public int Progress { get; set; }
    public WorkPlanStatus? Status { get; set; }
    public string Notes { get; set; } = "";
    public string? EvidenceIds { get; set; }
    public string? EvidenceNote { get; set; }

    /// <summary>Optional follow-up action from this monev finding.</summary>
    public string? FollowUpAction { get; set; }
    public int? FollowUpOwnerStaffId { get; set; }
    public DateOnly? FollowUpDueDate { get; set; }
}

public sealed class AddMonitoringInputValidator : AbstractValidator<AddMonitoringInput>
{
    public AddMonitoringInputValidator()
    {
        RuleFor(x => x.Date).NotNull().WithMessage("Tanggal monev wajib diisi.");
        RuleFor(x => x.Progress).InclusiveBetween(0, 100).WithMessage("Progres harus di antara 0 dan 100 %.");
        RuleFor(x => x.Status).NotNull().WithMessage("Pilih status.").IsInEnum().WithMessage("Status tidak valid.");
        RuleFor(x => x.Notes).NotEmpty().WithMessage("Catatan monev wajib diisi.").MaximumLength(4000).WithMessage("Catatan terlalu panjang.");
        RuleFor(x => x.EvidenceIds).Must(v => EvidenceIds.Parse(v) is not null).WithMessage("ID eviden harus berupa angka, dipisahkan koma.");
        RuleFor(x => x.EvidenceNote).MaximumLength(1000).WithMessage("Referensi eviden terlalu panjang.");
        When(x => !string.IsNullOrWhiteSpace(x.FollowUpAction), () =>
        {
            RuleFor(x => x.FollowUpAction).MaximumLength(1000).WithMessage("Uraian tindak lanjut terlalu panjang.");
            RuleFor(x => x.FollowUpOwnerStaffId).NotNull().WithMessage("Pilih penanggung jawab tindak lanjut.");
            RuleFor(x => x.FollowUpDueDate).NotNull().WithMessage("Tenggat tindak lanjut wajib diisi.");
        });
    }
}

public sealed class AddFollowUpInput
{
    public int EntryId { get; set; }
    public string Action { get; set; } = "";
    public int? OwnerStaffId { get; set; }
    public DateOnly? DueDate { get; set; }
}

public sealed class AddFollowUpInputValidator : AbstractValidator<AddFollowUpInput>
{
    public AddFollowUpInputValidator()
    {
        RuleFor(x => x.Action).NotEmpty().WithMessage("Uraian tindak lanjut wajib diisi.").MaximumLength(1000).WithMessage("Uraian tindak lanjut terlalu panjang.");
        RuleFor(x => x.OwnerStaffId).NotNull().WithMessage("Pilih penanggung jawab tindak lanjut.");
        RuleFor(x => x.DueDate).NotNull().WithMessage("Tenggat tindak lanjut wajib diisi.");
    }
}

public sealed class CloseFollowUpInput
{
    public int Id { get; set; }
    public DateOnly? ClosedOn { get; set; }
    public string Note { get; set; } = "";
}

public sealed class CloseFollowUpInputValidator : AbstractValidator<CloseFollowUpInput>
{
    public CloseFollowUpInputValidator()
    {
        RuleFor(x => x.ClosedOn).NotNull().WithMessage("Tanggal selesai tindak lanjut wajib diisi.");
        RuleFor(x => x.Note).NotEmpty().WithMessage("Catatan penyelesaian wajib diisi.").MaximumLength(1000).WithMessage("Catatan terlalu panjang.");
    }
}

public sealed class ApproveWorkPlanInput
{
    public int PlanId { get; set; }
    public int Version { get; set; }
    public string? Note { get; set; }
}

/// <summary>The list filters (query string).</summary>
public sealed class WorkPlanFilter
{
    public string? Area { get; set; }
    public WorkPlanStatus? Status { get; set; }
    public int? Pic { get; set; }
    public bool Late { get; set; }
    public string? Code { get; set; }
    public string? Q { get; set; }
    public int Page { get; set; } = 1;

    /// <summary>True when any filter narrows the list (the page number does not).</summary>
    public bool HasCriteria => !string.IsNullOrEmpty(Area) || Status is not null || Pic is not null || Late
        || !string.IsNullOrWhiteSpace(Code) || !string.IsNullOrWhiteSpace(Q);
}
