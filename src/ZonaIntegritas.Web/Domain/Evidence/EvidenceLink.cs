using ZonaIntegritas.Web.Domain.Common;

namespace ZonaIntegritas.Web.Domain.Evidence;

/// <summary>
/// "This item supports LKE question <see cref="QuestionCode"/> of unit <see cref="UnitId"/> in <see cref="Year"/>".
/// Keyed by (unit, year, question code), not by an assessment row. The latest review is copied onto the link so
/// lists and counts need no subqueries; the full history stays in <see cref="Reviews"/>.
/// </summary>
public class EvidenceLink : AuditableEntity
{
    public int Id { get; set; }
    public int EvidenceItemId { get; set; }
    public EvidenceItem? Item { get; set; }
    public int UnitId { get; set; }
    public int Year { get; set; }
    public required string QuestionCode { get; set; }

    /// <summary>Carried over from an earlier year: someone must confirm it still applies ("perlu divalidasi ulang").</summary>
    public bool NeedsRevalidation { get; set; }

    public EvidenceReviewStatus? LatestReviewStatus { get; set; }
    public int? LatestReviewRevisionId { get; set; }
    public List<EvidenceReview> Reviews { get; set; } = [];

    /// <summary>The state shown to users: a review counts only for the version it judged.</summary>
    public EvidenceLinkState StateFor(int? currentRevisionId) => LatestReviewStatus switch
    {
        null => EvidenceLinkState.Pending,
        _ when LatestReviewRevisionId != currentRevisionId => EvidenceLinkState.NewVersionPending,
        EvidenceReviewStatus.Accepted => EvidenceLinkState.Accepted,
        EvidenceReviewStatus.NeedsFix => EvidenceLinkState.NeedsFix,
        _ => EvidenceLinkState.Rejected,
    };

    public EvidenceReview Review(int revisionId, EvidenceReviewStatus status, string? note, string reviewerId, DateTime nowUtc)
    {
        if (!Enum.IsDefined(status))
        {
            throw new DomainException("Status reviu tidak valid.");
        }
        var review = new EvidenceReview
        {
            EvidenceLinkId = Id,
            EvidenceRevisionId = revisionId,
            Status = status,
            Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
            ReviewerId = reviewerId,
            ReviewedAtUtc = nowUtc,
        };
        Reviews.Add(review);
        LatestReviewStatus = status;
        LatestReviewRevisionId = revisionId;
        NeedsRevalidation = false;
        return review;
    }
}

/// <summary>What the worksheet shows for one question–evidence link.</summary>
public enum EvidenceLinkState
{
    /// <summary>Not reviewed yet.</summary>
    Pending = 1,

    /// <summary>Reviewed, but a newer version was uploaded since ("versi baru menunggu reviu").</summary>
    NewVersionPending = 2,
    Accepted = 3,
    NeedsFix = 4,
    Rejected = 5,
}
