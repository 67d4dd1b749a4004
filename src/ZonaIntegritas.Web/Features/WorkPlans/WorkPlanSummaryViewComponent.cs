using Microsoft.AspNetCore.Mvc;
using ZonaIntegritas.Web.Infrastructure.Identity;

namespace ZonaIntegritas.Web.Features.WorkPlans;

/// <summary>Home-page card: this year's work plan at a glance (late items, open follow-ups, approval).</summary>
public sealed class WorkPlanSummaryViewComponent(WorkPlanService plans) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        if (UserClaimsPrincipal.GetUnitId() is null)
        {
            return Content("");
        }
        return View("~/Features/WorkPlans/Components/WorkPlanSummary.cshtml", await plans.GetSummaryAsync(HttpContext.RequestAborted));
    }
}
