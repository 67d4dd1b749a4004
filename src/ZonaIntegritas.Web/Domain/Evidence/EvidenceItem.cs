using ZonaIntegritas.Web.Domain.Common;

namespace ZonaIntegritas.Web.Domain.Evidence;

/// <summary>
/// One piece of eviden (data dukung) of a unit: its metadata and its revisions. The file content lives in the
/// file store, addressed by SHA-256 (<see cref="StoredFile"/>); links tie the item to LKE questions per year.
/// </summary>
public class EvidenceItem : AuditableEntity
{
    /// <summary>Deleted items can be restored for this long.</summary>
    public static readonly TimeSpan RestoreWindow = TimeSpan.FromDays(30);

    public int Id { get; set; }
    public int UnitId { get; set; }
    public required string Title { get; set; }
    public string? Description { get; set; }

    /// <summary>The date of the document itself (e.g. the SK's date), not the upload time.</summary>
    public DateOnly DocumentDate { get; set; }

    /// <summary>The assessment year the item was uploaded for.</summary>
    public int Year { get; set; }

    /// <summary>Change area letter A–F: decides who may edit the item.</summary>
    public required string AreaCode { get; set; }

    /// <summary>Comma-separated tags as entered (trimmed, without duplicates).</summary>
    public string Tags { get; set; } = "";

    public required string UploadedById { get; set; }
    public int? CurrentRevisionId { get; set; }
    public EvidenceRevision? CurrentRevision { get; set; }
    public List<EvidenceRevision> Revisions { get; set; } = [];
    public List<EvidenceLink> Links { get; set; } = [];

    public DateTime? DeletedAtUtc { get; set; }
    public string? DeletedById { get; set; }

    public bool IsDeleted => DeletedAtUtc.HasValue;

    public bool CanRestore(DateTime nowUtc) => DeletedAtUtc is { } at && nowUtc - at <= RestoreWindow;

    public void SoftDelete(string userId, DateTime nowUtc)
    {
        if (IsDeleted)
        {
            throw new DomainException("Eviden ini sudah dihapus.");
        }
        DeletedAtUtc = nowUtc;
        DeletedById = userId;
    }

    public void Restore(DateTime nowUtc)
    {
        if (!IsDeleted)
        {
            throw new DomainException("Eviden ini tidak dalam keadaan terhapus.");
        }
        if (!CanRestore(nowUtc))
        {
            throw new DomainException("Eviden yang dihapus lebih dari 30 hari tidak dapat dipulihkan.");
        }
        DeletedAtUtc = null;
        DeletedById = null;
    }

    /// <summary>
    /// Revises the item's description (not its file): title, description, document date, year, area and tags.
    /// Deleted items cannot be revised; tags are normalised (trimmed, without duplicates).
    /// </summary>
    public void Revise(string title, string? description, DateOnly documentDate, int year, string areaCode, string? tags)
    {
        if (IsDeleted)
        {
            throw new DomainException("Eviden yang sudah dihapus tidak dapat diubah.");
        }
        if (string.IsNullOrWhiteSpace(title))
        {
            throw new DomainException("Judul eviden wajib diisi.");
        }
        if (!ChangeAreas.IsValid(areaCode))
        {
            throw new DomainException("Area perubahan tidak dikenal.");
        }
        Title = title.Trim();
        Description = string.IsNullOrWhiteSpace(description) ? null : description.Trim();
        DocumentDate = documentDate;
        Year = year;
        AreaCode = areaCode;
        Tags = JoinTags(ParseTags(tags));
    }

    /// <summary>The next revision number (1 for the first upload).</summary>
    public int NextRevisionNumber => Revisions.Count == 0 ? 1 : Revisions.Max(r => r.Number) + 1;

    public static IReadOnlyList<string> ParseTags(string? tags) =>
        (tags ?? "").Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(t => t.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();

    public static string JoinTags(IEnumerable<string> tags) => string.Join(", ", tags);
}
