using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using ZonaIntegritas.Web.Configuration;

namespace ZonaIntegritas.Web.Infrastructure.Files;

/// <summary>
/// Registers the shared file services (store, scanner) for every feature that takes uploads: evidence, pakta
/// scans, roster SK files. Found by the feature-module scan like a feature.
/// </summary>
public sealed class FileServicesModule : IFeatureModule
{
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ClamdOptions>().BindConfiguration(ClamdOptions.Section);
        services.TryAddSingleton<LocalFileStore>();
        services.TryAddSingleton<IFileStore>(sp => sp.GetRequiredService<LocalFileStore>());
        services.TryAddSingleton<IFileScanner>(sp => sp.GetRequiredService<IOptions<ClamdOptions>>().Value.Enabled
            ? ActivatorUtilities.CreateInstance<ClamdFileScanner>(sp)
            : new NoOpFileScanner());
    }
}

/// <summary>Deletes staged uploads left over by a crash or a killed process.</summary>
public sealed class UploadTempCleanupTask : IStartupTask
{
    public int Order => 10;

    public Task RunAsync(IServiceProvider services, CancellationToken ct)
    {
        var removed = services.GetRequiredService<LocalFileStore>().CleanTemp(services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
        if (removed > 0)
        {
            services.GetRequiredService<ILogger<UploadTempCleanupTask>>().LogInformation("Removed {Count} stale staged uploads", removed);
        }
        return Task.CompletedTask;
    }
}
