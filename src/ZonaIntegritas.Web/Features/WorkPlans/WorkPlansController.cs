using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using ZonaIntegritas.Web.Domain.Common;
using ZonaIntegritas.Web.Infrastructure.Authorization;
using ZonaIntegritas.Web.Infrastructure.Files;
using ZonaIntegritas.Web.Infrastructure.Web.DomainErrors;
using ZonaIntegritas.Web.Infrastructure.Web.PageCache;
using ZonaIntegritas.Web.Infrastructure.Web;

namespace ZonaIntegritas.Web.Features.WorkPlans;

/// <summary>
/// The ZI work plan. Readers (not Pegawai) see it; KetuaTim edits all items, coordinators the items of their
/// area (checked in the service); the Pimpinan approves a version.
/// </summary>
[Authorize(Policy = Permissions.ViewWorkPlan)]
[Route("rencana-kerja")]
public sealed class WorkPlansController(WorkPlanService plans, WorkPlanExcel excel) : Controller
{
    [CachedPage]
    [HttpGet("")]
    public async Task<IActionResult> Index(int? unitId, int? year, [FromQuery] WorkPlanFilter filter, CancellationToken ct) =>
        View(await plans.GetIndexAsync(unitId, year, filter, ct));

    [HttpGet("linimasa")]
    public async Task<IActionResult> Timeline(int? unitId, int? year, CancellationToken ct) => View(await plans.GetTimelineAsync(unitId, year, ct));

    [HttpGet("cakupan")]
    public async Task<IActionResult> Coverage(int? unitId, int? year, CancellationToken ct) => View(await plans.GetCoverageAsync(unitId, year, ct));

    [HttpGet("butir/{id:int?}")]
    public async Task<IActionResult> Item(int id, CancellationToken ct) => View(await plans.GetItemAsync(id, ct));

