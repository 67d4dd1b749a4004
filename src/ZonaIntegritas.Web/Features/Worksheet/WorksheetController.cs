using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using ZonaIntegritas.Web.Domain.Common;
using ZonaIntegritas.Web.Infrastructure.Authorization;
using ZonaIntegritas.Web.Infrastructure.Files;
using ZonaIntegritas.Web.Infrastructure.Web.DomainErrors;
using ZonaIntegritas.Web.Infrastructure.Web.PageCache;

namespace ZonaIntegritas.Web.Features.Worksheet;

/// <summary>
/// The LKE worksheet. Saves come from htmx (<c>HX-Request</c>: the question partial plus out-of-band progress
/// and score) or from a plain form post without JavaScript (redirect back to the question).
/// </summary>
[Authorize(Policy = Permissions.ViewAssessments)]
[Route("lembar-kerja")]
public sealed class WorksheetController(WorksheetService worksheet, WorksheetExchangeService exchange, FileIntake intake) : Controller
{
    private bool IsHtmx => Request.Headers["HX-Request"] == "true";

    [CachedPage]
    [HttpGet("{id:int}")]
    public async Task<IActionResult> Index(int id, string? tab, CancellationToken ct) => View(await worksheet.PageAsync(id, tab, ct));

    [HttpPost("simpan/{id:int?}"), ValidateAntiForgeryToken, Authorize(Policy = Permissions.AnswerWorksheet)]
    [OnDomainError(DomainErrorResponse.Form)]
    public async Task<IActionResult> Save(int id, SaveAnswerInput input, CancellationToken ct)
    {
        // The save answers refusals itself (no exceptions); an unexpected domain error comes back through the
        // filter (Form): the action runs again, saves nothing and shows the question with the message.
        string? error;
        SaveResponse? response;
        if (HttpContext.DomainError() is { } failed)
        {
            error = failed.Message;
            response = await worksheet.QuestionResponseAsync(id, input.QuestionCode, error, input.Clear, ct);
        }
        else
        {
            (error, response) = await worksheet.SaveAnswerAsync(id, input, ct);
        }
        if (IsHtmx)
        {
            return response is null ? NotFound() : SaveResponse(response);
        }
        TempData[error is null ? "Success" : "Error"] = error ?? $"Jawaban {input.QuestionCode} tersimpan.";
        return Redirect(Url.Action(nameof(Index), new { id, tab = ChangeAreas.FromLkeCode(input.QuestionCode) }) + "#q-" + input.QuestionCode);
    }

    [HttpPost("simpan-hasil/{id:int?}"), ValidateAntiForgeryToken, Authorize(Policy = Permissions.EditHasil)]
    [OnDomainError(DomainErrorResponse.Form)]
    public async Task<IActionResult> SaveHasil(int id, SaveHasilInput input, CancellationToken ct)
    {
        var error = HttpContext.DomainError()?.Message;
        if (error is null)
        {
            await worksheet.SaveHasilAsync(id, input, ct);
        }
        if (IsHtmx)
        {
            return SaveResponse(await worksheet.HasilResponseAsync(id, input.Code, error, input.Clear, ct));
        }
        TempData[error is null ? "Success" : "Error"] = error ?? $"Nilai {input.Code} tersimpan.";
        return Redirect(Url.Action(nameof(Index), new { id, tab = WorksheetTabs.Hasil }) + "#h-" + input.Code);
    }

    [HttpGet("riwayat/{id:int?}")]
    public async Task<IActionResult> History(int id, string code, CancellationToken ct)
    {
        var model = await worksheet.HistoryAsync(id, code, ct);
        return IsHtmx ? PartialView("_History", model) : View(model);
    }

    [HttpGet("ekspor/{id:int?}")]
    public async Task<IActionResult> Export(int id, CancellationToken ct)
    {
        var (fileName, content) = await exchange.ExportAsync(id, ct);
        return File(content, "application/json", fileName);
    }

    [HttpGet("impor/{id:int?}")]
    public async Task<IActionResult> Import(int id, CancellationToken ct) => View(await exchange.PageAsync(id, null, null, ct));

    /// <summary>
    /// Upload of a zi-lke/1 file. The file passes the one file intake (empty, <c>Uploads:MaxJsonImportBytes</c>, virus
    /// scan; ADR 0014) and is parsed from the staged copy, which is deleted afterwards: imports are not kept.
    /// A refusal comes back through the filter and is listed like the file's other errors.
    /// </summary>
    [HttpPost("impor/{id:int?}"), ValidateAntiForgeryToken, Authorize(Policy = Permissions.AnswerWorksheet)]
    [OnDomainError(DomainErrorResponse.Form)]
    public async Task<IActionResult> Import(int id, IFormFile? file, CancellationToken ct)
    {
        ImportOutcome outcome;
        if (HttpContext.DomainError() is { } refused)
        {
            outcome = ImportOutcome.Failed("berkas", refused.Message);
        }
        else if (file is null || (file.Length == 0 && string.IsNullOrEmpty(file.FileName)))
        {
            outcome = ImportOutcome.Failed("berkas", "Pilih berkas JSON hasil ekspor lembar kerja.");
        }
        else
        {
            await using var accepted = await intake.AcceptAsync(file, UploadPurpose.WorksheetImport, ct);
            await using var stream = accepted.Staged.OpenRead();
            outcome = await exchange.ImportAsync(id, stream, ct);
        }
        if (outcome.Succeeded)
        {
            TempData["Success"] = $"Impor {file!.FileName} berhasil: {outcome.Changed} jawaban berubah.";
            return RedirectToAction(nameof(Import), new { id });
        }
        return View(await exchange.PageAsync(id, outcome, file?.FileName, ct));
    }

    private PartialViewResult SaveResponse(SaveResponse model)
    {
        if (model.Full)
        {
            Response.Headers["HX-Retarget"] = model.FullTarget;
            Response.Headers["HX-Reswap"] = "innerHTML";
        }
        return PartialView("_SaveResponse", model);
    }

}
