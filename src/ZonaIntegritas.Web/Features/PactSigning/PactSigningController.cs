using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using ZonaIntegritas.Web.Domain.Common;
using ZonaIntegritas.Web.Infrastructure.Authorization;
using ZonaIntegritas.Web.Infrastructure.Web;
using ZonaIntegritas.Web.Infrastructure.Web.DomainErrors;

namespace ZonaIntegritas.Web.Features.PactSigning;

/// <summary>The signed-in employee's own pacts: what waits, the signing page, the confirmation.</summary>
[Authorize(Policy = Permissions.SignPacts)]
[Route("pakta/saya")]
public sealed class PactSigningController(PactSigningService signing, IValidator<SignPactInput> validator) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await signing.MyPactsAsync(ct));

    [HttpGet("{campaignId:int}")]
    public async Task<IActionResult> Sign(int campaignId, CancellationToken ct) =>
        View(await signing.SigningPageAsync(campaignId, ct));

    [HttpPost("{campaignId:int}"), ValidateAntiForgeryToken]
    [OnDomainError(DomainErrorResponse.Form)]
    public async Task<IActionResult> Sign(int campaignId, SignPactInput input, CancellationToken ct)
    {
        input.CampaignId = campaignId;
        if (await validator.ValidateIntoAsync(input, ModelState))
        {
            var id = await signing.SignAsync(input, HttpContext.Connection.RemoteIpAddress?.ToString(), Request.Headers.UserAgent.ToString(), ct);
            TempData["Success"] = "Pakta Integritas berhasil ditandatangani.";
            return RedirectToAction(nameof(Done), new { signatureId = id });
        }
        ViewData["TypedName"] = input.TypedName;
        return View(await signing.SigningPageAsync(campaignId, ct));
    }

    [HttpGet("selesai/{signatureId:int}")]
    public async Task<IActionResult> Done(int signatureId, CancellationToken ct) => View(await signing.SignedAsync(signatureId, ct));
}
