namespace ZonaIntegritas.Web.Domain.Evidence;

/// <summary>
/// A penilai's verdict on a question–evidence link (UI: Diterima / Perlu Perbaikan / Ditolak). Stored as the int
/// value, so the names can follow the glossary without a migration; the values must never change.
/// </summary>
public enum EvidenceReviewStatus
{
    Accepted = 1,
    NeedsFix = 2,
    Rejected = 3,
}

/// <summary>A PenilaiInternal's judgement of one question–evidence link, on one exact revision.</summary>
public class EvidenceReview
{
    public int Id { get; set; }
    public int EvidenceLinkId { get; set; }
    public EvidenceLink? Link { get; set; }

    /// <summary>The version the reviewer saw.</summary>
    public int EvidenceRevisionId { get; set; }
    public EvidenceRevision? Revision { get; set; }
    public EvidenceReviewStatus Status { get; set; }
    public string? Note { get; set; }
    public required string ReviewerId { get; set; }
    public DateTime ReviewedAtUtc { get; set; }
}

public static class EvidenceLabels
{
    public static string Label(this EvidenceReviewStatus status) => status switch
    {
        EvidenceReviewStatus.Accepted => "Diterima",
        EvidenceReviewStatus.NeedsFix => "Perlu Perbaikan",
        EvidenceReviewStatus.Rejected => "Ditolak",
        _ => status.ToString(),
    };

    public static string Label(this EvidenceLinkState state) => state switch
    {
        EvidenceLinkState.Pending => "Menunggu reviu",
        EvidenceLinkState.NewVersionPending => "Versi baru menunggu reviu",
        EvidenceLinkState.Accepted => "Diterima",
        EvidenceLinkState.NeedsFix => "Perlu Perbaikan",
        EvidenceLinkState.Rejected => "Ditolak",
        _ => state.ToString(),
    };
}
