using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using ZonaIntegritas.Web.Configuration;
using ZonaIntegritas.Web.Domain.Users;
using ZonaIntegritas.Web.Infrastructure.Audit;
using ZonaIntegritas.Web.Infrastructure.Identity.Passwords;
using ZonaIntegritas.Web.Infrastructure.Identity.Sessions;
using ZonaIntegritas.Web.Infrastructure.Identity.SignIn;
using ZonaIntegritas.Web.Infrastructure.Web;

namespace ZonaIntegritas.Web.Features.Account;

[Route("akun")]
public sealed class AccountController(
    SignInManager<AppUser> signIn,
    CurrentSession session,
    SignInCoolDown coolDown,
    SignInLanding landing,
    SignInTimingDummy timingDummy,
    IAuditTrail audit,
    IValidator<LoginInput> loginValidator,
    IValidator<ChangePasswordInput> changeValidator,
    ILogger<AccountController> logger) : Controller
{
    // One message for unknown account, wrong password, locked or inactive account: nothing is revealed.
    private const string GenericFailure = "Email atau kata sandi salah, atau akun sedang tidak dapat digunakan. Coba lagi beberapa saat lagi atau hubungi administrator.";

    [AllowAnonymous, HttpGet("masuk")]
    public IActionResult Login(string? returnUrl = null)
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            return LocalRedirect(!string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
        }
        return View(new LoginInput { ReturnUrl = returnUrl });
    }

    [AllowAnonymous, HttpPost("masuk"), ValidateAntiForgeryToken, EnableRateLimiting(RateLimitSetup.SignIn)]
    public async Task<IActionResult> Login(LoginInput input)
    {
        if (!await loginValidator.ValidateIntoAsync(input, ModelState))
        {
            return View(input);
        }
        var email = input.Email.Trim();
        var address = HttpContext.Connection.RemoteIpAddress?.ToString();
        var user = await signIn.UserManager.FindByEmailAsync(email);
        if (user is null || !user.IsActive || coolDown.BlockedUntil(email, address) is not null)
        {
            // The same work as for a known account (one password hash), so the answer's timing reveals nothing.
            signIn.UserManager.PasswordHasher.VerifyHashedPassword(user ?? timingDummy.User, timingDummy.Hash, input.Password);
            coolDown.RecordFailure(email, address);
            logger.LogWarning("Failed sign-in for an unknown, inactive or cooling-down account");
            await audit.RecordEventAsync(AuditEvents.SignInFailed, user?.Id, user?.UnitId, new Dictionary<string, string?>
            {
                ["Email"] = email,
                ["Reason"] = user is null ? "akun tidak dikenal" : !user.IsActive ? "akun nonaktif" : "jeda setelah gagal berulang",
            });
            ModelState.AddModelError("", GenericFailure);
            return View(input);
        }
        // No account lockout on a wrong password (anyone could lock the administrator out): the account+address
        // pair cools down instead (SignInCoolDown). Identity's lockout still counts wrong second-factor codes.
        var result = await signIn.PasswordSignInAsync(user, input.Password, input.RememberMe, lockoutOnFailure: false);
        if (result.RequiresTwoFactor)
        {
            coolDown.Clear(email, address);
            return RedirectToAction("SignIn", "TwoFactor", new { returnUrl = input.ReturnUrl, rememberMe = input.RememberMe });
        }
        if (!result.Succeeded)
        {
            coolDown.RecordFailure(email, address);
            logger.LogWarning("Failed sign-in for user {UserId} (locked out: {LockedOut})", user.Id, result.IsLockedOut);
            await audit.RecordEventAsync(AuditEvents.SignInFailed, user.Id, user.UnitId, new Dictionary<string, string?>
            {
                ["Email"] = email,
                ["Reason"] = result.IsLockedOut ? "terkunci" : "kata sandi salah",
            });
            ModelState.AddModelError("", GenericFailure);
            return View(input);
        }
        coolDown.Clear(email, address);
        return LocalRedirect(await landing.CompleteAsync(user, input.ReturnUrl, Url));
    }

    [HttpPost("keluar"), ValidateAntiForgeryToken]
    public async Task<IActionResult> Logout()
    {
        if (signIn.UserManager.GetUserId(User) is { } userId)
        {
            await audit.RecordEventAsync(AuditEvents.SignedOut, userId);
        }
        await signIn.SignOutAsync();
        return RedirectToAction(nameof(Login));
    }

    [HttpGet("ubah-sandi")]
    public IActionResult ChangePassword() => View(new ChangePasswordInput());

    [HttpPost("ubah-sandi"), ValidateAntiForgeryToken]
    public async Task<IActionResult> ChangePassword(ChangePasswordInput input)
    {
        if (!await changeValidator.ValidateIntoAsync(input, ModelState))
        {
            return View(input);
        }
        var user = await signIn.UserManager.GetUserAsync(User);
        if (user is null)
        {
            return RedirectToAction(nameof(Login));
        }
        var result = await signIn.UserManager.ChangePasswordAsync(user, input.CurrentPassword, input.NewPassword);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Code == "PasswordMismatch" ? nameof(input.CurrentPassword) : "", error.Description);
            }
            return View(input);
        }
        user.MustChangePassword = false;
        await signIn.UserManager.UpdateAsync(user);
        await session.ContinueAfterCredentialChangeAsync(user);
        await signIn.RefreshSignInAsync(user);
        await audit.RecordEventAsync(AuditEvents.PasswordChanged, user.Id, user.UnitId);
        TempData["Success"] = "Kata sandi berhasil diganti.";
        return RedirectToAction("Index", "Home");
    }

    [AllowAnonymous, HttpGet("akses-ditolak")]
    public IActionResult AccessDenied()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return View("~/Features/Errors/403.cshtml");
    }
}
