using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using ZonaIntegritas.Web.Domain.Common;
using ZonaIntegritas.Web.Infrastructure.Authorization;
using ZonaIntegritas.Web.Infrastructure.Web;
using ZonaIntegritas.Web.Infrastructure.Web.DomainErrors;

namespace ZonaIntegritas.Web.Features.PactSignatures;

[Route("pakta/tandatangan")]
public sealed class PactSignaturesController(
    PactSignatureService signatures,
    PactPaperService paper,
    IValidator<VoidPactSignatureInput> voidValidator,
    IValidator<RecordPaperSignatureInput> paperValidator) : Controller
{
    [HttpGet("{id:int}")]
    [Authorize(Policy = Permissions.ViewPactCoverage)]
    public async Task<IActionResult> Details(int id, CancellationToken ct) => View(await signatures.DetailsAsync(id, ct));

    /// <summary>The signed PDF: the signer's own, or any in scope for coverage viewers (checked by the service).</summary>
    [HttpGet("{id:int}/pdf")]
    [Authorize(Policy = Permissions.SignPacts)]
    public async Task<IActionResult> Pdf(int id, CancellationToken ct)
    {
        var file = await signatures.PdfAsync(id, ct);
        return File(file.Content, file.ContentType, file.FileName);
    }

    [HttpGet("{id:int}/pindaian")]
    [Authorize(Policy = Permissions.SignPacts)]
    public async Task<IActionResult> Scan(int id, CancellationToken ct)
    {
        var file = await signatures.ScanAsync(id, ct);
        return File(file.Content, file.ContentType, file.FileName);
    }

    [HttpPost("{id:int}/batalkan"), ValidateAntiForgeryToken]
    [Authorize(Policy = Permissions.VoidPactSignatures)]
    [OnDomainError(DomainErrorResponse.Form)]
    public async Task<IActionResult> Void(int id, VoidPactSignatureInput input, CancellationToken ct)
    {
        if (await voidValidator.ValidateIntoAsync(input, ModelState))
        {
            await signatures.VoidAsync(id, input.Reason!, ct);
            TempData["Success"] = "Tanda tangan dibatalkan. Alasan pembatalan disimpan.";
            return RedirectToAction(nameof(Details), new { id });
        }
        ViewData["VoidReason"] = input.Reason;
        return View(nameof(Details), await signatures.DetailsAsync(id, ct));
    }

    [HttpGet("kertas/{campaignId:int}")]
    [Authorize(Policy = Permissions.ManagePacts)]
    public async Task<IActionResult> Paper(int campaignId, CancellationToken ct) => View(await paper.FormAsync(campaignId, ct: ct));

    [HttpPost("kertas/{campaignId:int}"), ValidateAntiForgeryToken]
    [Authorize(Policy = Permissions.ManagePacts)]
    [OnDomainError(DomainErrorResponse.Form)]
    public async Task<IActionResult> Paper(int campaignId, RecordPaperSignatureInput input, CancellationToken ct)
    {
        if (await paperValidator.ValidateIntoAsync(input, ModelState))
        {
            var id = await paper.RecordAsync(campaignId, input, ct);
            TempData["Success"] = "Pakta bertanda tangan basah berhasil dicatat.";
            return RedirectToAction(nameof(Details), new { id });
        }
        return View(await paper.FormAsync(campaignId, input, ct));
    }
}
