using FluentValidation;
using ZonaIntegritas.Web.Domain.Assessments;

namespace ZonaIntegritas.Web.Features.Assessments;

public sealed class CreateAssessmentInput
{
    public int UnitId { get; set; }
    public int Year { get; set; }
    public TargetPredicate Target { get; set; } = TargetPredicate.Wbk;
    public string LkeVersionCode { get; set; } = "";
    public DateOnly? SelfStart { get; set; }
    public DateOnly? SelfEnd { get; set; }
    public DateOnly? ReviewStart { get; set; }
    public DateOnly? ReviewEnd { get; set; }
    public DateOnly? FollowUpStart { get; set; }
    public DateOnly? FollowUpEnd { get; set; }
}

public sealed class CreateAssessmentInputValidator : AbstractValidator<CreateAssessmentInput>
{
    public CreateAssessmentInputValidator()
    {
        RuleFor(x => x.UnitId).GreaterThan(0).WithMessage("Unit wajib dipilih.");
        RuleFor(x => x.Year).InclusiveBetween(2021, 2100).WithMessage("Tahun penilaian harus antara 2021 dan 2100.");
        RuleFor(x => x.Target).IsInEnum().WithMessage("Target predikat tidak valid.");
        RuleFor(x => x.LkeVersionCode).NotEmpty().WithMessage("Versi LKE wajib dipilih.");
        RuleFor(x => x.SelfStart).NotNull().WithMessage("Tanggal mulai Penilaian Mandiri wajib diisi.");
        RuleFor(x => x.SelfEnd).NotNull().WithMessage("Tanggal selesai Penilaian Mandiri wajib diisi.");
        RuleFor(x => x).Must(x => WindowsValid(x.SelfStart, x.SelfEnd)).WithName("SelfEnd")
            .WithMessage("Tanggal selesai Penilaian Mandiri tidak boleh sebelum tanggal mulai.");
        RuleFor(x => x).Must(x => PairComplete(x.ReviewStart, x.ReviewEnd) && WindowsValid(x.ReviewStart, x.ReviewEnd)).WithName("ReviewEnd")
            .WithMessage("Jadwal Reviu Penilai Internal harus memiliki tanggal mulai dan selesai (selesai tidak sebelum mulai), atau dikosongkan.");
        RuleFor(x => x).Must(x => PairComplete(x.FollowUpStart, x.FollowUpEnd) && WindowsValid(x.FollowUpStart, x.FollowUpEnd)).WithName("FollowUpEnd")
            .WithMessage("Jadwal Tindak Lanjut harus memiliki tanggal mulai dan selesai (selesai tidak sebelum mulai), atau dikosongkan.");
    }

    internal static bool PairComplete(DateOnly? start, DateOnly? end) => start.HasValue == end.HasValue;

    internal static bool WindowsValid(DateOnly? start, DateOnly? end) => start is null || end is null || end >= start;
}

/// <summary>The editing windows of the three windowed stages (empty pair = no window).</summary>
public sealed class EditWindowsInput
{
    public DateOnly? SelfStart { get; set; }
    public DateOnly? SelfEnd { get; set; }
    public DateOnly? ReviewStart { get; set; }
    public DateOnly? ReviewEnd { get; set; }
    public DateOnly? FollowUpStart { get; set; }
    public DateOnly? FollowUpEnd { get; set; }
}

public sealed class RecordExternalResultInput
{
    public ExternalStage Stage { get; set; } = ExternalStage.Tpp;
    public bool? Passed { get; set; }
    public DateOnly? Date { get; set; }
    public string? Note { get; set; }
    public string? QuestionValuesJson { get; set; }
}

public sealed class RecordExternalResultInputValidator : AbstractValidator<RecordExternalResultInput>
{
    public RecordExternalResultInputValidator()
    {
        RuleFor(x => x.Stage).IsInEnum().WithMessage("Tahap eksternal tidak valid.");
        RuleFor(x => x.Passed).NotNull().WithMessage("Pilih hasil tahap: lolos atau tidak lolos.");
        RuleFor(x => x.Date).NotNull().WithMessage("Tanggal hasil wajib diisi.");
        RuleFor(x => x.Note).MaximumLength(4000).WithMessage("Catatan paling banyak 4.000 karakter.");
        RuleFor(x => x.QuestionValuesJson).MaximumLength(20000).WithMessage("Nilai per pertanyaan paling banyak 20.000 karakter.");
    }
}
