namespace ZonaIntegritas.Web.Domain.Evidence;

/// <summary>
/// A file's content in the file store, addressed by its SHA-256: identical content is stored once, however many
/// revisions (or other features' records) refer to it.
/// </summary>
public class StoredFile
{
    public required string Sha256 { get; set; }
    public long SizeBytes { get; set; }
    public required string ContentType { get; set; }
    public DateTime CreatedAtUtc { get; set; }
}
