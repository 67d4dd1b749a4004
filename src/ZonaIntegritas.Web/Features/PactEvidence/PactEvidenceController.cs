using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using ZonaIntegritas.Web.Domain.Common;
using ZonaIntegritas.Web.Features.PactCampaigns;
using ZonaIntegritas.Web.Infrastructure.Authorization;
using ZonaIntegritas.Web.Infrastructure.Web;
using ZonaIntegritas.Web.Infrastructure.Web.DomainErrors;

namespace ZonaIntegritas.Web.Features.PactEvidence;

[Authorize(Policy = Permissions.ManagePacts)]
[Route("pakta/kampanye/{id:int}/eviden")]
public sealed class PactEvidenceController(PactEvidenceService evidence, IValidator<FilePactEvidenceInput> validator) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int id, CancellationToken ct) => View(await evidence.FormAsync(id, ct: ct));

    [HttpPost(""), ValidateAntiForgeryToken]
    [OnDomainError(DomainErrorResponse.Form)]
    public async Task<IActionResult> Index(int id, FilePactEvidenceInput input, CancellationToken ct)
    {
        if (await validator.ValidateIntoAsync(input, ModelState))
        {
            await evidence.FileAsync(id, input.Codes(), ct);
            TempData["Success"] = $"PDF gabungan dan daftar penandatangan disimpan sebagai eviden untuk {string.Join(", ", input.Codes())}.";
            return RedirectToAction("Details", "PactCampaigns", new { id });
        }
        return View(await evidence.FormAsync(id, input, ct));
    }
}
