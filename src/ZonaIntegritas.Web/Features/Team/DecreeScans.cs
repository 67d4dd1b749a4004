using ZonaIntegritas.Web.Domain.Teams;
using ZonaIntegritas.Web.Infrastructure.Files;

namespace ZonaIntegritas.Web.Features.Team;

/// <summary>
/// Scanned decrees (SK Tim ZI, SK Agen Perubahan) go through the one file intake: checked (empty, size, PDF/JPEG/PNG
/// by content, virus scan) and stored by SHA-256; <see cref="StoredScan.Key"/> is then the SHA-256. Scans stored
/// before the intake keep their path key under <c>scans/</c> (<see cref="FileIntake.LegacyScanFolder"/>).
/// </summary>
public static class DecreeScans
{
    /// <summary>Null when no file was chosen (the scan is optional); otherwise the accepted, staged scan.</summary>
    public static async Task<AcceptedFile?> AcceptAsync(FileIntake intake, IFormFile? file, CancellationToken ct) =>
        file is null || (file.Length == 0 && string.IsNullOrEmpty(file.FileName))
            ? null
            : await intake.AcceptAsync(file, UploadPurpose.DecreeScan, ct);

    public static StoredScan ToStoredScan(AcceptedFile scan) =>
        new(scan.Staged.Sha256, FileNameSanitizer.Sanitize(scan.FileName, "scan-sk" + scan.Type!.CanonicalExtension), scan.Type.ContentType, scan.Staged.Length);

    /// <summary>
    /// Saves a decree with the scan chosen in its form, if any: the new file is stored and attached, the decree saved by
    /// <paramref name="save"/>, the new file forgotten again when the save fails, and the scan it replaced released
    /// after a successful save. Nothing changes on disk for a form without a file.
    /// </summary>
    public static async Task SaveWithScanAsync(FileIntake intake, IFormFile? file, StoredScan? current, Action<StoredScan> attach,
        Func<Task> save, CancellationToken ct)
    {
        await using var scan = await AcceptAsync(intake, file, ct);
        StoredScan? stored = null;
        var created = false;
        if (scan is not null)
        {
            created = await intake.StoreAsync(scan.Staged, scan.Type!.ContentType, ct);
            stored = ToStoredScan(scan);
            attach(stored);
        }
        try
        {
            await save();
        }
        catch
        {
            if (scan is not null)
            {
                await intake.ForgetAsync(scan.Staged.Sha256, created);
            }
            throw;
        }
        if (current is not null && stored is not null && stored != current)
        {
            intake.Release(current.Key, FileIntake.LegacyScanFolder);
        }
    }
}
