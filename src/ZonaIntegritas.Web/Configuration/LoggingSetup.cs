using Serilog;
using Serilog.Extensions.Logging;

namespace ZonaIntegritas.Web.Configuration;

public static class LoggingSetup
{
    /// <summary>
    /// Serilog from the <c>Serilog</c> section of appsettings (console + rolling file). The logger is built when
    /// the container first asks for it, so settings added by test hosts or environment variables apply.
    /// </summary>
    public static WebApplicationBuilder AddPortalLogging(this WebApplicationBuilder builder)
    {
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<ILoggerProvider>(sp =>
        {
            var logger = new LoggerConfiguration()
                .ReadFrom.Configuration(sp.GetRequiredService<IConfiguration>())
                .Enrich.FromLogContext()
                .CreateLogger();
            return new SerilogLoggerProvider(logger, dispose: true);
        });
        return builder;
    }
}
