using System.Globalization;
using ZonaIntegritas.Web.Domain.Common;

namespace ZonaIntegritas.Web.Domain.Assessments;

/// <summary>
/// One unit's LKE self-assessment for one year (one per unit and year): target predikat, LKE version, stage and
/// the editing window of each stage. The unit's answers, the assessors' answers, the Hasil entries and the
/// external stage outcomes hang off it.
/// </summary>
public class Assessment : AuditableEntity
{
    private static readonly CultureInfo IdCulture = Common.IndonesianCulture.Id;

    public int Id { get; private set; }
    public int UnitId { get; private set; }
    public int Year { get; private set; }
    public TargetPredicate Target { get; private set; }
    public string LkeVersionCode { get; private set; } = "";
    public AssessmentStage Stage { get; private set; } = AssessmentStage.SelfAssessment;

    /// <summary>Review round: 1 at the first submission, +1 at every re-submission after Tindak Lanjut.</summary>
    public int Round { get; private set; }
    public List<StageWindow> Windows { get; private set; } = [];
    public DateTime? SubmittedAtUtc { get; private set; }
    public string? SubmittedBy { get; private set; }
    public DateTime? ReviewStartedAtUtc { get; private set; }
    public DateTime? FollowUpStartedAtUtc { get; private set; }
    public DateTime? FinalizedAtUtc { get; private set; }
    public string? FinalizedBy { get; private set; }

    private Assessment()
    {
    }

    public static Assessment Create(int unitId, int year, TargetPredicate target, string lkeVersionCode)
    {
        if (year is < 2000 or > 2100)
        {
            throw new DomainException("Tahun penilaian tidak valid.");
        }
        if (string.IsNullOrWhiteSpace(lkeVersionCode))
        {
            throw new DomainException("Versi LKE wajib dipilih.");
        }
        return new Assessment { UnitId = unitId, Year = year, Target = target, LkeVersionCode = lkeVersionCode };
    }

    public StageWindow? WindowOf(AssessmentStage stage) => Windows.FirstOrDefault(w => w.Stage == stage);

    /// <summary>Sets (or with both dates null, removes) the editing window of a stage.</summary>
    public void SetWindow(AssessmentStage stage, DateOnly? start, DateOnly? end)
    {
        if (!AssessmentLabels.WindowedStages.Contains(stage))
        {
            throw new DomainException($"Tahap {stage.Label()} tidak memiliki jadwal pengisian.");
        }
        var window = WindowOf(stage);
        if (start is null && end is null)
        {
            if (window is not null)
            {
                Windows.Remove(window);
            }
            return;
        }
        if (start is null || end is null)
        {
            throw new DomainException($"Jadwal tahap {stage.Label()} harus memiliki tanggal mulai dan tanggal selesai.");
        }
        if (window is null)
        {
            Windows.Add(new StageWindow(stage, start.Value, end.Value));
        }
        else
        {
            window.Change(start.Value, end.Value);
        }
    }

    /// <summary>Persetujuan pimpinan: when and by whom the self-assessment was last approved for submission.</summary>
    public DateTime? ApprovedAtUtc { get; private set; }
    public string? ApprovedBy { get; private set; }

    /// <summary>
    /// The kepala kantor approves the self-assessment (Penilaian Mandiri or Tindak Lanjut). Any later change of the
    /// unit's answers makes the approval stale (<see cref="Submit"/> is told so).
    /// </summary>
    public StageTransition Approve(string userId, string userName, DateTime nowUtc, string? note)
    {
        if (Stage is not (AssessmentStage.SelfAssessment or AssessmentStage.FollowUp))
        {
            throw new DomainException($"Persetujuan pimpinan hanya dapat diberikan sebelum pengajuan (tahap sekarang: {Stage.Label()}).");
        }
        ApprovedAtUtc = nowUtc;
        ApprovedBy = userId;
        return Record(TransitionKind.Approved, Stage, userId, userName, nowUtc, note);
    }

    /// <summary>
    /// Penilaian Mandiri (approved by the pimpinan, no answer changed since: <paramref name="approvalCurrent"/>) or
    /// Tindak Lanjut → Diajukan: the unit's answers are locked and the round goes up.
    /// </summary>
    public StageTransition Submit(string userId, string userName, DateTime nowUtc, bool approvalCurrent, string? note = null)
    {
        if (Stage is not (AssessmentStage.SelfAssessment or AssessmentStage.FollowUp))
        {
            throw new DomainException($"Penilaian hanya dapat diajukan dari tahap Penilaian Mandiri atau Tindak Lanjut (tahap sekarang: {Stage.Label()}).");
        }
        if (Stage == AssessmentStage.SelfAssessment && !approvalCurrent)
        {
            throw new DomainException(ApprovedAtUtc is null
                ? "Penilaian mandiri belum disetujui pimpinan (kepala kantor); pengajuan ditolak."
                : "Jawaban unit berubah setelah persetujuan pimpinan; minta persetujuan ulang sebelum mengajukan.");
        }
        var kind = Stage == AssessmentStage.FollowUp ? TransitionKind.Resubmitted : TransitionKind.Submitted;
        var from = Stage;
        Stage = AssessmentStage.Submitted;
        Round++;
        SubmittedAtUtc = nowUtc;
        SubmittedBy = userId;
        return Record(kind, from, userId, userName, nowUtc, note);
    }

