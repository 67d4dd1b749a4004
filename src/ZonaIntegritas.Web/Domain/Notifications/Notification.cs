namespace ZonaIntegritas.Web.Domain.Notifications;

/// <summary>An in-app message for one user (e.g. a pact reminder), with an optional link; read or unread.</summary>
public class Notification
{
    public int Id { get; set; }
    public required string UserId { get; set; }
    public required string Text { get; set; }
    public string? Link { get; set; }
    public bool IsRead { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime? ReadAtUtc { get; set; }

    public void MarkRead(DateTime utc)
    {
        if (!IsRead)
        {
            IsRead = true;
            ReadAtUtc = utc;
        }
    }
}
