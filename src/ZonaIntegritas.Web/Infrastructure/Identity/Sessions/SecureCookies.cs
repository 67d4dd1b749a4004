namespace ZonaIntegritas.Web.Infrastructure.Identity.Sessions;

/// <summary>
/// Cookies are <c>Secure</c> everywhere except on a developer's machine and in the test hosts (plain HTTP on
/// loopback). Behind a TLS reverse proxy the request counts as HTTPS once forwarded headers are honoured
/// (<c>ForwardedHeaders:*</c>).
/// </summary>
public static class SecureCookies
{
    public static CookieSecurePolicy Policy(IHostEnvironment env) =>
        env.IsDevelopment() || env.IsEnvironment("Testing") ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
}
