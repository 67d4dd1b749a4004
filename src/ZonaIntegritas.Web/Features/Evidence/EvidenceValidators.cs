using FluentValidation;
using ZonaIntegritas.Web.Domain.Common;
using ZonaIntegritas.Web.Domain.Evidence;
using ZonaIntegritas.Web.Infrastructure.Time;

namespace ZonaIntegritas.Web.Features.Evidence;

/// <summary>Rules shared by the upload and edit forms.</summary>
public static class EvidenceRules
{
    public const int MinYear = 2015;
    public const int MaxTags = 15;
    public const int MaxTagLength = 50;

    public static int MaxYear(TimeProvider clock) => clock.GetUtcNow().Year + 1;

    public static bool TagsValid(string? tags)
    {
        var list = EvidenceItem.ParseTags(tags);
        return list.Count <= MaxTags && list.All(t => t.Length <= MaxTagLength) && EvidenceItem.JoinTags(list).Length <= 500;
    }

    /// <summary>Not after today anywhere in Indonesia (the validator does not know the unit; WIT is the latest zone).</summary>
    public static bool NotInFuture(DateOnly? date, TimeProvider clock) =>
        date is not { } d || d <= new UnitClock(clock).LatestToday;
}

public sealed class UploadEvidenceInputValidator : AbstractValidator<UploadEvidenceInput>
{
    public UploadEvidenceInputValidator(TimeProvider clock)
    {
        RuleForEach(x => x.ParseErrors).Must(_ => false).WithMessage((_, error) => error);
        RuleFor(x => x.UnitId).GreaterThan(0).WithMessage("Unit kerja wajib dipilih.").When(x => x.UnitId != 0);
        RuleFor(x => x.Year).InclusiveBetween(EvidenceRules.MinYear, EvidenceRules.MaxYear(clock))
            .WithMessage($"Tahun penilaian harus antara {EvidenceRules.MinYear} dan {EvidenceRules.MaxYear(clock)}.")
            .When(x => x.Year != 0);
        RuleFor(x => x.AreaCode).Must(ChangeAreas.IsValid).WithMessage("Area perubahan tidak valid.").When(x => x.AreaCode is not null);
        RuleFor(x => x.AreaCode).NotNull().WithMessage("Pilih area perubahan atau pertanyaan LKE.").When(x => x.QuestionCodes.Count == 0);
        RuleFor(x => x.Title).MaximumLength(200).WithMessage("Judul maksimal 200 karakter.");
        RuleFor(x => x.Description).MaximumLength(2000).WithMessage("Keterangan maksimal 2.000 karakter.");
        RuleFor(x => x.DocumentDate).NotNull().WithMessage("Tanggal dokumen wajib diisi.").When(x => !x.DocumentDateUnreadable);
        RuleFor(x => x.DocumentDate).Must(d => EvidenceRules.NotInFuture(d, clock)).WithMessage("Tanggal dokumen tidak boleh di masa depan.");
        RuleFor(x => x.DocumentDate).Must(d => d is not { } v || v.Year >= 1945).WithMessage("Tanggal dokumen tidak valid.");
        RuleFor(x => x.Tags).Must(EvidenceRules.TagsValid)
            .WithMessage($"Tag maksimal {EvidenceRules.MaxTags} buah, masing-masing paling panjang {EvidenceRules.MaxTagLength} karakter.");
        RuleFor(x => x.QuestionCodes.Count).LessThanOrEqualTo(30).WithMessage("Paling banyak 30 pertanyaan sekaligus.");
    }
}

public sealed class EditEvidenceInputValidator : AbstractValidator<EditEvidenceInput>
{
    public EditEvidenceInputValidator(TimeProvider clock)
    {
        RuleFor(x => x.Title).NotEmpty().WithMessage("Judul wajib diisi.").MaximumLength(200).WithMessage("Judul maksimal 200 karakter.");
        RuleFor(x => x.Description).MaximumLength(2000).WithMessage("Keterangan maksimal 2.000 karakter.");
        RuleFor(x => x.DocumentDate).NotNull().WithMessage("Tanggal dokumen wajib diisi.")
            .Must(d => EvidenceRules.NotInFuture(d, clock)).WithMessage("Tanggal dokumen tidak boleh di masa depan.");
        RuleFor(x => x.Year).InclusiveBetween(EvidenceRules.MinYear, EvidenceRules.MaxYear(clock))
            .WithMessage($"Tahun penilaian harus antara {EvidenceRules.MinYear} dan {EvidenceRules.MaxYear(clock)}.");
        RuleFor(x => x.AreaCode).Must(ChangeAreas.IsValid).WithMessage("Area perubahan wajib dipilih.");
        RuleFor(x => x.Tags).Must(EvidenceRules.TagsValid)
            .WithMessage($"Tag maksimal {EvidenceRules.MaxTags} buah, masing-masing paling panjang {EvidenceRules.MaxTagLength} karakter.");
    }
}

public sealed class ReviewEvidenceInputValidator : AbstractValidator<ReviewEvidenceInput>
{
    public ReviewEvidenceInputValidator()
    {
        RuleFor(x => x.Status).NotNull().WithMessage("Pilih hasil reviu.").IsInEnum().WithMessage("Hasil reviu tidak valid.");
        RuleFor(x => x.Note).NotEmpty().WithMessage("Catatan wajib diisi untuk hasil Perlu Perbaikan atau Ditolak.")
            .When(x => x.Status is EvidenceReviewStatus.NeedsFix or EvidenceReviewStatus.Rejected);
        RuleFor(x => x.Note).MaximumLength(2000).WithMessage("Catatan maksimal 2.000 karakter.");
    }
}
