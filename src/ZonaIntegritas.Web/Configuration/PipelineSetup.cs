using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using ZonaIntegritas.Web.Infrastructure.Web;
using ZonaIntegritas.Web.Infrastructure.Web.PageCache;

namespace ZonaIntegritas.Web.Configuration;

public static class PipelineSetup
{
    public static WebApplication UsePortalPipeline(this WebApplication app)
    {
        // First: the scheme and client address behind the TLS proxy (HSTS, Secure cookies, rate limits) are the real ones.
        app.UseForwardedHeaders();
        app.UsePortalRequestLogging();
        app.UseExceptionHandler("/error/500");
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseRequestLocalization();
        app.UseRouting();
        // Old conventional URLs (/Evidence/Details/5) answer with a permanent redirect to the Indonesian ones (ADR 0017).
        app.UseMiddleware<LegacyUrlRedirectMiddleware>();
        app.UseMiddleware<RequestSizeGuardMiddleware>();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseMiddleware<MustChangePasswordMiddleware>();
        app.UseMiddleware<TwoFactorRequirementMiddleware>();
        app.UseMiddleware<ExceptionStatusMiddleware>();
        // After every check of the user (session, password change, 2FA) and the endpoint's policies (ADR 0021).
        app.UseMiddleware<PageCacheMiddleware>();
        // Inside the page cache, so a kept page is kept compressed; only for the portal's own requests (ADR 0022).
        app.UseResponseCompression();

        app.MapStaticAssets().AllowAnonymous();
        app.MapHealthChecks("/health", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapPortalMetrics();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();
        // Every action has an Indonesian attribute route (ADR 0017); there is no conventional route.
        app.MapControllers();
        return app;
    }
}
