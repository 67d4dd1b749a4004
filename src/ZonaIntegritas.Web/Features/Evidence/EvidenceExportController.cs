using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using ZonaIntegritas.Web.Infrastructure.Authorization;
using ZonaIntegritas.Web.Infrastructure.Web;

namespace ZonaIntegritas.Web.Features.Evidence;

/// <summary>The ZIP export per LKE code of one unit and year, streamed while it is built.</summary>
[Authorize(Policy = Permissions.ViewEvidence)]
[Route("eviden/ekspor")]
public sealed class EvidenceExportController(EvidenceExportService export) : Controller
{
    [HttpGet("zip")]
    public async Task<IActionResult> Zip(int unitId, int year, CancellationToken ct)
    {
        var plan = await export.PlanAsync(unitId, year, ct);
        return new FileCallbackResult("application/zip", plan.FileName, (body, token) => export.WriteAsync(plan, body, token));
    }
}
