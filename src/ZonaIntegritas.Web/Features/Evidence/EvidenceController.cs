using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using ZonaIntegritas.Web.Domain.Common;
using ZonaIntegritas.Web.Infrastructure.Authorization;
using ZonaIntegritas.Web.Infrastructure.Web.DomainErrors;
using ZonaIntegritas.Web.Infrastructure.Web.PageCache;
using ZonaIntegritas.Web.Infrastructure.Web;

namespace ZonaIntegritas.Web.Features.Evidence;

/// <summary>The evidence library pages: list, details, metadata, links, delete/restore, per-question view, quota.</summary>
[Authorize(Policy = Permissions.ViewEvidence)]
[Route("eviden")]
public sealed class EvidenceController(
    EvidenceService evidence,
    EvidenceListService lists,
    EvidenceCarryOverService carryOver,
    IValidator<EditEvidenceInput> editValidator) : Controller
{
    [CachedPage]
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] EvidenceListQuery query, CancellationToken ct) =>
        View(await lists.ListAsync(query, ct));

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken ct) => View(await evidence.GetDetailsAsync(id, ct));

    [HttpGet("unggah"), Authorize(Policy = Permissions.UploadEvidence)]
    public async Task<IActionResult> Upload(int? unitId, int? year, string? question, CancellationToken ct) =>
        View(await lists.UploadPageAsync(unitId, year, question, ct));

    [HttpGet("pertanyaan")]
    public async Task<IActionResult> Question(int unitId, int year, string code, string? q, CancellationToken ct) =>
        View(await lists.QuestionAsync(unitId, year, code ?? "", q, Request.Path + Request.QueryString, ct));

    [HttpGet("kuota")]
    public async Task<IActionResult> Quota(int? unitId, CancellationToken ct) => View(await lists.QuotaAsync(unitId, ct));

    [HttpGet("ubah/{id:int?}"), Authorize(Policy = Permissions.UploadEvidence)]
    public async Task<IActionResult> Edit(int id, CancellationToken ct) => View(await evidence.GetEditAsync(id, ct));

    [HttpPost("ubah/{id:int?}"), ValidateAntiForgeryToken, Authorize(Policy = Permissions.UploadEvidence)]
    public async Task<IActionResult> Edit(EditEvidenceInput input, CancellationToken ct)
    {
        if (!await editValidator.ValidateIntoAsync(input, ModelState))
        {
            return View(await evidence.EditViewAsync(input, await evidence.UnitOfAsync(input.Id, ct), ct));
        }
        await evidence.UpdateAsync(input, ct);
        TempData["Success"] = "Data eviden disimpan.";
        return RedirectToAction(nameof(Details), new { id = input.Id });
    }

    [HttpGet("hapus/{id:int?}"), Authorize(Policy = Permissions.ManageEvidence)]
    public async Task<IActionResult> Delete(int id, CancellationToken ct) => View(await evidence.GetDeleteAsync(id, ct));

    [HttpPost("hapus/{id:int?}"), ValidateAntiForgeryToken, Authorize(Policy = Permissions.ManageEvidence)]
    [OnDomainError(DomainErrorResponse.Form)]
    public async Task<IActionResult> Delete(int id, bool confirm, CancellationToken ct)
    {
        if (HttpContext.DomainError() is not null)
        {
            return View(await evidence.GetDeleteAsync(id, ct));
        }
        if (!confirm)
        {
            ModelState.AddModelError("confirm", "Centang konfirmasi untuk menghapus eviden ini.");
            return View(await evidence.GetDeleteAsync(id, ct));
        }
        await evidence.DeleteAsync(id, ct);
        TempData["Success"] = "Eviden dihapus. Ketua Tim dapat memulihkannya dalam 30 hari dari Tempat Sampah.";
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("pulihkan/{id:int?}"), ValidateAntiForgeryToken, Authorize(Policy = Permissions.ManageEvidence)]
    [OnDomainError(DomainErrorResponse.RedirectBack, Action = "Details", RouteKeys = ["id"])]
    public async Task<IActionResult> Restore(int id, CancellationToken ct)
    {
        await evidence.RestoreAsync(id, ct);
        TempData["Success"] = "Eviden dipulihkan.";
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpPost("tautkan"), ValidateAntiForgeryToken, Authorize(Policy = Permissions.UploadEvidence)]
    [OnDomainError(DomainErrorResponse.RedirectBack, Action = "Details", RouteKeys = ["id=ItemId"])]
    public async Task<IActionResult> Link(LinkEvidenceInput input, CancellationToken ct)
    {
        // A blank code binds as null: answer with a message, not a 500.
        var code = (input.QuestionCode ?? "").Trim().ToUpperInvariant();
        if (code.Length == 0)
        {
            TempData["Error"] = "Kode pertanyaan LKE wajib diisi.";
        }
        else if (await evidence.LinkAsync(input.ItemId, input.Year, code, ct))
        {
            TempData["Success"] = $"Eviden ditautkan ke {code} tahun {input.Year}.";
        }
        else
        {
            TempData["Error"] = $"Eviden sudah ditautkan ke {code} tahun {input.Year}.";
        }
        return Back(input.ReturnUrl, input.ItemId);
    }

    [HttpPost("lepas-tautan/{id:int?}"), ValidateAntiForgeryToken, Authorize(Policy = Permissions.UploadEvidence)]
    public Task<IActionResult> Unlink(int id, string? returnUrl, CancellationToken ct) =>
        ChangeLinkAsync(id, returnUrl, () => evidence.UnlinkAsync(id, ct), "Tautan ke pertanyaan dihapus.", ct);

    [HttpPost("validasi-ulang/{id:int?}"), ValidateAntiForgeryToken, Authorize(Policy = Permissions.UploadEvidence)]
    public Task<IActionResult> Revalidate(int id, string? returnUrl, CancellationToken ct) =>
        ChangeLinkAsync(id, returnUrl, () => evidence.RevalidateAsync(id, ct), "Tautan ditandai masih berlaku.", ct);

    /// <summary>Runs a change on one question link; a refusal (e.g. the year is frozen) is shown on the item's page.</summary>
    private async Task<IActionResult> ChangeLinkAsync(int linkId, string? returnUrl, Func<Task<int>> change, string success, CancellationToken ct)
    {
        var itemId = await change();
        TempData["Success"] = success;
        return Back(returnUrl, itemId);
    }

    [HttpPost("bawa-ke-tahun-ini"), ValidateAntiForgeryToken, Authorize(Policy = Permissions.ManageEvidence)]
    [OnDomainError(DomainErrorResponse.RedirectBack, Action = "Index", RouteKeys = ["unitId", "year=ToYear"])]
    public async Task<IActionResult> CarryOver(CarryOverEvidenceInput input, CancellationToken ct)
    {
        var count = await carryOver.CarryOverAsync(input.UnitId, input.FromYear, input.ToYear, ct);
        TempData["Success"] = count == 0
            ? $"Tidak ada tautan baru yang dibawa dari tahun {input.FromYear}."
            : $"{count} tautan eviden dibawa dari tahun {input.FromYear} ke {input.ToYear}, ditandai perlu divalidasi ulang.";
        return RedirectToAction(nameof(Index), new { unitId = input.UnitId, year = input.ToYear });
    }

    private IActionResult Back(string? returnUrl, int itemId) =>
        !string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl)
            ? LocalRedirect(returnUrl)
            : RedirectToAction(nameof(Details), new { id = itemId });
}
