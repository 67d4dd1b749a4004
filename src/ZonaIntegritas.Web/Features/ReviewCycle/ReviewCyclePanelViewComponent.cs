using Microsoft.AspNetCore.Mvc;

namespace ZonaIntegritas.Web.Features.ReviewCycle;

/// <summary>The cycle panel on the assessment page: the user's own steps and the timeline.</summary>
public sealed class ReviewCyclePanelViewComponent(ReviewCycleService cycle) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int assessmentId) =>
        View("~/Features/ReviewCycle/_Panel.cshtml", await cycle.PanelAsync(assessmentId, HttpContext.RequestAborted));
}
