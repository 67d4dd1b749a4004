using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using ZonaIntegritas.Web.Domain.Common;
using ZonaIntegritas.Web.Infrastructure.Authorization;
using ZonaIntegritas.Web.Infrastructure.Web.DomainErrors;

namespace ZonaIntegritas.Web.Features.ReviewCycle;

/// <summary>The steps of the review cycle. Who may take which step is decided by the service, per step.</summary>
[Authorize(Policy = Permissions.ViewAssessments)]
[Route("siklus-reviu")]
public sealed class ReviewCycleController(ReviewCycleService cycle) : Controller
{
    [HttpPost("transisi/{id:int?}"), ValidateAntiForgeryToken]
    [OnDomainError(DomainErrorResponse.RedirectBack, Action = "Details", Controller = "Assessments", RouteKeys = ["id"])]
    public async Task<IActionResult> Transition(int id, TransitionInput input, CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            TempData["Error"] = "Tanggal jadwal tidak valid.";
            return RedirectToAction("Details", "Assessments", new { id });
        }
        TempData["Success"] = await cycle.TransitionAsync(id, input, ct);
        return RedirectToAction("Details", "Assessments", new { id });
    }
}
