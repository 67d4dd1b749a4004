using System.Text;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using ZonaIntegritas.Web.Domain.Lke;
using ZonaIntegritas.Web.Infrastructure.Authorization;
using ZonaIntegritas.Web.Infrastructure.Files;
using ZonaIntegritas.Web.Infrastructure.Web;
using ZonaIntegritas.Web.Infrastructure.Web.DomainErrors;

namespace ZonaIntegritas.Web.Features.LkeVersions;

/// <summary>LKE versions: anyone who may view assessments browses them; administrators edit, import, export and copy.</summary>
[Authorize(Policy = Permissions.ViewAssessments)]
[Route("versi-lke")]
public sealed class LkeVersionsController(LkeVersionService service) : Controller
{
    [Route("")]
    public async Task<IActionResult> Index(CancellationToken ct) =>
        View(await service.IndexAsync(ct));

    [Route("{id}")]
    public async Task<IActionResult> Details(string id, CancellationToken ct) =>
        View(await service.DetailsAsync(id, ct));

    [Authorize(Policy = Permissions.ManageLkeTemplates), HttpGet("ubah-pertanyaan/{id?}")]
    public async Task<IActionResult> EditQuestion(string id, string question, CancellationToken ct) =>
        View(await service.GetQuestionAsync(id, question, null, ct));

    [Authorize(Policy = Permissions.ManageLkeTemplates), HttpPost("ubah-pertanyaan/{id?}"), ValidateAntiForgeryToken]
    [OnDomainError(DomainErrorResponse.Form)]
    public async Task<IActionResult> EditQuestion(string id, string question, EditLkeQuestionInput input, [FromServices] IValidator<EditLkeQuestionInput> validator, CancellationToken ct)
    {
        if (await validator.ValidateIntoAsync(input, ModelState))
        {
            await service.EditQuestionAsync(id, question, input, ct);
            TempData["Success"] = $"Pertanyaan {question} telah diperbarui.";
            return RedirectToAction(nameof(Details), null, new { id }, question);
        }
        return View(await service.GetQuestionAsync(id, question, input, ct));
    }

    [Authorize(Policy = Permissions.ManageLkeTemplates), HttpGet("ubah-gerbang/{id?}")]
    public async Task<IActionResult> EditGates(string id, CancellationToken ct) =>
        View(new EditLkeGatesViewModel(await service.GetSummaryAsync(id, ct), EditLkeGatesInput.From((await service.GetTemplateAsync(id, ct)).Gates)));

    [Authorize(Policy = Permissions.ManageLkeTemplates), HttpPost("ubah-gerbang/{id?}"), ValidateAntiForgeryToken]
    [OnDomainError(DomainErrorResponse.Form)]
    public async Task<IActionResult> EditGates(string id, EditLkeGatesInput input, [FromServices] IValidator<EditLkeGatesInput> validator, CancellationToken ct)
    {
        if (await validator.ValidateIntoAsync(input, ModelState))
        {
            await service.EditGatesAsync(id, input, ct);
            TempData["Success"] = "Syarat predikat telah diperbarui.";
            return RedirectToAction(nameof(Details), new { id });
        }
        return View(new EditLkeGatesViewModel(await service.GetSummaryAsync(id, ct), input));
    }

    [Authorize(Policy = Permissions.ManageLkeTemplates), HttpGet("impor")]
    public IActionResult Import() => View(new ImportLkeVersionInput());

