using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
using ZonaIntegritas.Web.Infrastructure.Authorization;

namespace ZonaIntegritas.Web.Features.Evidence;

/// <summary>Evidence downloads and inline previews, only through this authorised action.</summary>
[Authorize(Policy = Permissions.ViewEvidence)]
[Route("eviden/berkas")]
public sealed class EvidenceFileController(EvidenceFileService files) : Controller
{
    /// <summary><c>/EvidenceFile/Download/5?revision=2&amp;inline=true</c>; the current version when no revision is given.</summary>
    [HttpGet("unduh/{id:int?}")]
    public async Task<IActionResult> Download(int id, int? revision, bool inline, CancellationToken ct)
    {
        var file = await files.OpenAsync(id, revision, inline, ct);
        var disposition = new ContentDispositionHeaderValue(file.Inline ? "inline" : "attachment");
        disposition.SetHttpFileName(file.FileName);
        Response.Headers.ContentDisposition = disposition.ToString();
        Response.Headers.XContentTypeOptions = "nosniff";
        Response.Headers.CacheControl = "private, no-cache";
        return File(file.Content, file.ContentType, lastModified: null, entityTag: new EntityTagHeaderValue($"\"{file.Sha256}\""), enableRangeProcessing: true);
    }
}
