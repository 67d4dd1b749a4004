using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using ZonaIntegritas.Web.Configuration;
using ZonaIntegritas.Web.Infrastructure.Jobs;

namespace ZonaIntegritas.Web.Infrastructure.Files;

/// <summary>
/// Registers the one file intake (ADR 0014: gate, store, scanner, limits) for every feature that takes uploads:
/// evidence, decree and pact scans, drawn signatures, imports. Called from Program.cs (<c>AddPortalFiles()</c>).
/// Sets the server's request-body and form limits just above the largest upload limit, so an oversize file reaches
/// <see cref="FileIntake"/> and gets the Indonesian size message rather than a bare 400/413.
/// </summary>
public static class FileServicesModule
{
    public static IServiceCollection AddPortalFiles(this IServiceCollection services)
    {
        services.AddOptions<ClamdOptions>().BindConfiguration(ClamdOptions.Section);
        services.AddOptions<UploadOptions>().BindConfiguration(UploadOptions.Section)
            .PostConfigure<IConfiguration>(UploadOptions.ApplyLegacyKeys);
        services.AddOptions<KestrelServerOptions>().Configure<IOptions<UploadOptions>>((kestrel, uploads) =>
            kestrel.Limits.MaxRequestBodySize = uploads.Value.LargestBytes + UploadOptions.RequestOverheadBytes);
        services.AddOptions<FormOptions>().Configure<IOptions<UploadOptions>>((form, uploads) =>
        {
            form.MultipartBodyLengthLimit = uploads.Value.LargestBytes + UploadOptions.RequestOverheadBytes;
            // A drawn signature travels as a base64 data URL in a form field, a pasted LKE template as text: room for
            // either well over its limit, so the intake answers with the size message.
            var largestValue = Math.Max(uploads.Value.MaxBytesFor(UploadPurpose.DrawnSignature) * 2, uploads.Value.MaxBytesFor(UploadPurpose.LkeTemplateImport));
            form.ValueLengthLimit = (int)Math.Max(form.ValueLengthLimit, Math.Min(int.MaxValue, largestValue + UploadOptions.RequestOverheadBytes));
        });
        services.TryAddScoped<FileIntake>();
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
