using Microsoft.AspNetCore.Mvc;

namespace ZonaIntegritas.Web.Features.Notifications;

/// <summary>The menu entry to /notifikasi with the signed-in user's unread count.</summary>
public sealed class NotificationBellViewComponent(NotificationService notifications) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() =>
        View("~/Features/Notifications/_Bell.cshtml", await notifications.UnreadCountAsync(HttpContext.RequestAborted));
}
