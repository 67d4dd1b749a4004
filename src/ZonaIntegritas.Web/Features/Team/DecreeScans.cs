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
}