    /// <summary>Diajukan → Reviu Penilai Internal, only when the review window is open today.</summary>
    public StageTransition StartReview(string userId, string userName, DateTime nowUtc, DateOnly today, string? note = null)
    {
        if (Stage != AssessmentStage.Submitted)
        {
            throw new DomainException($"Reviu hanya dapat dimulai setelah penilaian diajukan (tahap sekarang: {Stage.Label()}).");
        }
        EnsureCanEnter(AssessmentStage.InternalReview, today);
        Stage = AssessmentStage.InternalReview;
        ReviewStartedAtUtc = nowUtc;
        return Record(TransitionKind.ReviewStarted, AssessmentStage.Submitted, userId, userName, nowUtc, note);
    }

    /// <summary>
    /// Reviu → Tindak Lanjut: the questions marked "Perlu Perbaikan" (<paramref name="markedCodes"/>) reopen for the
    /// unit; only when the Tindak Lanjut window is open today.
    /// </summary>
    public StageTransition ReturnForFollowUp(string userId, string userName, DateTime nowUtc, DateOnly today, IReadOnlyCollection<string> markedCodes, string? note = null)
    {
        if (Stage != AssessmentStage.InternalReview)
        {
            throw new DomainException($"Tindak Lanjut hanya dapat dibuka dari tahap Reviu Penilai Internal (tahap sekarang: {Stage.Label()}).");
        }
        if (markedCodes.Count == 0)
        {
            throw new DomainException("Belum ada pertanyaan yang ditandai Perlu Perbaikan; Tindak Lanjut tidak dapat dibuka.");
        }
        EnsureCanEnter(AssessmentStage.FollowUp, today);
        Stage = AssessmentStage.FollowUp;
        FollowUpStartedAtUtc = nowUtc;
        var items = $"{markedCodes.Count} pertanyaan Perlu Perbaikan: {string.Join(", ", markedCodes)}";
        return Record(TransitionKind.Returned, AssessmentStage.InternalReview, userId, userName, nowUtc,
            string.IsNullOrWhiteSpace(note) ? items : $"{items}. {note.Trim()}");
    }

    /// <summary>Reviu → Final: the penilai closes the review of the current (last) round.</summary>
    public StageTransition CloseReview(string userId, string userName, DateTime nowUtc, string? note = null)
    {
        if (Stage != AssessmentStage.InternalReview)
        {
            throw new DomainException($"Penilaian hanya dapat difinalkan dengan menutup reviu Penilai Internal (tahap sekarang: {Stage.Label()}).");
        }
        Stage = AssessmentStage.Final;
        FinalizedAtUtc = nowUtc;
        FinalizedBy = userId;
        return Record(TransitionKind.ReviewClosed, AssessmentStage.InternalReview, userId, userName, nowUtc, note);
    }

    /// <summary>
    /// Throws, before anything changes, when a windowed stage cannot be worked in today: no window, or a window that
    /// has not begun or has ended. No stage is entered in which its owner cannot act.
    /// </summary>
    public void EnsureCanEnter(AssessmentStage stage, DateOnly today)
    {
        if (!AssessmentLabels.WindowedStages.Contains(stage))
        {
            return;
        }
        var window = WindowOf(stage)
            ?? throw new DomainException($"Jadwal tahap {stage.Label()} belum ditetapkan; isi jadwalnya pada formulir ini. Tahap tidak diubah.");
        if (today < window.StartDate)
        {
            throw new DomainException($"Jadwal tahap {stage.Label()} baru dimulai {Format(window.StartDate)} (hari ini {Format(today)}); ubah tanggal mulai pada formulir ini. Tahap tidak diubah.");
        }
        if (today > window.EndDate)
        {
            throw new DomainException($"Jadwal tahap {stage.Label()} sudah berakhir {Format(window.EndDate)} (hari ini {Format(today)}); ubah tanggal selesai pada formulir ini. Tahap tidak diubah.");
        }
    }

    private StageTransition Record(TransitionKind kind, AssessmentStage from, string userId, string userName, DateTime nowUtc, string? note) =>
        new(Id, kind, from, Stage, Round, userId, userName, nowUtc, note);

    /// <summary>
    /// Throws unless the assessment is in <paramref name="stage"/> and that stage's window is open on
    /// <paramref name="today"/> (the unit's local date).
    /// </summary>
    public void EnsureEditable(AssessmentStage stage, DateOnly today)
    {
        if (EditRefusal(stage, today) is { } refusal)
        {
            throw new DomainException(refusal);
        }
    }

