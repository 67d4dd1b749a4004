using ZonaIntegritas.Web.Domain.Evidence;

namespace ZonaIntegritas.Web.Features.Evidence;

/// <summary>Reusable filters over evidence items and links.</summary>
public static class EvidenceQueries
{
    public static IQueryable<EvidenceItem> Active(this IQueryable<EvidenceItem> items) => items.Where(i => i.DeletedAtUtc == null);

    /// <summary>Items with at least one link in the given state (for <paramref name="year"/>, or any year).</summary>
    public static IQueryable<EvidenceItem> WithStatus(this IQueryable<EvidenceItem> items, string status, int? year) => status switch
    {
        "diterima" => items.Where(i => i.Links.Any(l => (year == null || l.Year == year) && l.LatestReviewStatus == EvidenceReviewStatus.Accepted && l.LatestReviewRevisionId == i.CurrentRevisionId)),
        "perbaikan" => items.Where(i => i.Links.Any(l => (year == null || l.Year == year) && l.LatestReviewStatus == EvidenceReviewStatus.NeedsFix && l.LatestReviewRevisionId == i.CurrentRevisionId)),
        "ditolak" => items.Where(i => i.Links.Any(l => (year == null || l.Year == year) && l.LatestReviewStatus == EvidenceReviewStatus.Rejected && l.LatestReviewRevisionId == i.CurrentRevisionId)),
        "menunggu" => items.Where(i => i.Links.Any(l => (year == null || l.Year == year) && (l.LatestReviewStatus == null || l.LatestReviewRevisionId != i.CurrentRevisionId))),
        "validasi" => items.Where(i => i.Links.Any(l => (year == null || l.Year == year) && l.NeedsRevalidation)),
        "tanpa-tautan" => items.Where(i => !i.Links.Any(l => year == null || l.Year == year)),
        _ => items,
    };

    public static readonly IReadOnlyList<(string Value, string Label)> StatusFilters =
    [
        ("diterima", "Diterima"),
        ("perbaikan", "Perlu Perbaikan"),
        ("ditolak", "Ditolak"),
        ("menunggu", "Menunggu reviu"),
        ("validasi", "Perlu divalidasi ulang"),
        ("tanpa-tautan", "Belum ditautkan ke pertanyaan"),
    ];
}
