using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using ZonaIntegritas.Web.Domain.Common;
using ZonaIntegritas.Web.Infrastructure.Authorization;
using ZonaIntegritas.Web.Infrastructure.Web.DomainErrors;

namespace ZonaIntegritas.Web.Features.Evidence;

/// <summary>PenilaiInternal marks a question–evidence link Diterima / Perlu Perbaikan / Ditolak with a note.</summary>
[Authorize(Policy = Permissions.ReviewEvidence)]
[Route("eviden/reviu")]
public sealed class EvidenceReviewController(EvidenceReviewService reviews, IValidator<ReviewEvidenceInput> validator) : Controller
{
    [HttpPost(""), ValidateAntiForgeryToken]
    [OnDomainError(DomainErrorResponse.RedirectBack, Action = "Index", Controller = "Evidence")]
    public async Task<IActionResult> Review(ReviewEvidenceInput input, CancellationToken ct)
    {
        var result = await validator.ValidateAsync(input, ct);
        int? itemId = null;
        if (!result.IsValid)
        {
            TempData["Error"] = string.Join(" ", result.Errors.Select(e => e.ErrorMessage).Distinct());
        }
        else
        {
            itemId = await reviews.ReviewAsync(input, ct);
            TempData["Success"] = "Reviu disimpan.";
        }
        if (!string.IsNullOrEmpty(input.ReturnUrl) && Url.IsLocalUrl(input.ReturnUrl))
        {
            return LocalRedirect(input.ReturnUrl);
        }
        return itemId is { } id ? RedirectToAction("Details", "Evidence", new { id }) : RedirectToAction("Index", "Evidence");
    }
}
