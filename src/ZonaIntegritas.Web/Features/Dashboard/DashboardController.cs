using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using ZonaIntegritas.Web.Domain.Common;
using ZonaIntegritas.Web.Domain.Units;
using ZonaIntegritas.Web.Features.Rollup;
using ZonaIntegritas.Web.Features.Worksheet;
using ZonaIntegritas.Web.Infrastructure.Authorization;
using ZonaIntegritas.Web.Infrastructure.Time;
using ZonaIntegritas.Web.Infrastructure.Web.DomainErrors;
using ZonaIntegritas.Web.Infrastructure.Web.PageCache;

namespace ZonaIntegritas.Web.Features.Dashboard;

/// <summary>"Kesiapan ZI": the unit dashboard (the Pimpinan's home page), the planner and pushing planner rows.</summary>
[Authorize(Policy = Permissions.ViewDashboard)]
[Route("kesiapan")]
public sealed class DashboardController(DashboardService dashboard, PlannerService planner) : Controller
{
    [CachedPage]
    [HttpGet("")]
    public async Task<IActionResult> Index(int? unit, int? year, string? basis, CancellationToken ct)
    {
        var (model, empty) = await dashboard.GetAsync(unit, year, basis, ct);
        if (model is not null)
        {
            return View(model);
        }
        // A parent unit without its own assessment (a Kanwil) lands on the roll-up of its units.
        if (unit is null && empty!.HasChildUnits && empty.CanViewRollup)
        {
            return RedirectToAction(nameof(RollupController.Index), "Rollup", new { year = empty.Year });
        }
        return View("Empty", empty);
    }

    [CachedPage]
    [HttpGet("pdf")]
    public async Task<IActionResult> Pdf(int? unit, int? year, string? basis, CancellationToken ct)
    {
        var (model, _) = await dashboard.GetAsync(unit, year, basis, ct);
        if (model is null)
        {
            return NotFound();
        }
        var today = HttpContext.RequestServices.GetRequiredService<UnitClock>().TodayIn(model.Header.Zone);
        return File(DashboardPdf.Write(model, today), "application/pdf", $"kesiapan-zi-{model.Header.Year}.pdf");
    }

    /// <summary>A question of a unit-year's LKE (from a work-plan item): its worksheet tab.</summary>
    [HttpGet("pertanyaan")]
    public async Task<IActionResult> Question(int unit, int year, string code, CancellationToken ct)
    {
        var (assessmentId, tab) = await planner.QuestionTargetAsync(unit, year, code, ct);
        return RedirectToAction(nameof(WorksheetController.Index), "Worksheet", new { id = assessmentId, tab }, "q-" + code);
    }

    [HttpGet("rencana")]
    public async Task<IActionResult> Planner(int assessment, string? basis, CancellationToken ct) =>
        View(await planner.PageAsync(assessment, basis, ct));

    [HttpPost("rencana/dorong"), ValidateAntiForgeryToken, Authorize(Policy = Permissions.PushPlanner)]
    [OnDomainError(DomainErrorResponse.RedirectBack)]
    public async Task<IActionResult> Push(PushPlannerInput input, CancellationToken ct)
    {
        var created = await planner.PushAsync(input, ct);
        TempData["Success"] = created == 0
            ? "Baris yang dipilih sudah ada di rencana kerja; tidak ada kegiatan baru."
            : $"{created} kegiatan ditambahkan ke rencana kerja.";
        return RedirectToAction(nameof(Planner), new { assessment = input.AssessmentId, basis = input.Basis });
    }
}
