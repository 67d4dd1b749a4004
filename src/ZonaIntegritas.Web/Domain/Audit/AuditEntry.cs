namespace ZonaIntegritas.Web.Domain.Audit;

public enum AuditAction
{
    Created,
    Updated,
    Deleted,
    Event,
}

/// <summary>
/// One row of the append-only audit log (<c>audit_log</c>). <see cref="Hash"/> is the SHA-256 of this row's canonical
/// form, which includes <see cref="PreviousHash"/>: the rows form a hash chain, so changing, removing or inserting a
/// row breaks the chain at that row (<see cref="AuditHash"/>). The portal only ever inserts rows.
/// </summary>
public sealed class AuditEntry
{
    public long Sequence { get; set; }
    public DateTime AtUtc { get; set; }

    /// <summary>The acting user's id, or null for the command line, scheduled jobs and anonymous requests.</summary>
    public string? UserId { get; set; }

    /// <summary>The actor as it was then ("Nama &lt;email&gt;"), so a later rename does not rewrite history.</summary>
    public string? UserName { get; set; }

    /// <summary>Client IP address of the request, or <c>cli</c> / <c>job</c> outside a request.</summary>
    public required string ClientAddress { get; set; }

    public int? UnitId { get; set; }
    public AuditAction Action { get; set; }

    /// <summary>The entity type (e.g. <c>EvidenceItem</c>) or, for <see cref="AuditAction.Event"/>, the event kind.</summary>
    public required string EntityType { get; set; }

    public string? EntityId { get; set; }

    /// <summary>JSON object: field → [old, new] (strings or null), or event details.</summary>
    public required string Changes { get; set; }

    public required string PreviousHash { get; set; }
    public required string Hash { get; set; }
}
