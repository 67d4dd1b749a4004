using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using ZonaIntegritas.Web.Domain.Users;
using ZonaIntegritas.Web.Infrastructure.Web;

namespace ZonaIntegritas.Web.Features.Account;

public sealed class AccountController(
    SignInManager<AppUser> signIn,
    IValidator<LoginInput> loginValidator,
    IValidator<ChangePasswordInput> changeValidator,
    ILogger<AccountController> logger) : Controller
{
    // One message for unknown account, wrong password, locked or inactive account: nothing is revealed.
    private const string GenericFailure = "Email atau kata sandi salah, atau akun sedang tidak dapat digunakan. Coba lagi beberapa saat lagi atau hubungi administrator.";

    [AllowAnonymous, HttpGet]
    public IActionResult Login(string? returnUrl = null)
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            return LocalRedirect(SafeReturnUrl(returnUrl));
        }
        return View(new LoginInput { ReturnUrl = returnUrl });
    }

    [AllowAnonymous, HttpPost, ValidateAntiForgeryToken]
    public async Task<IActionResult> Login(LoginInput input)
    {
        if (!await loginValidator.ValidateIntoAsync(input, ModelState))
        {
            return View(input);
        }
        var user = await signIn.UserManager.FindByEmailAsync(input.Email.Trim());
        if (user is null || !user.IsActive)
        {
            logger.LogWarning("Failed sign-in for an unknown or inactive account");
            ModelState.AddModelError("", GenericFailure);
            return View(input);
        }
        var result = await signIn.PasswordSignInAsync(user, input.Password, input.RememberMe, lockoutOnFailure: true);
        if (!result.Succeeded)
        {
            logger.LogWarning("Failed sign-in for user {UserId} (locked out: {LockedOut})", user.Id, result.IsLockedOut);
            ModelState.AddModelError("", GenericFailure);
            return View(input);
        }
        user.LastSignInAtUtc = HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        await signIn.UserManager.UpdateAsync(user);
        logger.LogInformation("User {UserId} signed in", user.Id);
        // The kepala kantor lands on the readiness dashboard ("Kesiapan ZI"); everyone else on the home page.
        var landing = await signIn.UserManager.IsInRoleAsync(user, Roles.Pimpinan) ? "/kesiapan" : "/";
        return user.MustChangePassword
            ? RedirectToAction(nameof(ChangePassword))
            : LocalRedirect(SafeReturnUrl(input.ReturnUrl, landing));
    }

    [HttpPost, ValidateAntiForgeryToken]
    public async Task<IActionResult> Logout()
    {
        await signIn.SignOutAsync();
        return RedirectToAction(nameof(Login));
    }

    [HttpGet]
    public IActionResult ChangePassword() => View(new ChangePasswordInput());

    [HttpPost, ValidateAntiForgeryToken]
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
        await signIn.RefreshSignInAsync(user);
        TempData["Success"] = "Kata sandi berhasil diganti.";
        return RedirectToAction("Index", "Home");
    }

    [AllowAnonymous, HttpGet]
    public IActionResult AccessDenied()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return View("~/Features/Errors/403.cshtml");
    }

    private string SafeReturnUrl(string? returnUrl, string fallback = "/") =>
        !string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) ? returnUrl : fallback;
}
