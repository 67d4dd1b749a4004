namespace ZonaIntegritas.Web.Domain.Users;

/// <summary>
/// Interim per-user change-area right (an Administrator assigns areas to AnggotaTim users) until the Tim ZI
/// roster decides area rights.
/// </summary>
public class AreaAssignment
{
    public int Id { get; set; }
    public required string UserId { get; set; }
    public int UnitId { get; set; }

    /// <summary>Change area letter A–F (see <see cref="Common.ChangeAreas"/>).</summary>
    public required string AreaCode { get; set; }
    public DateTime CreatedAtUtc { get; set; }
}
