using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using ZonaIntegritas.Web.Domain.Assessments;
using ZonaIntegritas.Web.Domain.Common;
using ZonaIntegritas.Web.Infrastructure.Authorization;
using ZonaIntegritas.Web.Infrastructure.Web.DomainErrors;
using ZonaIntegritas.Web.Infrastructure.Web.PageCache;

namespace ZonaIntegritas.Web.Features.Review;

/// <summary>Side-by-side view (everyone who may view assessments) and assessor answers (Penilai Internal).</summary>
[Authorize(Policy = Permissions.ViewAssessments)]
[Route("reviu")]
public sealed class ReviewController(ReviewService review) : Controller
{
    private bool IsHtmx => Request.Headers["HX-Request"] == "true";

    [CachedPage]
    [HttpGet("{id:int}")]
    public async Task<IActionResult> Index(int id, string? area, CancellationToken ct) => View(await review.PageAsync(id, area, ct));

    [HttpPost("simpan/{id:int?}"), ValidateAntiForgeryToken, Authorize(Policy = Permissions.ReviewAssessments)]
    [OnDomainError(DomainErrorResponse.Form)]
    public async Task<IActionResult> Save(int id, SaveAssessorAnswerInput input, CancellationToken ct)
    {
        var failure = HttpContext.DomainError();
        if (failure is null)
        {
            await review.SaveAsync(id, input, ct);
        }
        var error = failure?.Message;
        var keepForm = failure is FixNoteRequiredException;
        if (IsHtmx)
        {
            var model = await review.RowResponseAsync(id, input.QuestionCode, error, keepForm, ct);
            if (model.Full)
            {
                Response.Headers["HX-Retarget"] = $"#r-{model.Row.Code}-body";
                Response.Headers["HX-Reswap"] = "innerHTML";
            }
            return PartialView("_SaveResponse", model);
        }
        TempData[error is null ? "Success" : "Error"] = error ?? $"Penilaian {input.QuestionCode} tersimpan.";
        return Redirect(Url.Action(nameof(Index), new { id, area = ChangeAreas.FromLkeCode(input.QuestionCode) }) + "#r-" + input.QuestionCode);
    }
}
