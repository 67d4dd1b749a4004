using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using ZonaIntegritas.Web.Configuration;
using ZonaIntegritas.Web.Domain.Users;
using ZonaIntegritas.Web.Infrastructure.Audit;
using ZonaIntegritas.Web.Infrastructure.Identity.SignIn;
using ZonaIntegritas.Web.Infrastructure.Web;

namespace ZonaIntegritas.Web.Features.TwoFactor;

/// <summary>
/// Two-factor sign-in with an authenticator app (TOTP, ASP.NET Core Identity's authenticator provider): the second
/// sign-in step, enrolment (QR code + manual key, confirmed with a code, recovery codes shown once) and disabling.
/// Required for administrators when <c>Security:RequireTwoFactorForAdministrators</c> is on (TwoFactorRequirementMiddleware).
/// </summary>
[Route("akun/dua-langkah")]
public sealed class TwoFactorController(
    SignInManager<AppUser> signIn,
    TwoFactorService twoFactor,
    SignInLanding landing,
    IValidator<TwoFactorCodeInput> codeValidator,
    IAuditTrail audit,
    ILogger<TwoFactorController> logger) : Controller
{
    private const string InvalidCode = "Kode verifikasi tidak valid atau sudah kedaluwarsa. Coba lagi dengan kode terbaru dari aplikasi autentikator.";

    [AllowAnonymous, HttpGet("masuk")]
    public async Task<IActionResult> SignIn(string? returnUrl = null, bool rememberMe = false)
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return RedirectToAction("Login", "Account");
        }
        return View(new TwoFactorCodeInput { ReturnUrl = returnUrl, RememberMe = rememberMe });
    }

    [AllowAnonymous, HttpPost("masuk"), ValidateAntiForgeryToken, EnableRateLimiting(RateLimitSetup.SignIn)]
    public async Task<IActionResult> SignIn(TwoFactorCodeInput input)
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return RedirectToAction("Login", "Account");
        }
        if (!await codeValidator.ValidateIntoAsync(input, ModelState))
        {
            return View(input);
        }
        var code = TwoFactorCodeInput.Normalise(input.Code);
        // Six digits: a code from the app; anything else: one of the recovery codes (each works once).
        var result = code.Length == 6 && code.All(char.IsAsciiDigit)
            ? await signIn.TwoFactorAuthenticatorSignInAsync(code, input.RememberMe, rememberClient: false)
            : await signIn.TwoFactorRecoveryCodeSignInAsync(input.Code.Replace(" ", "", StringComparison.Ordinal).Trim());
        if (!result.Succeeded)
        {
            logger.LogWarning("Failed second factor for user {UserId} (locked out: {LockedOut})", user.Id, result.IsLockedOut);
            await audit.RecordEventAsync(AuditEvents.SignInFailed, user.Id, user.UnitId, new Dictionary<string, string?>
            {
                ["Email"] = user.Email,
                ["Reason"] = result.IsLockedOut ? "kode verifikasi salah berulang (terkunci)" : "kode verifikasi salah",
            });
            ModelState.AddModelError("", result.IsLockedOut
                ? "Terlalu banyak kode yang salah. Akun dikunci sementara; coba lagi beberapa saat lagi."
                : InvalidCode);
            return View(input);
        }
        return LocalRedirect(await landing.CompleteAsync(user, input.ReturnUrl, Url));
    }

    [HttpGet("")]
    public async Task<IActionResult> Index() => View(await twoFactor.StatusAsync(User));

    [HttpGet("aktifkan")]
    public async Task<IActionResult> Enable()
    {
        var model = await twoFactor.EnrolmentAsync(User);
        return model is null ? RedirectToAction(nameof(Index)) : View(model);
    }

    [HttpPost("aktifkan"), ValidateAntiForgeryToken]
    public async Task<IActionResult> Enable(TwoFactorCodeInput input)
    {
        if (await codeValidator.ValidateIntoAsync(input, ModelState))
        {
            var codes = await twoFactor.ConfirmEnrolmentAsync(User, TwoFactorCodeInput.Normalise(input.Code));
            if (codes is not null)
            {
                // Shown once, never stored in clear: the page must not be cached.
                Response.Headers.CacheControl = "no-store";
                return View("RecoveryCodes", codes);
            }
            ModelState.AddModelError(nameof(input.Code), InvalidCode);
        }
        var model = await twoFactor.EnrolmentAsync(User);
        return model is null ? RedirectToAction(nameof(Index)) : View(model with { Code = input.Code });
    }

    [HttpPost("nonaktifkan"), ValidateAntiForgeryToken]
    public async Task<IActionResult> Disable()
    {
        if (await twoFactor.DisableAsync(User))
        {
            TempData["Success"] = "Verifikasi dua langkah dinonaktifkan.";
        }
        else
        {
            TempData["Error"] = "Verifikasi dua langkah wajib untuk akun Administrator dan tidak dapat dinonaktifkan.";
        }
        return RedirectToAction(nameof(Index));
    }
}
