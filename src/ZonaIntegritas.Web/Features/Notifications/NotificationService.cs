using Microsoft.EntityFrameworkCore;
using ZonaIntegritas.Web.Domain.Notifications;
using ZonaIntegritas.Web.Infrastructure.Data;
using ZonaIntegritas.Web.Infrastructure.Identity;

namespace ZonaIntegritas.Web.Features.Notifications;

public sealed record NotificationItem(int Id, string Text, string? Link, bool IsRead, DateTime CreatedAtUtc);

/// <summary>In-app notifications: any feature may notify users; each user sees and marks their own.</summary>
public sealed class NotificationService(AppDbContext db, ICurrentUser currentUser, TimeProvider clock)
{
    /// <summary>
    /// Adds one notification per user, skipping users who still have the same unread text and link
    /// (a reminder sent twice does not pile up). Returns how many were added. Saves.
    /// </summary>
    public async Task<int> NotifyAsync(IEnumerable<string> userIds, string text, string? link, CancellationToken ct = default)
    {
        var ids = userIds.Distinct().ToList();
        if (ids.Count == 0)
        {
            return 0;
        }
        var already = await db.Set<Notification>()
            .Where(n => ids.Contains(n.UserId) && !n.IsRead && n.Text == text && n.Link == link)
            .Select(n => n.UserId).ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var added = ids.Except(already).Select(id => new Notification { UserId = id, Text = text, Link = link, CreatedAtUtc = now }).ToList();
        db.AddRange(added);
        await db.SaveChangesAsync(ct);
        _unread = null;
        return added.Count;
    }

    /// <summary>Counted once per request (the bell and the pact widget both show it); a change in this request counts again.</summary>
    public async Task<int> UnreadCountAsync(CancellationToken ct = default) =>
        _unread ??= currentUser.UserId is { } userId
            ? await db.Set<Notification>().CountAsync(n => n.UserId == userId && !n.IsRead, ct)
            : 0;

    private int? _unread;

    public async Task<IReadOnlyList<NotificationItem>> ListAsync(int take = 100, CancellationToken ct = default)
    {
        if (currentUser.UserId is not { } userId)
        {
            return [];
        }
        var items = await db.Set<Notification>().AsNoTracking().Where(n => n.UserId == userId)
            .OrderByDescending(n => n.Id).Take(take)
            .Select(n => new NotificationItem(n.Id, n.Text, n.Link, n.IsRead, n.CreatedAtUtc))
            .ToListAsync(ct);
        return items;
    }

    /// <summary>Marks one (or, with null, all) of the current user's notifications read. Returns the link to follow, if any.</summary>
    public async Task<string?> MarkReadAsync(int? id, CancellationToken ct = default)
    {
        if (currentUser.UserId is not { } userId)
        {
            return null;
        }
        var query = db.Set<Notification>().Where(n => n.UserId == userId && !n.IsRead);
        if (id is { } one)
        {
            query = db.Set<Notification>().Where(n => n.UserId == userId && n.Id == one);
        }
        var items = await query.ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var n in items)
        {
            n.MarkRead(now);
        }
        await db.SaveChangesAsync(ct);
        _unread = null;
        return id is null ? null : items.FirstOrDefault()?.Link;
    }
}
