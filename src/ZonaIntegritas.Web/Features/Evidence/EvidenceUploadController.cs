using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using ZonaIntegritas.Web.Domain.Common;
using ZonaIntegritas.Web.Infrastructure.Authorization;
using ZonaIntegritas.Web.Infrastructure.Files;
using ZonaIntegritas.Web.Infrastructure.Identity;
using ZonaIntegritas.Web.Infrastructure.Web;
using ZonaIntegritas.Web.Infrastructure.Web.DomainErrors;

namespace ZonaIntegritas.Web.Features.Evidence;

/// <summary>
/// Streamed uploads, one file per request (the page's script sends each file separately to show a progress bar
/// per file). Answers JSON <c>{ok, message, id, …}</c>; the antiforgery token comes in the RequestVerificationToken header.
/// </summary>
[Authorize(Policy = Permissions.UploadEvidence), OnDomainError(DomainErrorResponse.Json)]
[Route("eviden/unggahan")]
public sealed class EvidenceUploadController(EvidenceUploadService uploads, ILogger<EvidenceUploadController> logger) : Controller
{
    [HttpPost(""), RequireAntiforgeryHeader, ValidateAntiForgeryToken, DisableRequestSizeLimit, DisableFormValueModelBinding]
    public Task<IActionResult> Create(CancellationToken ct) => RunAsync(async () =>
    {
        UploadEvidenceInput? input = null;
        await using var upload = await MultipartUpload.ReadAsync(Request, uploads.Store, uploads.MaxBytes,
            async fields => input = await uploads.PrepareNewAsync(fields, ct), ct);
        if (input is null)
        {
            throw new UploadRejectedException("Pilih berkas untuk diunggah.");
        }
        return await uploads.CreateAsync(input, upload, ct);
    });

    [HttpPost("revisi/{id:int?}"), RequireAntiforgeryHeader, ValidateAntiForgeryToken, DisableRequestSizeLimit, DisableFormValueModelBinding]
    public Task<IActionResult> Revision(int id, CancellationToken ct) => RunAsync(async () =>
    {
        var prepared = false;
        await using var upload = await MultipartUpload.ReadAsync(Request, uploads.Store, uploads.MaxBytes,
            async _ => prepared = await uploads.PrepareRevisionAsync(id, ct) > 0, ct);
        if (!prepared)
        {
            throw new UploadRejectedException("Pilih berkas untuk diunggah.");
        }
        return await uploads.AddRevisionAsync(id, upload, ct);
    });

    private async Task<IActionResult> RunAsync(Func<Task<UploadResponse>> upload)
    {
        try
        {
            return Json(await upload());
        }
        catch (FileTooLargeException ex)
        {
            return Refuse(StatusCodes.Status413PayloadTooLarge, ex.Message);
        }
        catch (UploadRejectedException ex)
        {
            return Refuse(ex.StatusCode, ex.Message);
        }
        catch (ForbiddenException ex)
        {
            return Refuse(StatusCodes.Status403Forbidden, ex.Message);
        }
        catch (NotFoundException ex)
        {
            return Refuse(StatusCodes.Status404NotFound, ex.Message);
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException or BadHttpRequestException or InvalidDataException)
        {
            // The client went away mid-upload or sent a broken body: the staged file is already gone.
            logger.LogInformation("Upload by {UserId} aborted or malformed: {Error}", User.GetUserId(), ex.Message);
            return Refuse(StatusCodes.Status400BadRequest, "Unggahan terputus atau tidak lengkap; tidak ada yang disimpan. Silakan ulangi.");
        }
    }

    private JsonResult Refuse(int status, string message) => new(new UploadResponse(false, message)) { StatusCode = status };
}