    /// <summary>
    /// Why nothing of <paramref name="stage"/> may change on <paramref name="today"/> (another stage, no window, outside
    /// the window), or null when it may: the answer without an exception, for pages that show many questions.
    /// </summary>
    public string? EditRefusal(AssessmentStage stage, DateOnly today)
    {
        if (Stage != stage)
        {
            return stage == AssessmentStage.InternalReview
                ? $"Jawaban penilai hanya dapat diisi pada tahap Reviu Penilai Internal (tahap sekarang: {Stage.Label()})."
                : LockedMessage();
        }
        var window = WindowOf(stage);
        if (window is null)
        {
            return $"Jadwal tahap {stage.Label()} belum ditetapkan; perubahan ditolak. Hubungi Ketua Tim untuk mengatur jadwal.";
        }
        return window.Contains(today)
            ? null
            : $"Di luar jadwal tahap {stage.Label()} ({Format(window.StartDate)} – {Format(window.EndDate)}); hari ini {Format(today)}. Perubahan ditolak.";
    }

    /// <summary>
    /// Throws unless the unit may change a question's answer today: in Penilaian Mandiri within its window, or in
    /// Tindak Lanjut within its window when the question was marked "Perlu Perbaikan" (<paramref name="reopened"/>).
    /// </summary>
    public void EnsureUnitCanEdit(DateOnly today, bool reopened)
    {
        if (UnitEditRefusal(today, reopened) is { } refusal)
        {
            throw new DomainException(refusal);
        }
    }

    /// <summary>
    /// Why the unit may not change a question's answer today (see <see cref="EnsureUnitCanEdit"/>), or null when it
    /// may. Issue 17 item 5: the worksheet asks this for every question instead of catching exceptions.
    /// </summary>
    public string? UnitEditRefusal(DateOnly today, bool reopened)
    {
        if (Stage == AssessmentStage.FollowUp)
        {
            return EditRefusal(AssessmentStage.FollowUp, today)
                ?? (reopened ? null : "Pada tahap Tindak Lanjut hanya pertanyaan yang ditandai Perlu Perbaikan yang dapat diubah.");
        }
        return EditRefusal(AssessmentStage.SelfAssessment, today);
    }

    /// <summary>Throws unless the unit's Hasil entries may change today (Penilaian Mandiri or Tindak Lanjut, in the window).</summary>
    public void EnsureHasilEditable(DateOnly today) =>
        EnsureEditable(Stage == AssessmentStage.FollowUp ? AssessmentStage.FollowUp : AssessmentStage.SelfAssessment, today);

    /// <summary>
    /// Throws when the supporting material of question <paramref name="questionCode"/> (evidence links, numeric
    /// inputs decided from rosters) is frozen: after submission, during the internal review and once final; in
    /// Tindak Lanjut only questions marked "Perlu Perbaikan" (<paramref name="reopened"/>) may change. Stage
    /// windows do not apply: evidence may be gathered before the self-assessment window opens.
    /// </summary>
    public void EnsureSupportingMaterialCanChange(string questionCode, bool reopened)
    {
        switch (Stage)
        {
            case AssessmentStage.SelfAssessment:
                return;
            case AssessmentStage.FollowUp when reopened:
                return;
            case AssessmentStage.FollowUp:
                throw new DomainException($"Penilaian {Year} pada tahap Tindak Lanjut: eviden pertanyaan {questionCode} hanya dapat diubah bila ditandai Perlu Perbaikan.");
            default:
                throw new DomainException($"Penilaian {Year} pada tahap {Stage.Label()}: eviden dan data pertanyaan {questionCode} terkunci.");
        }
    }

    /// <summary>Why the unit cannot edit now, or null when its current stage window is open.</summary>
    public string? UnitLockReason(DateOnly today) =>
        EditRefusal(Stage == AssessmentStage.FollowUp ? AssessmentStage.FollowUp : AssessmentStage.SelfAssessment, today);

    private string LockedMessage() => Stage switch
    {
        AssessmentStage.Submitted => "Penilaian sudah diajukan dan terkunci; jawaban tidak dapat diubah.",
        AssessmentStage.InternalReview => "Penilaian sedang direviu Penilai Internal; jawaban unit terkunci.",
        AssessmentStage.Final => "Penilaian sudah final; jawaban tidak dapat diubah.",
        AssessmentStage.FollowUp => "Pada tahap Tindak Lanjut hanya pertanyaan yang ditandai Perlu Perbaikan yang dapat diubah.",
        _ => $"Jawaban tidak dapat diubah pada tahap {Stage.Label()}.",
    };

    private static string Format(DateOnly date) => date.ToString("d MMMM yyyy", IdCulture);
}
