using Microsoft.AspNetCore.Mvc;
using ZonaIntegritas.Web.Infrastructure.Authorization;

namespace ZonaIntegritas.Web.Features.Evidence;

/// <summary>
/// Per-area table of a unit's evidence links for a year (accepted / pending / needs fix / rejected / needs
/// revalidation, questions with evidence). Invoke with <c>new { unitId, year }</c>.
/// </summary>
public sealed class AreaEvidenceSummaryViewComponent(EvidenceSummaryService summary, EvidenceAccess access) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int unitId, int year)
    {
        if (!access.Has(Permissions.ViewEvidence) || !(await access.VisibleUnitIdsAsync(HttpContext.RequestAborted)).Contains(unitId))
        {
            return Content("");
        }
        return View("~/Features/Evidence/Components/AreaEvidenceSummary.cshtml", await summary.GetAreaSummaryAsync(unitId, year, HttpContext.RequestAborted));
    }
}
