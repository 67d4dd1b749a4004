using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using ZonaIntegritas.Web.Configuration;
using ZonaIntegritas.Web.Infrastructure.Jobs;

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
        services.AddOptions<UploadOptions>().BindConfiguration(UploadOptions.Section);
        services.TryAddSingleton<UploadRateLimiter>();
        services.TryAddScoped<UploadGate>();
        services.TryAddSingleton<LocalFileStore>();
        services.TryAddSingleton<IFileStore>(sp => sp.GetRequiredService<LocalFileStore>());
        services.TryAddSingleton<IFileScanner>(sp => sp.GetRequiredService<IOptions<ClamdOptions>>().Value.Enabled
            ? ActivatorUtilities.CreateInstance<ClamdFileScanner>(sp)
            : new NoOpFileScanner());
        services.AddScheduledJob<UploadTempCleanupJob>();
    }
}

/// <summary>Deletes staged uploads left over by a crash or a killed process (older than a day), every hour.</summary>
public sealed class UploadTempCleanupJob(LocalFileStore store, TimeProvider clock, ILogger<UploadTempCleanupJob> logger) : IScheduledJob
{
    public string Name => "upload-temp-cleanup";

    public JobSchedule Schedule => JobSchedule.Every(TimeSpan.FromHours(1));

    public Task RunAsync(DateTime periodStartUtc, CancellationToken ct)
    {
        var removed = store.CleanTemp(clock.GetUtcNow().UtcDateTime);
        if (removed > 0)
        {
            logger.LogInformation("Removed {Count} stale staged uploads", removed);
        }
        return Task.CompletedTask;
    }
}
