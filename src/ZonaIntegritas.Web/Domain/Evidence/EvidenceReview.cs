namespace ZonaIntegritas.Web.Domain.Evidence;

public enum EvidenceReviewStatus
{
    Diterima = 1,
    PerluPerbaikan = 2,
    Ditolak = 3,
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
        EvidenceReviewStatus.Diterima => "Diterima",
        EvidenceReviewStatus.PerluPerbaikan => "Perlu Perbaikan",
        EvidenceReviewStatus.Ditolak => "Ditolak",
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
