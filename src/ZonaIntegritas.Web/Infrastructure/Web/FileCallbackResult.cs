using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace ZonaIntegritas.Web.Infrastructure.Web;

/// <summary>
/// A download whose body is written by a callback straight into the response stream (e.g. a ZIP built while it
/// is sent), so nothing is assembled in memory or on disk first. Synchronous writes stay forbidden unless
/// <paramref name="allowSynchronousIO"/> is set for a writer that cannot avoid them.
/// </summary>
public sealed class FileCallbackResult(
    string contentType,
    string fileDownloadName,
    Func<Stream, CancellationToken, Task> callback,
    bool allowSynchronousIO = false) : IActionResult
{
    public async Task ExecuteResultAsync(ActionContext context)
    {
        var http = context.HttpContext;
        if (allowSynchronousIO && http.Features.Get<IHttpBodyControlFeature>() is { } bodyControl)
        {
            bodyControl.AllowSynchronousIO = true;
        }
        var response = http.Response;
        response.ContentType = contentType;
        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName(fileDownloadName);
        response.Headers.ContentDisposition = disposition.ToString();
        response.Headers.CacheControl = "no-store";
        http.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        await callback(response.Body, http.RequestAborted);
    }
}
