using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.Options;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace ZonaIntegritas.Web.Configuration;

/// <summary><c>Metrics:Prometheus:*</c>: the scrape endpoint, off unless enabled, and then only with a bearer token.</summary>
public sealed class PrometheusOptions
{
    public const string Section = "Metrics:Prometheus";
    public const int MinimumTokenLength = 16;

    public bool Enabled { get; set; }

    /// <summary>What Prometheus sends as <c>Authorization: Bearer …</c> (its <c>bearer_token</c>/<c>authorization</c> setting).</summary>
    public string BearerToken { get; set; } = "";
}

public static class TelemetrySetup
{
    public const string MetricsPath = "/metrics";

    /// <summary>
    /// OpenTelemetry metrics (ASP.NET Core, .NET runtime) and, only when an OTLP endpoint is set, traces (ASP.NET Core,
    /// EF Core). Exported over OTLP when the standard <c>OTEL_EXPORTER_OTLP_*</c> variables name an endpoint (protocol, headers, service name from the
    /// other <c>OTEL_*</c> variables); metrics can also be scraped at <see cref="MetricsPath"/> (see <see cref="PrometheusOptions"/>).
    /// </summary>
    public static WebApplicationBuilder AddPortalTelemetry(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        builder.Services.AddOptions<PrometheusOptions>().BindConfiguration(PrometheusOptions.Section)
            .Validate(o => !o.Enabled || o.BearerToken.Trim().Length >= PrometheusOptions.MinimumTokenLength,
                $"Metrics:Prometheus:Enabled=true memerlukan Metrics:Prometheus:BearerToken (minimal {PrometheusOptions.MinimumTokenLength} karakter): " +
                "endpoint /metrics tidak boleh terbuka tanpa autentikasi.")
            .ValidateOnStart();

        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource =>
            {
                if (string.IsNullOrWhiteSpace(configuration["OTEL_SERVICE_NAME"]))
                {
                    resource.AddService("zonaintegritas", serviceVersion: typeof(TelemetrySetup).Assembly.GetName().Version?.ToString());
                }
            })
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddRuntimeInstrumentation()
                .AddPrometheusExporter());
        if (OtlpEndpointConfigured(configuration))
        {
            // Traces only when they have somewhere to go: without an exporter, an activity per request and per SQL
            // command (with its statement text) was built and dropped on every request (issue 19's profile).
            telemetry.WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(o => o.Filter = context => !IsPlumbing(context.Request.Path))
                .AddEntityFrameworkCoreInstrumentation());
            telemetry.UseOtlpExporter();
        }
        return builder;
    }

    /// <summary>Maps <see cref="MetricsPath"/>: 404 while disabled, 401 without the configured bearer token.</summary>
    public static WebApplication MapPortalMetrics(this WebApplication app)
    {
        app.MapPrometheusScrapingEndpoint(MetricsPath, meterProvider: null,
                configureBranchedPipeline: branch => branch.Use(GuardScrapeAsync), optionsName: null)
            .AllowAnonymous();
        return app;
    }

    /// <summary>Health probes and scrapes are neither traced nor worth a request log line at Information.</summary>
    public static bool IsPlumbing(PathString path) =>
        path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments(MetricsPath, StringComparison.OrdinalIgnoreCase);

    private static bool OtlpEndpointConfigured(IConfiguration configuration) =>
        new[] { "OTEL_EXPORTER_OTLP_ENDPOINT", "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", "OTEL_EXPORTER_OTLP_METRICS_ENDPOINT" }
            .Any(key => !string.IsNullOrWhiteSpace(configuration[key]));

    private static async Task GuardScrapeAsync(HttpContext context, RequestDelegate next)
    {
        var options = context.RequestServices.GetRequiredService<IOptionsMonitor<PrometheusOptions>>().CurrentValue;
        if (!options.Enabled)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        if (!HasBearerToken(context.Request, options.BearerToken.Trim()))
        {
            if (context.Features.Get<IStatusCodePagesFeature>() is { } pages)
            {
                pages.Enabled = false;
            }
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            context.Response.Headers.WWWAuthenticate = "Bearer realm=\"metrics\"";
            return;
        }
        await next(context);
    }

    private static bool HasBearerToken(HttpRequest request, string expected)
    {
        var header = request.Headers.Authorization.ToString();
        const string Scheme = "Bearer ";
        if (expected.Length == 0 || !header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        var given = SHA256.HashData(Encoding.UTF8.GetBytes(header[Scheme.Length..].Trim()));
        return CryptographicOperations.FixedTimeEquals(given, SHA256.HashData(Encoding.UTF8.GetBytes(expected)));
    }
}
