using Serilog;
using Serilog.Events;
using Serilog.Settings.Configuration;
using ZonaIntegritas.Web.Infrastructure.Identity;

namespace ZonaIntegritas.Web.Configuration;

public static class LoggingSetup
{
    /// <summary>
    /// The sink assemblies named explicitly: under a test host the entry assembly is the test runner, whose
    /// dependency context does not list them, so a scan would find no <c>Console</c> or <c>File</c> sink.
    /// </summary>
    private static readonly ConfigurationReaderOptions ReaderOptions = new(
        typeof(ConsoleLoggerConfigurationExtensions).Assembly,
        typeof(FileLoggerConfigurationExtensions).Assembly);

    /// <summary>
    /// Serilog from the <c>Serilog</c> section of appsettings (console + rolling file), through Serilog.AspNetCore.
    /// The logger is built when the container first asks for it, so settings added by test hosts or environment
    /// variables apply. The static <see cref="Log.Logger"/> is left alone: several hosts (tests) may share a process.
    /// </summary>
    public static WebApplicationBuilder AddPortalLogging(this WebApplicationBuilder builder)
    {
        builder.Logging.ClearProviders();
        builder.Services.AddSerilog(
            (services, logger) => logger
                .ReadFrom.Configuration(services.GetRequiredService<IConfiguration>(), ReaderOptions)
                .Enrich.FromLogContext(),
            preserveStaticLogger: true);
        return builder;
    }

    /// <summary>
    /// One log line per request: method, path (no query string, which may hold tokens), final status, ms, user.
    /// Placed before the exception handler and status-code pages, so it records the status the client got
    /// (a 500 from an unhandled exception, a 404 from the status-code page), not the one at the time of the throw.
    /// </summary>
    public static WebApplication UsePortalRequestLogging(this WebApplication app)
    {
        app.UseSerilogRequestLogging(options =>
        {
            options.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
            options.MessageTemplate =
                "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms (user {UserId})";
            options.GetLevel = (context, _, exception) =>
                exception is not null || context.Response.StatusCode >= 500 ? LogEventLevel.Error
                : TelemetrySetup.IsPlumbing(context.Request.Path) && context.Response.StatusCode < 400 ? LogEventLevel.Debug
                : LogEventLevel.Information;
            options.EnrichDiagnosticContext = (diagnostics, context) =>
                diagnostics.Set("UserId", context.User.GetUserId() ?? "-");
        });
        return app;
    }
}
