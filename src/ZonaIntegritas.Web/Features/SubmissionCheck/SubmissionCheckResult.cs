using System.Text.Json.Serialization;

namespace ZonaIntegritas.Web.Features.SubmissionCheck;

/// <summary>The verdict on one question: Sesuai, Perlu perbaikan (yellow) or Tidak sesuai (red).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CheckStatus>))]
public enum CheckStatus
{
    /// <summary>Sesuai (green).</summary>
    [JsonStringEnumMemberName("Sesuai")]
    Compliant = 1,

    /// <summary>Perlu perbaikan (yellow).</summary>
    [JsonStringEnumMemberName("PerluPerbaikan")]
    NeedsFix = 2,

    /// <summary>Tidak sesuai (red).</summary>
    [JsonStringEnumMemberName("TidakSesuai")]
    NonCompliant = 3,
}

/// <summary>The rules of the pre-submission check, one per finding kind.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CheckRule>))]
public enum CheckRule
{
    /// <summary>No answer (no option, no inputs).</summary>
    Unanswered = 1,

    /// <summary>Answered above the lowest option with no evidence linked.</summary>
    NoEvidence = 2,

    /// <summary>Linked evidence not reviewed yet (or a newer version not reviewed).</summary>
    EvidenceNotReviewed = 3,

    /// <summary>Linked evidence rejected or marked "perlu perbaikan" by the reviewer.</summary>
    EvidenceRejected = 4,

    /// <summary>Evidence carried over from last year and not revalidated.</summary>
    NotRevalidated = 5,

    /// <summary>Document date outside the assessment year (where the question expects the current year).</summary>
    DocumentDateOutsideYear = 6,

    /// <summary>File type PMPZI does not take (only PDF, JPEG, PNG).</summary>
    FileType = 7,

    /// <summary>File larger than the PMPZI upload size.</summary>
    FileTooLarge = 8,

    /// <summary>Numeric inputs that cannot be right (e.g. more integrated changes than changes made).</summary>
    InputsInconsistent = 9,

    /// <summary>The assessor marked the question "perlu perbaikan" and it is still open.</summary>
    OpenFixRequest = 10,
}

/// <summary>One reason a question is not "Sesuai", with what to open to fix it.</summary>
public sealed record CheckFinding(CheckRule Rule, CheckStatus Severity, string Message, int? EvidenceId = null);

public sealed record QuestionCheck(
    string Code,
    string AreaLetter,
    string AreaCode,
    string IndicatorCode,
    string Text,
    CheckStatus Status,
    IReadOnlyList<CheckFinding> Findings)
{
    /// <summary>"Sesuai", "Perlu perbaikan", "Tidak sesuai".</summary>
    public string StatusLabel => Status.Label();

    public string Reasons => string.Join("; ", Findings.Select(f => f.Message));
}

/// <summary>Counts per change area (letter A–F).</summary>
public sealed record AreaCheckCount(string AreaLetter, string AreaName, int Sesuai, int PerluPerbaikan, int TidakSesuai);

/// <summary>A WBK/WBBM gate (unit basis, target predikat) not met.</summary>
public sealed record GateFailure(string Predicate, string Code, string Label, decimal Value, decimal Minimum, decimal Gap);

/// <summary>
/// The pre-submission check ("Pemeriksaan sebelum pengajuan") of one assessment: a status and reasons per
/// question, counts per area and the target gates not yet met. <see cref="ReadyToSubmit"/> is true when no
/// question is "Tidak sesuai" (yellow items are warnings).
/// </summary>
public sealed record SubmissionCheckResult(
    int AssessmentId,
    string UnitCode,
    int Year,
    string SnapshotCode,
    DateTime CheckedAtUtc,
    long MaxFileBytes,
    IReadOnlyList<QuestionCheck> Questions,
    IReadOnlyList<AreaCheckCount> Areas,
    IReadOnlyList<GateFailure> GateFailures)
{
    public int Sesuai => Questions.Count(q => q.Status == CheckStatus.Compliant);
    public int PerluPerbaikan => Questions.Count(q => q.Status == CheckStatus.NeedsFix);
    public int TidakSesuai => Questions.Count(q => q.Status == CheckStatus.NonCompliant);
    public bool ReadyToSubmit => TidakSesuai == 0;

    public QuestionCheck Question(string code) => Questions.First(q => q.Code == code);

    public int BlankAnswers => Questions.Count(q => q.Findings.Any(f => f.Rule == CheckRule.Unanswered));

    public int PositiveWithoutEvidence => Questions.Count(q => q.Findings.Any(f => f.Rule == CheckRule.NoEvidence));

    public int FailingGateCount => GateFailures.Count;

    /// <summary>The confirmation asked before the Tim submits (review cycle), with the counts that matter most.</summary>
    public string ConfirmText(string lockNote) => BlankAnswers == 0 && PositiveWithoutEvidence == 0 && FailingGateCount == 0 && TidakSesuai == 0
        ? $"Pemeriksaan sebelum pengajuan tidak menemukan masalah. {lockNote}"
        : $"Pemeriksaan sebelum pengajuan: {BlankAnswers} jawaban kosong, {PositiveWithoutEvidence} jawaban positif tanpa eviden, " +
          $"{FailingGateCount} syarat belum terpenuhi ({TidakSesuai} pertanyaan tidak sesuai, {PerluPerbaikan} perlu perbaikan). {lockNote}";
}

public static class CheckLabels
{
    public static string Label(this CheckStatus status) => status switch
    {
        CheckStatus.Compliant => "Sesuai",
        CheckStatus.NeedsFix => "Perlu perbaikan",
        _ => "Tidak sesuai",
    };
}
