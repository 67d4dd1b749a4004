using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using ZonaIntegritas.Web.Domain.Common;
using ZonaIntegritas.Web.Infrastructure.Authorization;
using ZonaIntegritas.Web.Infrastructure.Web;
using ZonaIntegritas.Web.Infrastructure.Web.DomainErrors;

namespace ZonaIntegritas.Web.Features.Assessments;

[Authorize(Policy = Permissions.ViewAssessments)]
[Route("penilaian")]
public sealed class AssessmentsController(
    AssessmentService assessments,
    IValidator<CreateAssessmentInput> createValidator,
    IValidator<RecordExternalResultInput> externalValidator) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int? year, CancellationToken ct) => View(await assessments.ListAsync(year, ct));

    [HttpGet("baru"), Authorize(Policy = Permissions.ManageAssessments)]
    public async Task<IActionResult> Create(CancellationToken ct) => View(await assessments.CreateFormAsync(null, ct));

    [HttpPost("baru"), ValidateAntiForgeryToken, Authorize(Policy = Permissions.ManageAssessments)]
    [OnDomainError(DomainErrorResponse.Form)]
    public async Task<IActionResult> Create(CreateAssessmentInput input, CancellationToken ct)
    {
        if (await createValidator.ValidateIntoAsync(input, ModelState))
        {
            var (id, notes, warning) = await assessments.CreateAsync(input, ct);
            TempData["Success"] = $"Penilaian tahun {input.Year} dibuat. {notes}".TrimEnd();
            TempData["Warning"] = warning;
            return RedirectToAction(nameof(Details), new { id });
        }
        return View(await assessments.CreateFormAsync(input, ct));
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken ct) => View(await assessments.DetailsAsync(id, ct));

    [HttpPost("jadwal/{id:int?}"), ValidateAntiForgeryToken, Authorize(Policy = Permissions.ManageAssessments)]
    [OnDomainError(DomainErrorResponse.RedirectBack, Action = "Details", RouteKeys = ["id"])]
    public async Task<IActionResult> Windows(int id, EditWindowsInput input, CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            TempData["Error"] = "Tanggal jadwal tidak valid: " + string.Join(" ", ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage));
            return RedirectToAction(nameof(Details), new { id });
        }
        await assessments.SetWindowsAsync(id, input, ct);
        TempData["Success"] = "Jadwal tahap disimpan.";
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpPost("hasil-eksternal/{id:int?}"), ValidateAntiForgeryToken, Authorize(Policy = Permissions.ManageAssessments)]
    [OnDomainError(DomainErrorResponse.RedirectBack, Action = "Details", RouteKeys = ["id"])]
    public async Task<IActionResult> External(int id, RecordExternalResultInput input, CancellationToken ct)
    {
        if (!await externalValidator.ValidateIntoAsync(input, ModelState))
        {
            TempData["Error"] = string.Join(" ", ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage).Distinct());
            return RedirectToAction(nameof(Details), new { id });
        }
        await assessments.RecordExternalAsync(id, input, ct);
        TempData["Success"] = "Hasil tahap eksternal disimpan.";
        return RedirectToAction(nameof(Details), new { id });
    }
}