    /// <summary>
    /// A template file or pasted JSON; either passes the one file intake (empty, <c>Uploads:MaxJsonImportBytes</c>,
    /// virus scan; ADR 0014) and is parsed from the staged copy, which is deleted afterwards. A refusal comes back
    /// through the filter into the validation summary.
    /// </summary>
    [Authorize(Policy = Permissions.ManageLkeTemplates), HttpPost("impor"), ValidateAntiForgeryToken]
    [OnDomainError(DomainErrorResponse.Form)]
    public async Task<IActionResult> Import(ImportLkeVersionInput input, [FromServices] FileIntake intake, CancellationToken ct)
    {
        var json = HttpContext.DomainError() is null ? await ReadImportAsync(input, intake, ct) : null;
        if (json is not null)
        {
            var (code, errors) = await service.ImportAsync(json, ct);
            if (code is not null)
            {
                TempData["Success"] = $"Versi LKE {code} berhasil diimpor.";
                return RedirectToAction(nameof(Details), new { id = code });
            }
            foreach (var error in errors)
            {
                ModelState.AddModelError("", error);
            }
        }
        return View(new ImportLkeVersionInput { Json = input.Json });
    }

    [Authorize(Policy = Permissions.ManageLkeTemplates), HttpGet("ekspor/{id?}")]
    public async Task<IActionResult> Export(string id, CancellationToken ct) =>
        File(Encoding.UTF8.GetBytes(await service.ExportAsync(id, ct)), "application/json", $"lke-{id}.json");

    [Authorize(Policy = Permissions.ManageLkeTemplates), HttpGet("salin/{id?}")]
    public async Task<IActionResult> Copy(string id, CancellationToken ct)
    {
        var version = await service.GetSummaryAsync(id, ct);
        return View(new CopyLkeVersionViewModel(version, new CopyLkeVersionInput { Code = id + "-rev1", Title = version.Title + " (perbaikan)" }));
    }

    [Authorize(Policy = Permissions.ManageLkeTemplates), HttpPost("salin/{id?}"), ValidateAntiForgeryToken]
    [OnDomainError(DomainErrorResponse.Form)]
    public async Task<IActionResult> Copy(string id, CopyLkeVersionInput input, [FromServices] IValidator<CopyLkeVersionInput> validator, CancellationToken ct)
    {
        if (await validator.ValidateIntoAsync(input, ModelState))
        {
            await service.CopyAsync(id, input, ct);
            TempData["Success"] = $"Versi {id} telah disalin sebagai versi baru {input.Code}.";
            return RedirectToAction(nameof(Details), new { id = input.Code });
        }
        return View(new CopyLkeVersionViewModel(await service.GetSummaryAsync(id, ct), input));
    }

    [Authorize(Policy = Permissions.ManageLkeTemplates), HttpPost("status/{id?}"), ValidateAntiForgeryToken]
    public async Task<IActionResult> SetStatus(string id, LkeVersionStatus status, CancellationToken ct)
    {
        if (!Enum.IsDefined(status))
        {
            return BadRequest();
        }
        await service.ChangeStatusAsync(id, status, ct);
        TempData["Success"] = $"Status versi {id} menjadi {LkeVersionLabels.Status(status)}.";
        return RedirectToAction(nameof(Details), new { id });
    }

    /// <summary>The template text from the uploaded file, else from the pasted text; null (with a message) when neither.</summary>
    private async Task<string?> ReadImportAsync(ImportLkeVersionInput input, FileIntake intake, CancellationToken ct)
    {
        AcceptedFile accepted;
        if (input.File is { } file && !(file.Length == 0 && string.IsNullOrEmpty(file.FileName)))
        {
            accepted = await intake.AcceptAsync(file, UploadPurpose.LkeTemplateImport, ct);
        }
        else if (!string.IsNullOrWhiteSpace(input.Json))
        {
            using var pasted = new MemoryStream(Encoding.UTF8.GetBytes(input.Json));
            accepted = await intake.AcceptAsync(pasted, "templat.json", UploadPurpose.LkeTemplateImport, ct);
        }
        else
        {
            ModelState.AddModelError(nameof(input.File), "Pilih berkas templat LKE (.json) atau tempelkan isinya.");
            return null;
        }
        await using (accepted)
        {
            using var reader = new StreamReader(accepted.Staged.OpenRead(), Encoding.UTF8);
            return await reader.ReadToEndAsync(ct);
        }
    }
}
