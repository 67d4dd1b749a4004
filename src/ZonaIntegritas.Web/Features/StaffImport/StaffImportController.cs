using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using ZonaIntegritas.Web.Infrastructure.Authorization;
using ZonaIntegritas.Web.Infrastructure.Files;
using ZonaIntegritas.Web.Infrastructure.Web.DomainErrors;

namespace ZonaIntegritas.Web.Features.StaffImport;

[Authorize(Policy = Permissions.ManageStaff)]
[Route("pegawai/impor")]
public sealed class StaffImportController(StaffImportService imports, FileIntake intake) : Controller
{
    [HttpGet("")]
    public IActionResult Index() => View(new StaffImportPageViewModel(StaffImportPageViewModel.Template));

    [HttpGet("templat")]
    public async Task<IActionResult> Template(CancellationToken ct) =>
        File(await imports.TemplateAsync(ct), "text/csv; charset=utf-8", "templat-impor-pegawai.csv");

    /// <summary>
    /// Step 1. Ordinary model binding and the standard antiforgery check; the file passes the one file intake
    /// (empty, <c>Uploads:MaxImportBytes</c>, virus scan; the CSV parser checks the content). The server's form limits
    /// sit above every upload limit, so an oversize file gets the size message on the page.
    /// </summary>
    [HttpPost("unggah"), ValidateAntiForgeryToken]
    [OnDomainError(DomainErrorResponse.Form)]
    public async Task<IActionResult> Upload(IFormFile? file, CancellationToken ct)
    {
        if (HttpContext.DomainError() is not null)
        {
            return View(nameof(Index), new StaffImportPageViewModel(StaffImportPageViewModel.Template));
        }
        if (file is null || (file.Length == 0 && string.IsNullOrEmpty(file.FileName)))
        {
            ModelState.AddModelError("", "Pilih berkas CSV yang akan diunggah.");
            return View(nameof(Index), new StaffImportPageViewModel(StaffImportPageViewModel.Template));
        }
        byte[] content;
        await using (var accepted = await intake.AcceptAsync(file, UploadPurpose.StaffImport, ct))
        {
            content = await System.IO.File.ReadAllBytesAsync(accepted.Staged.TempPath, ct);
        }
        var id = await imports.UploadAsync(content, file.FileName, ct);
        return RedirectToAction(nameof(Preview), new { id });
    }

    /// <summary>Step 1b: what the import would do, row by row. Nothing has been written yet.</summary>
    [HttpGet("pratinjau/{id?}")]
    [OnDomainError(DomainErrorResponse.Form)]
    public async Task<IActionResult> Preview(string id, string? status, CancellationToken ct)
    {
        return HttpContext.DomainError() is null
            ? View(await imports.PreviewAsync(id, status, ct))
            : View(nameof(Index), new StaffImportPageViewModel(StaffImportPageViewModel.Template));
    }

    /// <summary>Step 2: writes all valid rows (or, with errors present, only when the user chose so) in one transaction.</summary>
    [HttpPost("konfirmasi/{id?}"), ValidateAntiForgeryToken]
    [OnDomainError(DomainErrorResponse.RedirectBack, Action = "Preview", RouteKeys = ["id"])]
    public async Task<IActionResult> Confirm(string id, bool onlyValid, CancellationToken ct)
    {
        var result = await imports.ConfirmAsync(id, onlyValid, ct);
        TempData["Success"] = $"Impor selesai: {result.Created} pegawai baru, {result.Updated} diperbarui"
            + (result.Skipped > 0 ? $", {result.Skipped} baris galat dilewati." : ".");
        return RedirectToAction("Index", "Staff");
    }

    [HttpPost("batal/{id?}"), ValidateAntiForgeryToken]
    public async Task<IActionResult> Cancel(string id, CancellationToken ct)
    {
        await imports.CancelAsync(id, ct);
        TempData["Success"] = "Impor dibatalkan; tidak ada data yang diubah.";
        return RedirectToAction(nameof(Index));
    }
}
