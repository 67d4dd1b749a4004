using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using ZonaIntegritas.Web.Domain.Common;
using ZonaIntegritas.Web.Infrastructure.Authorization;
using ZonaIntegritas.Web.Infrastructure.Web;
using ZonaIntegritas.Web.Infrastructure.Web.DomainErrors;

namespace ZonaIntegritas.Web.Features.Staff;

[Authorize(Policy = Permissions.ViewStaff)]
[Route("pegawai")]
public sealed class StaffController(StaffService staff, IValidator<SaveStaffInput> validator) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] StaffFilterInput filter, CancellationToken ct) =>
        View(await staff.ListAsync(filter, ct));

    [HttpGet("baru"), Authorize(Policy = Permissions.ManageStaff)]
    public async Task<IActionResult> Create(int? unitId, CancellationToken ct) =>
        View("Form", await staff.BuildFormAsync(null, new SaveStaffInput { UnitId = unitId ?? 0 }, ct));

    [HttpPost("baru"), ValidateAntiForgeryToken, Authorize(Policy = Permissions.ManageStaff)]
    [OnDomainError(DomainErrorResponse.Form)]
    public async Task<IActionResult> Create([Bind(Prefix = "Input")] SaveStaffInput input, CancellationToken ct)
    {
        if (await validator.ValidateIntoAsync(input, ModelState, "Input"))
        {
            await staff.CreateAsync(input, ct);
            TempData["Success"] = $"Pegawai {(input.FullName ?? "").Trim()} berhasil ditambahkan.";
            return RedirectToAction(nameof(Index));
        }
        return View("Form", await staff.BuildFormAsync(null, input, ct));
    }

    [HttpGet("ubah/{id:int?}"), Authorize(Policy = Permissions.ManageStaff)]
    public async Task<IActionResult> Edit(int id, CancellationToken ct) =>
        View("Form", await staff.BuildFormAsync(id, await staff.GetForEditAsync(id, ct), ct));

    [HttpPost("ubah/{id:int?}"), ValidateAntiForgeryToken, Authorize(Policy = Permissions.ManageStaff)]
    [OnDomainError(DomainErrorResponse.Form)]
    public async Task<IActionResult> Edit(int id, [Bind(Prefix = "Input")] SaveStaffInput input, CancellationToken ct)
    {
        // Scope first: a record outside the user's units is refused before its form is even validated.
        await staff.GetForEditAsync(id, ct);
        if (await validator.ValidateIntoAsync(input, ModelState, "Input"))
        {
            await staff.UpdateAsync(id, input, ct);
            TempData["Success"] = $"Data pegawai {(input.FullName ?? "").Trim()} berhasil disimpan.";
            return RedirectToAction(nameof(Index));
        }
        return View("Form", await staff.BuildFormAsync(id, input, ct));
    }
}
