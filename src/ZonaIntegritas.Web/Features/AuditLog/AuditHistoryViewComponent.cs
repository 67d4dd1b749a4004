using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using ZonaIntegritas.Web.Infrastructure.Authorization;

namespace ZonaIntegritas.Web.Features.AuditLog;

/// <summary>
/// The "Riwayat" card on an object's page: <c>@await Component.InvokeAsync("AuditHistory", new { entityType = "EvidenceItem", entityId = id })</c>.
/// Shown only to users with <see cref="Permissions.ViewAuditLog"/>; renders nothing for others.
/// </summary>
public sealed class AuditHistoryViewComponent(AuditLogService audit, IAuthorizationService authorization) : ViewComponent
{
    public const int DefaultTake = 10;

    public async Task<IViewComponentResult> InvokeAsync(string entityType, string entityId, int take = DefaultTake)
    {
        if (!(await authorization.AuthorizeAsync(HttpContext.User, Permissions.ViewAuditLog)).Succeeded)
        {
            return Content("");
        }
        var model = await audit.HistoryAsync(entityType, entityId, take, HttpContext.RequestAborted);
        return View("~/Features/AuditLog/_History.cshtml", model);
    }
}
