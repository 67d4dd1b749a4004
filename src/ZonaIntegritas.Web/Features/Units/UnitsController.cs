using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using ZonaIntegritas.Web.Domain.Common;
using ZonaIntegritas.Web.Infrastructure.Authorization;
using ZonaIntegritas.Web.Infrastructure.Web;
using ZonaIntegritas.Web.Infrastructure.Web.DomainErrors;

namespace ZonaIntegritas.Web.Features.Units;

[Authorize(Policy = Permissions.ManageUnits)]
[Route("unit")]
public sealed class UnitsController(UnitsService units, IValidator<SaveUnitInput> validator) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await units.TreeAsync(ct));

    [HttpGet("baru")]
    public async Task<IActionResult> Create(int? parentId, CancellationToken ct) =>
        View("Form", await units.BuildFormAsync(null, new SaveUnitInput { ParentId = parentId }, ct));

    [HttpPost("baru"), ValidateAntiForgeryToken]
    [OnDomainError(DomainErrorResponse.Form)]
    public async Task<IActionResult> Create([Bind(Prefix = "Input")] SaveUnitInput input, CancellationToken ct)
    {
        if (await validator.ValidateIntoAsync(input, ModelState, "Input"))
        {
            await units.CreateAsync(input, ct);
            TempData["Success"] = $"Unit {(input.Name ?? "").Trim()} berhasil ditambahkan.";
            return RedirectToAction(nameof(Index));
        }
        return View("Form", await units.BuildFormAsync(null, input, ct));
    }

    [HttpGet("ubah/{id:int?}")]
    public async Task<IActionResult> Edit(int id, CancellationToken ct) =>
        View("Form", await units.BuildFormAsync(id, await units.GetForEditAsync(id, ct), ct));

    [HttpPost("ubah/{id:int?}"), ValidateAntiForgeryToken]
    [OnDomainError(DomainErrorResponse.Form)]
    public async Task<IActionResult> Edit(int id, [Bind(Prefix = "Input")] SaveUnitInput input, CancellationToken ct)
    {
        if (await validator.ValidateIntoAsync(input, ModelState, "Input"))
        {
            await units.UpdateAsync(id, input, ct);
            TempData["Success"] = $"Perubahan unit {(input.Name ?? "").Trim()} berhasil disimpan.";
            return RedirectToAction(nameof(Index));
        }
        return View("Form", await units.BuildFormAsync(id, input, ct));
    }

    [HttpPost("hapus/{id:int?}"), ValidateAntiForgeryToken]
    [OnDomainError(DomainErrorResponse.RedirectBack, Action = "Edit", RouteKeys = ["id"])]
    public async Task<IActionResult> Delete(int id, CancellationToken ct)
    {
        var name = await units.DeleteAsync(id, ct);
        TempData["Success"] = $"Unit {name} berhasil dihapus.";
        return RedirectToAction(nameof(Index));
    }
}
