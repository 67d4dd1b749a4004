namespace ZonaIntegritas.Web.Features.AuditLog;

/// <summary>The viewer's filter (query string). Dates are calendar days in WIB, inclusive.</summary>
public sealed class AuditFilterInput
{
    public int? UnitId { get; set; }

    /// <summary>Part of the actor's name or e-mail, or a user id.</summary>
    public string? User { get; set; }

    public string? EntityType { get; set; }
    public string? EntityId { get; set; }
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
    public int Page { get; set; } = 1;
}
