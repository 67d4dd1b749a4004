using Microsoft.AspNetCore.Mvc;

namespace ZonaIntegritas.Web.Features.Notifications;

/// <summary>The signed-in user's own notifications (any role).</summary>
[Route("notifikasi")]
public sealed class NotificationsController(NotificationService notifications) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await notifications.ListAsync(ct: ct));

    [HttpPost("{id:int}/baca"), ValidateAntiForgeryToken]
    public async Task<IActionResult> Read(int id, CancellationToken ct)
    {
        var link = await notifications.MarkReadAsync(id, ct);
        return link is not null && Url.IsLocalUrl(link) ? LocalRedirect(link) : RedirectToAction(nameof(Index));
    }

    [HttpPost("baca-semua"), ValidateAntiForgeryToken]
    public async Task<IActionResult> ReadAll(CancellationToken ct)
    {
        await notifications.MarkReadAsync(null, ct);
        return RedirectToAction(nameof(Index));
    }
}
