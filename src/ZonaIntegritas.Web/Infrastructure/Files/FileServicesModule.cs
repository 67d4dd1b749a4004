using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using ZonaIntegritas.Web.Configuration;
using ZonaIntegritas.Web.Infrastructure.Jobs;

namespace ZonaIntegritas.Web.Infrastructure.Files;

/// <summary>
/// Registers the shared file services (store, scanner) for every feature that takes uploads: evidence, pakta
/// scans, roster SK files. Called from Program.cs (<c>AddPortalFiles()</c>).
/// </summary>
public static class FileServicesModule
{
    public static IServiceCollection AddPortalFiles(this IServiceCollection services)
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
        return services;
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
