using Microsoft.AspNetCore.Mvc;
using ZonaIntegritas.Web.Features.Notifications;
using ZonaIntegritas.Web.Infrastructure.Identity;

namespace ZonaIntegritas.Web.Features.PactSigning;

/// <summary>Home widget "Pakta menunggu tanda tangan Anda", with the unread notification count.</summary>
public sealed class PendingPactsViewComponent(PactSigningService signing, NotificationService notifications) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var model = new PendingPactsWidgetModel(
            UserClaimsPrincipal.GetStaffMemberId() is not null,
            await signing.PendingAsync(HttpContext.RequestAborted),
            await notifications.UnreadCountAsync(HttpContext.RequestAborted));
        return View("~/Features/PactSigning/_PendingPactsWidget.cshtml", model);
    }
}
