using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using ZonaIntegritas.Web.Configuration;
using ZonaIntegritas.Web.Domain.Common;
using ZonaIntegritas.Web.Infrastructure.Authorization;
using ZonaIntegritas.Web.Infrastructure.Web;
using ZonaIntegritas.Web.Infrastructure.Web.DomainErrors;

namespace ZonaIntegritas.Web.Features.Users;

[Authorize(Policy = Permissions.ManageUsers)]
[Route("pengguna")]
public sealed class UsersController(
    UsersService usersService,
    IValidator<CreateUserInput> createValidator,
    IValidator<EditUserInput> editValidator) : Controller
{
    private const string TemporaryPasswordKey = "TemporaryPassword";

    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] UserFilterInput filter, CancellationToken ct) =>
        View(await usersService.ListAsync(filter, ct));

    [HttpGet("baru")]
    public async Task<IActionResult> Create(CancellationToken ct) =>
        View(await usersService.BuildCreateFormAsync(new CreateUserInput(), ct));

    [HttpPost("baru"), ValidateAntiForgeryToken]
    [OnDomainError(DomainErrorResponse.Form)]
    public async Task<IActionResult> Create([Bind(Prefix = "Input")] CreateUserInput input, CancellationToken ct)
    {
        if (await createValidator.ValidateIntoAsync(input, ModelState, "Input"))
        {
            var (userId, password) = await usersService.CreateAsync(input, ct);
            TempData["Success"] = $"Akun {(input.Email ?? "").Trim()} berhasil dibuat. Pengguna wajib mengganti kata sandi saat masuk pertama kali.";
            if (password is not null)
            {
                TempData[TemporaryPasswordKey] = password;
            }
            return RedirectToAction(nameof(Edit), new { id = userId });
        }
        input.Password = null;
        return View(await usersService.BuildCreateFormAsync(input, ct));
    }

    [HttpGet("ubah/{id?}")]
    public async Task<IActionResult> Edit(string id, CancellationToken ct)
    {
        // The temporary password is in this response only: never cache it.
        Response.Headers.CacheControl = "no-store";
        var password = TempData[TemporaryPasswordKey] as string;
        return View(await usersService.BuildEditFormAsync(id, null, password, ct));
    }

    [HttpPost("ubah/{id?}"), ValidateAntiForgeryToken]
    [OnDomainError(DomainErrorResponse.Form)]
    public async Task<IActionResult> Edit(string id, [Bind(Prefix = "Input")] EditUserInput input, CancellationToken ct)
    {
        if (await editValidator.ValidateIntoAsync(input, ModelState, "Input"))
        {
            await usersService.UpdateAsync(id, input, ct);
            TempData["Success"] = $"Perubahan akun {(input.Email ?? "").Trim()} berhasil disimpan.";
            return RedirectToAction(nameof(Edit), new { id });
        }
        return View(await usersService.BuildEditFormAsync(id, input, null, ct));
    }

    [HttpPost("nonaktifkan/{id?}"), ValidateAntiForgeryToken]
    [OnDomainError(DomainErrorResponse.RedirectBack, Action = "Edit", RouteKeys = ["id"])]
    public Task<IActionResult> Deactivate(string id, CancellationToken ct) =>
        RunAsync(id, async () => $"Akun {await usersService.DeactivateAsync(id, ct)} dinonaktifkan. Pengguna tidak dapat masuk lagi.");

    [HttpPost("aktifkan/{id?}"), ValidateAntiForgeryToken]
    [OnDomainError(DomainErrorResponse.RedirectBack, Action = "Edit", RouteKeys = ["id"])]
    public Task<IActionResult> Reactivate(string id, CancellationToken ct) =>
        RunAsync(id, async () => $"Akun {await usersService.ReactivateAsync(id, ct)} diaktifkan kembali.");

    [HttpPost("atur-ulang-sandi/{id?}"), ValidateAntiForgeryToken, EnableRateLimiting(RateLimitSetup.PasswordReset)]
    [OnDomainError(DomainErrorResponse.RedirectBack, Action = "Edit", RouteKeys = ["id"])]
    public Task<IActionResult> ResetPassword(string id, CancellationToken ct) =>
        RunAsync(id, async () =>
        {
            TempData[TemporaryPasswordKey] = await usersService.ResetPasswordAsync(id, ct);
            return "Kata sandi berhasil direset dan akun tidak lagi terkunci. Pengguna wajib mengganti kata sandi saat masuk.";
        });

    /// <summary>The staff dropdown for the chosen unit (htmx swaps it when the unit changes, sending the form's field names).</summary>
    [HttpGet("opsi-pegawai")]
    public async Task<IActionResult> StaffOptions(
        [FromQuery(Name = "Input.UnitId")] int unitId,
        [FromQuery(Name = "Input.StaffMemberId")] int? selected,
        string? userId,
        CancellationToken ct) =>
        PartialView("_StaffOptions", await usersService.StaffOptionsAsync(unitId, selected, userId, ct));

    private async Task<IActionResult> RunAsync(string id, Func<Task<string>> action)
    {
        TempData["Success"] = await action();
        return RedirectToAction(nameof(Edit), new { id });
    }
}
