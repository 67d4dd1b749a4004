namespace ZonaIntegritas.Web.Domain.Assessments;

/// <summary>A step of the internal review cycle. Each one is owned by a role (see docs/review-cycle.md).</summary>
public enum TransitionKind
{
    /// <summary>Persetujuan pimpinan: the kepala kantor approves the self-assessment for submission.</summary>
    Approved = 1,
    Submitted = 2,
    Resubmitted = 3,
    ReviewStarted = 4,
    Returned = 5,
    ReviewClosed = 6,
}

/// <summary>One recorded step of an assessment's cycle: who, when (UTC), in which round, from and to which stage, a note.</summary>
public class StageTransition
{
    public long Id { get; private set; }
    public int AssessmentId { get; private set; }
    public TransitionKind Kind { get; private set; }
    public AssessmentStage FromStage { get; private set; }
    public AssessmentStage ToStage { get; private set; }
    public int Round { get; private set; }
    public string UserId { get; private set; } = "";
    public string UserName { get; private set; } = "";
    public DateTime AtUtc { get; private set; }
    public string? Note { get; private set; }

    private StageTransition()
    {
    }

    internal StageTransition(int assessmentId, TransitionKind kind, AssessmentStage from, AssessmentStage to, int round,
        string userId, string userName, DateTime atUtc, string? note)
    {
        AssessmentId = assessmentId;
        Kind = kind;
        FromStage = from;
        ToStage = to;
        Round = round;
        UserId = userId;
        UserName = userName.Length <= 200 ? userName : userName[..200];
        AtUtc = atUtc;
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim() is { Length: > 4000 } n ? n[..4000] : note.Trim();
    }
}

public static class TransitionLabels
{
    public static string Label(this TransitionKind kind) => kind switch
    {
        TransitionKind.Approved => "Disetujui pimpinan",
        TransitionKind.Submitted => "Diajukan",
        TransitionKind.Resubmitted => "Diajukan kembali",
        TransitionKind.ReviewStarted => "Reviu dimulai",
        TransitionKind.Returned => "Dikembalikan untuk Tindak Lanjut",
        TransitionKind.ReviewClosed => "Reviu selesai, penilaian final",
        _ => kind.ToString(),
    };
}
