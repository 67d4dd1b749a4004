using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ZonaIntegritas.Web.Features.Errors;

/// <summary>Status pages in Bahasa Indonesia; never a stack trace.</summary>
[AllowAnonymous]
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ErrorsController : Controller
{
    [Route("error/{code:int}")]
    public IActionResult Status(int code)
    {
        var view = code switch
        {
            403 => "403",
            404 => "404",
            400 => "400",
            _ => "500",
        };
        Response.StatusCode = code is >= 400 and < 600 ? code : 500;
        return View(view);
    }
}
