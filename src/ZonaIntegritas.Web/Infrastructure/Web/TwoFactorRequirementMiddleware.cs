using Microsoft.Extensions.Options;
using ZonaIntegritas.Web.Domain.Users;
using ZonaIntegritas.Web.Infrastructure.Authorization;
using ZonaIntegritas.Web.Infrastructure.Identity;
using ZonaIntegritas.Web.Infrastructure.Identity.Sessions;

namespace ZonaIntegritas.Web.Infrastructure.Web;

/// <summary>
/// An administrator without two-factor sign-in (when <c>Security:RequireTwoFactorForAdministrators</c> is on) may
/// only enrol, change the password or sign out: every other request is sent to the enrolment page.
/// </summary>
public sealed class TwoFactorRequirementMiddleware(RequestDelegate next, IOptions<SignInSessionOptions> options)
{
    public Task InvokeAsync(HttpContext context)
    {
        var user = context.User;
        if (options.Value.RequireTwoFactorForAdministrators
            && user.Identity?.IsAuthenticated == true
            && Permissions.Has(user, Permissions.RequiresTwoFactor)
            && !user.HasClaim(AppClaimTypes.TwoFactorEnabled, "true"))
        {
            var path = context.Request.Path;
            string[] allowed = ["/akun/dua-langkah", "/akun/ubah-sandi", "/akun/keluar", "/health", "/error", "/lib", "/css", "/js"];
            if (!allowed.Any(a => path.StartsWithSegments(a, StringComparison.OrdinalIgnoreCase)))
            {
                context.Response.Redirect("/akun/dua-langkah/aktifkan");
                return Task.CompletedTask;
            }
        }
        return next(context);
    }
}
