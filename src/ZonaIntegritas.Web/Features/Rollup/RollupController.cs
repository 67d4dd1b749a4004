using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using ZonaIntegritas.Web.Domain.Units;
using ZonaIntegritas.Web.Infrastructure.Authorization;
using ZonaIntegritas.Web.Infrastructure.Time;
using ZonaIntegritas.Web.Infrastructure.Web.PageCache;

namespace ZonaIntegritas.Web.Features.Rollup;

/// <summary>"Rekap unit": the parent unit's table of its units, with Excel and PDF export.</summary>
[Authorize(Policy = Permissions.ViewRollup)]
[Route("rekap")]
public sealed class RollupController(RollupService rollup, UnitClock clock) : Controller
{
    [CachedPage]
    [HttpGet("")]
    public async Task<IActionResult> Index(int? unit, int? year, string? sort, CancellationToken ct) =>
        View(await rollup.GetAsync(unit, year, sort, ct));

    [HttpGet("excel")]
    public async Task<IActionResult> Excel(int? unit, int? year, CancellationToken ct)
    {
        var model = await rollup.GetAsync(unit, year, null, ct);
        return File(RollupExcel.Write(model), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"rekap-unit-{model.Year}.xlsx");
    }

    [CachedPage]
    [HttpGet("pdf")]
    public async Task<IActionResult> Pdf(int? unit, int? year, string? sort, CancellationToken ct)
    {
        var model = await rollup.GetAsync(unit, year, sort, ct);
        var today = clock.TodayIn(model.Zone);
        return File(RollupPdf.Write(model, today), "application/pdf", $"rekap-unit-{model.Year}.pdf");
    }
}
