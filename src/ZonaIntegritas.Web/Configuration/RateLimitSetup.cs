using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using ZonaIntegritas.Web.Features.Pacts;
using ZonaIntegritas.Web.Features.PactVerification;

namespace ZonaIntegritas.Web.Configuration;

/// <summary>
/// Per-client-address limits (fixed one-minute windows) for endpoints an outsider can hammer: sign-in (password and
/// second factor), password reset, the public pact verification page. The address is the real client's once forwarded headers are honoured (ProxySetup).
/// A refused request gets 429 with the policy's Indonesian message and <c>Retry-After: 60</c>.
/// </summary>
public static class RateLimitSetup
{
    public const string SignIn = "sign-in";

    public const string PasswordReset = "password-reset";

    public static IServiceCollection AddPortalRateLimits(this IServiceCollection services)
    {
        services.AddPerAddressLimit(SignIn, sp => sp.GetRequiredService<IConfiguration>().GetValue("Security:SignInAttemptsPerMinute", 10),
            "Terlalu banyak percobaan masuk dari alamat Anda. Tunggu satu menit, lalu coba lagi.");
        services.AddPerAddressLimit(PasswordReset, sp => sp.GetRequiredService<IConfiguration>().GetValue("Security:PasswordResetsPerMinute", 5),
            "Terlalu banyak permintaan atur ulang kata sandi dari alamat Anda. Tunggu satu menit, lalu coba lagi.");
        // The public pact verification page (the link printed in signed PDFs).
        services.AddPerAddressLimit(PactVerificationController.RateLimitPolicy,
            sp => sp.GetRequiredService<IOptions<PactOptions>>().Value.VerificationRequestsPerMinute,
            "Terlalu banyak permintaan verifikasi dari alamat Anda. Coba lagi dalam satu menit.");
        services.AddRateLimiter(o => o.OnRejected = async (context, ct) =>
        {
            var response = context.HttpContext.Response;
            var policy = context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName;
            var message = policy is not null && Messages.TryGetValue(policy, out var text) ? text : "Terlalu banyak permintaan. Coba lagi dalam satu menit.";
            response.StatusCode = StatusCodes.Status429TooManyRequests;
            response.Headers.RetryAfter = "60";
            response.ContentType = "text/plain; charset=utf-8";
            await response.WriteAsync(message, ct);
        });
        return services;
    }

    /// <summary>A policy that allows <paramref name="perMinute"/> requests per client address per minute.</summary>
    public static IServiceCollection AddPerAddressLimit(this IServiceCollection services, string policy, Func<IServiceProvider, int> perMinute, string message)
    {
        Messages[policy] = message;
        return services.AddRateLimiter(o => o.AddPolicy(policy, http => RateLimitPartition.GetFixedWindowLimiter(
            policy + ":" + (http.Connection.RemoteIpAddress?.ToString() ?? "unknown"),
            _ => new FixedWindowRateLimiterOptions { PermitLimit = Math.Max(1, perMinute(http.RequestServices)), Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })));
    }

    private static readonly Dictionary<string, string> Messages = new(StringComparer.Ordinal);
}
