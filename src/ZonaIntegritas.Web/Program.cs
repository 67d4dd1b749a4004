using ZonaIntegritas.Web.Configuration;

var command = CommandLine.Parse(args);
if (command is { Command.NeedsHost: false })
{
    return await command.Command.RunAsync(null, command.Args, Console.Out, Console.Error);
}

string[] hostArgs = command is null ? args : [.. command.Args.Where(a => a.StartsWith("--environment", StringComparison.Ordinal))];
var builder = WebApplication.CreateBuilder(SourceTreeDefaults.Options(hostArgs));
SourceTreeDefaults.ApplyUrl(builder, hostArgs);
if (command is not null)
{
    // Commands print their results on stdout; keep logs on stderr.
    builder.Configuration["Serilog:WriteTo:0:Args:standardErrorFromLevel"] = "Verbose";
}

builder.AddPortalLogging();
builder.AddPortalTelemetry();
StorageOptions.Register(builder.Services);
builder.Services.AddDatabase();
builder.Services.AddScheduledJobs();
builder.Services.AddPortalIdentity();
builder.Services.AddPortalProxySupport(builder.Configuration);
builder.Services.AddPortalRateLimits();
builder.Services.AddPortalAuthorization();
builder.Services.AddPortalMvc();
builder.Services.AddPortalValidation();
builder.Services.AddFeatureModules(builder.Configuration);
var app = builder.Build();

if (command?.Command.NeedsDatabase != false)
{
    try
    {
        await app.PrepareDatabaseAsync(seedDemo: command?.Name == "seed-demo");
    }
    catch (StartupException ex)
    {
        app.Logger.LogCritical(ex, "Portal tidak dapat dimulai: {Reason}", ex.Message);
        await Console.Error.WriteLineAsync($"Portal tidak dapat dimulai: {ex.Message}");
        return 1;
    }
}
if (command is not null)
{
    return await CommandLine.RunAsync(app, command);
}

app.UsePortalPipeline();
await app.RunAsync();
return 0;

/// <summary>Exposed for WebApplicationFactory in the integration and browser tests.</summary>
public partial class Program;
