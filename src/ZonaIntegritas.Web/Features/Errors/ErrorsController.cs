using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ZonaIntegritas.Web.Features.Errors;

/// <summary>Status pages in Bahasa Indonesia; never a stack trace.</summary>
[AllowAnonymous]
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ErrorsController : Controller
{
    /// <summary>
    /// Takes no bound parameters on purpose: a re-executed POST must not read its (possibly oversized) form body
    /// again just to render this page.
    /// </summary>
    [Route("error/{code:int}")]
    public IActionResult Status()
    {
        var code = int.TryParse(RouteData.Values["code"]?.ToString(), out var c) ? c : 500;
        var view = code switch
        {
            403 => "403",
            404 => "404",
            400 => "400",
            413 => "413",
            _ => "500",
        };
        Response.StatusCode = code is >= 400 and < 600 ? code : 500;
        return View(view);
    }
}
