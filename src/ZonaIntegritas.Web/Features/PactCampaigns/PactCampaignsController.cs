using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using ZonaIntegritas.Web.Domain.Common;
using ZonaIntegritas.Web.Infrastructure.Authorization;
using ZonaIntegritas.Web.Infrastructure.Web.DomainErrors;
using ZonaIntegritas.Web.Infrastructure.Web.PageCache;
using ZonaIntegritas.Web.Infrastructure.Web;

namespace ZonaIntegritas.Web.Features.PactCampaigns;

[Route("pakta/kampanye")]
public sealed class PactCampaignsController(
    PactCampaignService campaigns,
    PactReminderService reminders,
    IValidator<SavePactCampaignInput> validator) : Controller
{
    [HttpGet("")]
    [Authorize(Policy = Permissions.ViewPactCoverage)]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await campaigns.ListAsync(ct));

    [CachedPage]
    [HttpGet("{id:int}")]
    [Authorize(Policy = Permissions.ViewPactCoverage)]
    public async Task<IActionResult> Details(int id, int? unit, CancellationToken ct, int pageUnsigned = 1, int pageSigned = 1) =>
        View(await campaigns.CoverageAsync(id, unit, pageUnsigned, pageSigned, ct));

    [HttpGet("baru")]
    [Authorize(Policy = Permissions.ManagePacts)]
    public async Task<IActionResult> Create(CancellationToken ct) => View("Edit", await campaigns.NewFormAsync(ct));

    [HttpGet("{id:int}/ubah")]
    [Authorize(Policy = Permissions.ManagePacts)]
    public async Task<IActionResult> Edit(int id, CancellationToken ct) => View(await campaigns.EditFormAsync(id, ct));

    [HttpPost("simpan"), ValidateAntiForgeryToken]
    [Authorize(Policy = Permissions.ManagePacts)]
    [OnDomainError(DomainErrorResponse.Form)]
    public async Task<IActionResult> Save(SavePactCampaignInput input, CancellationToken ct)
    {
        if (await validator.ValidateIntoAsync(input, ModelState))
        {
            var id = await campaigns.SaveAsync(input, ct);
            TempData["Success"] = "Kampanye disimpan.";
            return RedirectToAction(nameof(Details), new { id });
        }
        return View("Edit", await campaigns.FormAsync(input, ct));
    }

    [HttpPost("{id:int}/hapus"), ValidateAntiForgeryToken]
    [Authorize(Policy = Permissions.ManagePacts)]
    [OnDomainError(DomainErrorResponse.RedirectBack, Action = "Details", RouteKeys = ["id"])]
    public async Task<IActionResult> Delete(int id, CancellationToken ct)
    {
        await campaigns.DeleteAsync(id, ct);
        TempData["Success"] = "Kampanye dihapus.";
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("{id:int}/pengingat"), ValidateAntiForgeryToken]
    [Authorize(Policy = Permissions.ManagePacts)]
    [OnDomainError(DomainErrorResponse.RedirectBack, Action = "Details", RouteKeys = ["id"])]
    public async Task<IActionResult> Remind(int id, CancellationToken ct)
    {
        var r = await reminders.RemindAsync(id, ct);
        TempData["Success"] = r.NotSigned == 0
            ? "Semua peserta sudah menandatangani; tidak ada pengingat yang dikirim."
            : $"Pengingat untuk {r.NotSigned} peserta: {r.Notified} notifikasi baru, {r.Emailed} email terkirim"
              + (r.EmailFailed > 0 ? $", {r.EmailFailed} email gagal" : "")
              + (r.WithoutAccount > 0 ? $"; {r.WithoutAccount} peserta belum memiliki akun portal" : "") + ".";
        return RedirectToAction(nameof(Details), new { id });
    }
}
