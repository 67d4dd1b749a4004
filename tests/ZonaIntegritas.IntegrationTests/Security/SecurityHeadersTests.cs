using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using ZonaIntegritas.IntegrationTests.Infrastructure;

namespace ZonaIntegritas.IntegrationTests.Security;

/// <summary>Every response carries the security headers; HSTS is sent outside Development for HTTPS, also when the
/// TLS ends at the reverse proxy (X-Forwarded-Proto from a known proxy); no Server header.</summary>
public class SecurityHeadersTests(SecurityHeadersTests.StagingFactory factory) : IClassFixture<SecurityHeadersTests.StagingFactory>
{
    [Theory]
    [InlineData("/akun/masuk")]
    [InlineData("/health")]
    [InlineData("/tidak-ada")]
    public async Task Pages_carry_the_content_security_policy_and_the_other_headers(string path)
    {
        var http = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://zi.kemenag.test") });
        var response = await http.GetAsync(path);
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        csp.ShouldContain("script-src 'self'");
        csp.Split(';').Single(d => d.Trim().StartsWith("script-src ", StringComparison.Ordinal)).ShouldNotContain("unsafe-inline");
        csp.ShouldNotContain("unsafe-eval");
        csp.ShouldContain("frame-ancestors 'none'");
        csp.ShouldContain("object-src 'none'");
        response.Headers.GetValues("Permissions-Policy").Single().ShouldContain("camera=()");
        response.Headers.GetValues("X-Content-Type-Options").Single().ShouldBe("nosniff");
        response.Headers.GetValues("Referrer-Policy").Single().ShouldBe("strict-origin-when-cross-origin");
        response.Headers.GetValues("X-Frame-Options").Single().ShouldBe("DENY");
        response.Headers.Contains("Server").ShouldBeFalse();
        response.Headers.GetValues("Strict-Transport-Security").Single().ShouldContain("max-age=");
    }

    [Fact]
    public async Task Behind_the_proxy_https_is_taken_from_the_forwarded_scheme()
    {
        var http = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("http://zi.kemenag.test") });
        (await http.GetAsync("/health")).Headers.Contains("Strict-Transport-Security").ShouldBeFalse("plain HTTP gets no HSTS");

        var request = new HttpRequestMessage(HttpMethod.Get, "/akun/masuk");
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", "203.0.113.50");
        var proxied = await http.SendAsync(request);
        proxied.StatusCode.ShouldBe(HttpStatusCode.OK, "the Secure-only antiforgery cookie is issued: the request counts as HTTPS");
        proxied.Headers.Contains("Strict-Transport-Security").ShouldBeTrue("TLS ended at the proxy: the request counts as HTTPS");
    }

    public sealed class StagingFactory : PortalFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Staging");
        }

        /// <summary>Staging seeds its own demo data at start-up.</summary>
        protected override BaselineKind? Baseline => null;
    }
}
