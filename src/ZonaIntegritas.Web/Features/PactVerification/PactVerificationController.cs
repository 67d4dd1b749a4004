using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace ZonaIntegritas.Web.Features.PactVerification;

/// <summary>Public check of a printed pact (the QR code points here). No sign-in; rate limited per client address.</summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimitPolicy)]
public sealed class PactVerificationController(PactVerificationService verification) : Controller
{
    public const string RateLimitPolicy = "verifikasi";

    [HttpGet("verifikasi")]
    public IActionResult Index([FromQuery] string? kode) =>
        string.IsNullOrWhiteSpace(kode) ? View() : RedirectToAction(nameof(Show), new { code = kode.Trim() });

    [HttpGet("verifikasi/{code}")]
    public async Task<IActionResult> Show(string code, CancellationToken ct)
    {
        var model = await verification.VerifyAsync(code, ct);
        Response.Headers["X-Robots-Tag"] = "noindex";
        if (model.Status == VerificationStatus.NotFound)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
        }
        return View(model);
    }
}
