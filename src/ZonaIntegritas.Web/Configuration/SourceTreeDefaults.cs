namespace ZonaIntegritas.Web.Configuration;

/// <summary>
/// Run from its source tree (<c>dotnet run --project src/ZonaIntegritas.Web</c>) with no environment chosen, the
/// portal is Development on http://localhost:5080 with the project folder as content root, which a launch
/// profile would otherwise set. There is deliberately no launchSettings.json: <c>dotnet run</c> prints
/// "Using launch settings from …" on stdout for a launch profile, which would spoil the output of commands such
/// as <c>score FILE.json</c>. A published build (no project file beside it) keeps ASP.NET Core's defaults
/// (Production); ASPNETCORE_ENVIRONMENT, DOTNET_ENVIRONMENT or <c>--environment</c> always win.
/// </summary>
public static class SourceTreeDefaults
{
    public const string DevelopmentUrl = "http://localhost:5080";
    private const string ProjectFile = "ZonaIntegritas.Web.csproj";

    /// <summary>The project folder when running from bin/{Configuration}/{TargetFramework} of the source tree with no environment chosen.</summary>
    public static string? ProjectDirectory(string[] args)
    {
        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT"))
            || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT"))
            || args.Any(a => a.StartsWith("--environment", StringComparison.Ordinal)))
        {
            return null;
        }
        var candidate = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", ".."));
        return File.Exists(Path.Combine(candidate, ProjectFile)) ? candidate : null;
    }

    public static WebApplicationOptions Options(string[] args) => ProjectDirectory(args) is { } project
        ? new WebApplicationOptions { Args = args, EnvironmentName = Environments.Development, ContentRootPath = project }
        : new WebApplicationOptions { Args = args };

    /// <summary>Listens on <see cref="DevelopmentUrl"/> unless an address was configured (URLS, HTTP_PORTS, --urls).</summary>
    public static void ApplyUrl(WebApplicationBuilder builder, string[] args)
    {
        var configured = !string.IsNullOrEmpty(builder.Configuration["urls"])
            || !string.IsNullOrEmpty(builder.Configuration["http_ports"])
            || !string.IsNullOrEmpty(builder.Configuration["https_ports"]);
        if (!configured && ProjectDirectory(args) is not null)
        {
            builder.WebHost.UseUrls(DevelopmentUrl);
        }
    }
}
