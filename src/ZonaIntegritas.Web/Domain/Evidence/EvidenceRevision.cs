namespace ZonaIntegritas.Web.Domain.Evidence;

/// <summary>One uploaded version of an evidence item. Every version is kept; reviews name the version they judged.</summary>
public class EvidenceRevision
{
    public int Id { get; set; }
    public int EvidenceItemId { get; set; }
    public EvidenceItem? Item { get; set; }

    /// <summary>1, 2, 3… within the item.</summary>
    public int Number { get; set; }

    /// <summary>Lower-case hex SHA-256 of the content; the key of the <see cref="StoredFile"/>.</summary>
    public required string StoredFileSha256 { get; set; }
    public long SizeBytes { get; set; }
    public required string ContentType { get; set; }

    /// <summary>The uploader's file name, sanitised (no path, no control characters).</summary>
    public required string FileName { get; set; }

    /// <summary>The canonical extension of the detected type, with the dot (".pdf").</summary>
    public required string Extension { get; set; }

    public required string UploadedById { get; set; }
    public DateTime UploadedAtUtc { get; set; }
}
