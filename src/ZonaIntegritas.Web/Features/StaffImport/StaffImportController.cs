using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using ZonaIntegritas.Web.Domain.Common;
using ZonaIntegritas.Web.Infrastructure.Authorization;
using ZonaIntegritas.Web.Infrastructure.Web;
using ZonaIntegritas.Web.Infrastructure.Web.DomainErrors;

namespace ZonaIntegritas.Web.Features.StaffImport;

[Authorize(Policy = Permissions.ManageStaff)]
[Route("pegawai/impor")]
public sealed class StaffImportController(
    StaffImportService imports,
    IAntiforgery antiforgery,
    ILogger<StaffImportController> logger) : Controller
{
    private const string TooLarge = "Ukuran berkas melebihi batas 5 MB. Bagi data menjadi beberapa berkas lalu impor satu per satu.";

    [HttpGet("")]
    public IActionResult Index() => View(new StaffImportPageViewModel(StaffImportPageViewModel.Template));

    [HttpGet("templat")]
    public async Task<IActionResult> Template(CancellationToken ct) =>
        File(await imports.TemplateAsync(ct), "text/csv; charset=utf-8", "templat-impor-pegawai.csv");

    /// <summary>
    /// Step 1. The form is read here rather than by model binding, so an oversized or broken upload gets a message
    /// on the page instead of an error status; the antiforgery token is checked by hand once the form is read.
    /// The limits admit a little more than 5 MB so that the size check below is the one that answers.
    /// </summary>
    [HttpPost("unggah")]
    [IgnoreAntiforgeryToken, AnswersOversizedRequest]
    [RequestSizeLimit(StaffImportLimits.MaxRequestBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = StaffImportLimits.MaxRequestBytes)]
    [OnDomainError(DomainErrorResponse.Form)]
    public async Task<IActionResult> Upload()
    {
        var ct = HttpContext.RequestAborted;
        if (HttpContext.DomainError() is not null)
        {
            return View(nameof(Index), new StaffImportPageViewModel(StaffImportPageViewModel.Template));
        }
        if (Request.ContentLength > StaffImportLimits.MaxRequestBytes)
        {
            return UploadError(TooLarge);
        }
        if (!Request.HasFormContentType)
        {
            return UploadError("Pilih berkas CSV yang akan diunggah.");
        }
        IFormCollection form;
        try
        {
            form = await Request.ReadFormAsync(ct);
        }
        catch (Exception ex) when (ex is InvalidDataException or BadHttpRequestException)
        {
            logger.LogWarning("Staff import upload rejected while reading the form: {Reason}", ex.Message);
            return UploadError(TooLarge);
        }
        catch (IOException ex)
        {
            logger.LogWarning("Staff import upload could not be read: {Reason}", ex.Message);
            return UploadError("Berkas tidak dapat dibaca. Periksa koneksi lalu unggah ulang.");
        }
        try
        {
            await antiforgery.ValidateRequestAsync(HttpContext);
        }
        catch (AntiforgeryValidationException)
        {
            return BadRequest();
        }

        var file = form.Files.GetFile(StaffImportLimits.FileField);
        if (file is null || (file.Length == 0 && string.IsNullOrEmpty(file.FileName)))
        {
            return UploadError("Pilih berkas CSV yang akan diunggah.");
        }
        if (file.Length > StaffImportLimits.MaxFileBytes)
        {
            return UploadError(TooLarge);
        }
        var content = await ReadLimitedAsync(file, ct);
        if (content is null)
        {
            return UploadError(TooLarge);
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

    private ViewResult UploadError(string message)
    {
        ModelState.AddModelError("", message);
        return View(nameof(Index), new StaffImportPageViewModel(StaffImportPageViewModel.Template));
    }

    /// <summary>Reads the upload, giving up (null) as soon as it passes the limit, whatever its declared length.</summary>
    private static async Task<byte[]?> ReadLimitedAsync(IFormFile file, CancellationToken ct)
    {
        await using var source = file.OpenReadStream();
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await source.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > StaffImportLimits.MaxFileBytes)
            {
                return null;
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