    [HttpGet("ekspor")]
    public async Task<IActionResult> Export(int? unitId, int? year, CancellationToken ct)
    {
        var (content, fileName) = await excel.ExportAsync(unitId, year, ct);
        return File(content, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", fileName);
    }

    [HttpGet("ubah/{id:int?}"), Authorize(Policy = Permissions.EditWorkPlan)]
    public async Task<IActionResult> Edit(int? id, int? unitId, int? year, CancellationToken ct) => View(await plans.ItemFormAsync(id, unitId, year, ct));

    [HttpPost("ubah/{id:int?}"), ValidateAntiForgeryToken, Authorize(Policy = Permissions.EditWorkPlan)]
    [OnDomainError(DomainErrorResponse.Form)]
    public async Task<IActionResult> Edit(SaveWorkPlanItemInput input, [FromServices] IValidator<SaveWorkPlanItemInput> validator, CancellationToken ct)
    {
        if (await validator.ValidateIntoAsync(input, ModelState))
        {
            var id = await plans.SaveItemAsync(input, ct);
            TempData["Success"] = "Kegiatan rencana kerja disimpan.";
            return RedirectToAction(nameof(Item), new { id });
        }
        return View((await plans.ItemFormAsync(input.Id, input.UnitId, input.Year, ct)) with { Input = input });
    }

    [HttpPost("pemantauan"), ValidateAntiForgeryToken, Authorize(Policy = Permissions.EditWorkPlan)]
    [OnDomainError(DomainErrorResponse.Form)]
    public async Task<IActionResult> Monitor(AddMonitoringInput input, [FromServices] IValidator<AddMonitoringInput> validator, CancellationToken ct)
    {
        if (await validator.ValidateIntoAsync(input, ModelState))
        {
            await plans.AddMonitoringAsync(input, ct);
            TempData["Success"] = "Catatan monev disimpan.";
            return RedirectToAction(nameof(Item), new { id = input.ItemId });
        }
        return View(nameof(Item), (await plans.GetItemAsync(input.ItemId, ct)) with { Monitor = input });
    }

    [HttpPost("tindak-lanjut"), ValidateAntiForgeryToken, Authorize(Policy = Permissions.EditWorkPlan)]
    [OnDomainError(DomainErrorResponse.RedirectBack, Action = "Item", RouteKeys = ["id=itemId"])]
    public async Task<IActionResult> FollowUp(AddFollowUpInput input, int itemId, [FromServices] IValidator<AddFollowUpInput> validator, CancellationToken ct)
    {
        if (await validator.ValidateIntoAsync(input, ModelState))
        {
            await plans.AddFollowUpAsync(input, ct);
            TempData["Success"] = "Tindak lanjut ditambahkan.";
        }
        return RedirectToAction(nameof(Item), new { id = itemId });
    }

    [HttpPost("tutup-tindak-lanjut"), ValidateAntiForgeryToken, Authorize(Policy = Permissions.EditWorkPlan)]
    [OnDomainError(DomainErrorResponse.RedirectBack, Action = "Item", RouteKeys = ["id=itemId"])]
    public async Task<IActionResult> CloseFollowUp(CloseFollowUpInput input, int itemId, [FromServices] IValidator<CloseFollowUpInput> validator, CancellationToken ct)
    {
        if (await validator.ValidateIntoAsync(input, ModelState))
        {
            await plans.CloseFollowUpAsync(input, ct);
            TempData["Success"] = "Tindak lanjut ditutup.";
        }
        return RedirectToAction(nameof(Item), new { id = itemId });
    }

    [HttpPost("setujui"), ValidateAntiForgeryToken, Authorize(Policy = Permissions.ApproveWorkPlan)]
    [OnDomainError(DomainErrorResponse.RedirectBack, Action = "Index", RouteKeys = ["unitId", "year"])]
    public async Task<IActionResult> Approve(ApproveWorkPlanInput input, int unitId, int year, CancellationToken ct)
    {
        (unitId, year) = await plans.ApproveAsync(input, ct);
        TempData["Success"] = $"Rencana kerja versi {input.Version} disetujui.";
        return RedirectToAction(nameof(Index), new { unitId, year });
    }

    [HttpGet("impor"), Authorize(Policy = Permissions.EditWorkPlan)]
    public async Task<IActionResult> Import(int? unitId, int? year, CancellationToken ct)
    {
        var index = await plans.GetIndexAsync(unitId, year, new WorkPlanFilter(), ct);
        return View(new ImportViewModel(index.Unit, index.Year, null));
    }

    /// <summary>
    /// The XLSX passes the one file intake (empty, <c>Uploads:MaxImportBytes</c>, XLSX by content, virus scan; ADR 0014)
    /// and is read from the staged copy, which is deleted afterwards: imports are not kept. A refusal comes back
    /// through the filter and is listed like the rows' errors.
    /// </summary>
    [HttpPost("impor"), ValidateAntiForgeryToken, Authorize(Policy = Permissions.EditWorkPlan)]
    [OnDomainError(DomainErrorResponse.Form)]
    public async Task<IActionResult> Import(int unitId, int year, IFormFile? file, [FromServices] FileIntake intake, CancellationToken ct)
    {
        var index = await plans.GetIndexAsync(unitId, year, new WorkPlanFilter(), ct);
        if (HttpContext.DomainError() is { } refused)
        {
            return View(new ImportViewModel(index.Unit, year, new ImportResult(0, 0, [new ImportError(0, "", refused.Message)])));
        }
        if (file is null || (file.Length == 0 && string.IsNullOrEmpty(file.FileName)))
        {
            return View(new ImportViewModel(index.Unit, year, new ImportResult(0, 0, [new ImportError(0, "", "Pilih berkas Excel (.xlsx) untuk diimpor.")])));
        }
        ImportResult result;
        await using (var accepted = await intake.AcceptAsync(file, UploadPurpose.WorkPlanImport, ct))
        await using (var stream = accepted.Staged.OpenRead())
        {
            result = await excel.ImportAsync(unitId, year, stream, ct);
        }
        if (result.Succeeded)
        {
            TempData["Success"] = $"Impor selesai: {result.Created} kegiatan baru, {result.Updated} kegiatan diperbarui.";
            return RedirectToAction(nameof(Index), new { unitId, year });
        }
        return View(new ImportViewModel(index.Unit, year, result));
    }
}
