using ZonaIntegritas.Web.Infrastructure.Identity;

namespace ZonaIntegritas.Web.Infrastructure.Web;

/// <summary>A user signed in with an administrator-issued password may only change it (or sign out).</summary>
public sealed class MustChangePasswordMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (context.User.HasClaim(AppClaimTypes.MustChangePassword, "true"))
        {
            var path = context.Request.Path;
            var allowed = path.StartsWithSegments("/akun/ubah-sandi", StringComparison.OrdinalIgnoreCase)
                || path.StartsWithSegments("/akun/keluar", StringComparison.OrdinalIgnoreCase)
                || path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase)
                || path.StartsWithSegments("/error", StringComparison.OrdinalIgnoreCase)
                || path.StartsWithSegments("/lib", StringComparison.OrdinalIgnoreCase)
                || path.StartsWithSegments("/css", StringComparison.OrdinalIgnoreCase)
                || path.StartsWithSegments("/js", StringComparison.OrdinalIgnoreCase);
            if (!allowed)
            {
                context.Response.Redirect("/akun/ubah-sandi");
                return Task.CompletedTask;
            }
        }
        return next(context);
    }
}
