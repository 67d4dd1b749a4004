using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using ZonaIntegritas.Web.Domain.Common;
using ZonaIntegritas.Web.Infrastructure.Authorization;
using ZonaIntegritas.Web.Infrastructure.Web;
using ZonaIntegritas.Web.Infrastructure.Web.DomainErrors;

namespace ZonaIntegritas.Web.Features.PactTemplates;

[Authorize(Policy = Permissions.ManagePacts)]
[Route("pakta/templat")]
public sealed class PactTemplatesController(PactTemplateService templates, IValidator<SavePactTemplateInput> validator) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await templates.ListAsync(ct));

    [HttpGet("baru")]
    public async Task<IActionResult> Create(CancellationToken ct) => View("Edit", await templates.NewFormAsync(ct));

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, int? versi, CancellationToken ct) => View(await templates.DetailsAsync(id, versi, ct));

    [HttpGet("{id:int}/ubah")]
    public async Task<IActionResult> Edit(int id, CancellationToken ct) => View(await templates.EditFormAsync(id, ct));

    [HttpPost("simpan"), ValidateAntiForgeryToken]
    [OnDomainError(DomainErrorResponse.Form)]
    public async Task<IActionResult> Save(SavePactTemplateInput input, CancellationToken ct)
    {
        if (await validator.ValidateIntoAsync(input, ModelState))
        {
            var saved = await templates.SaveAsync(input, ct);
            TempData["Success"] = saved.NewVersion
                ? $"Versi sebelumnya sudah ditandatangani, sehingga teks disimpan sebagai versi {saved.VersionNumber}."
                : $"Templat disimpan (versi {saved.VersionNumber}).";
            return RedirectToAction(nameof(Details), new { id = saved.Id });
        }
        return View("Edit", await templates.FormAsync(input, ct));
    }

    /// <summary>htmx: the texts rendered with a sample signer.</summary>
    [HttpPost("pratinjau"), ValidateAntiForgeryToken]
    public IActionResult Preview(SavePactTemplateInput input) =>
        PartialView("_Preview", templates.Preview(input.Title, input.OfficialBody, input.StaffBody));
}
