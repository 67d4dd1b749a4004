using System.Globalization;

namespace ZonaIntegritas.Web.Infrastructure.Files;

/// <summary>
/// <c>Uploads:*</c>: the one set of upload limits (ADR 0014). <see cref="FileIntake"/> applies them to every upload;
/// the request-body limits of the server are set just above the largest (<see cref="LargestBytes"/>) so an oversize
/// file reaches the gate and gets the Indonesian size message instead of a bare 400/413. 0 switches quota/rate off.
/// </summary>
public sealed class UploadOptions
{
    public const string Section = "Uploads";

    /// <summary>Room for the form fields and multipart headers that travel with the file.</summary>
    public const long RequestOverheadBytes = 1024 * 1024;

    /// <summary>Largest file of any upload (evidence). Default 100 MB. Replaces <c>Storage:MaxUploadMegabytes</c>.</summary>
    public long MaxFileBytes { get; set; } = 100L * 1024 * 1024;

    /// <summary>Largest scanned paper document (decrees, wet-signed pacts). Default 20 MB. Replaces <c>Pakta:MaxScanMegabytes</c>.</summary>
    public long MaxScanBytes { get; set; } = 20L * 1024 * 1024;

    /// <summary>Largest drawn signature (the PNG, before base64). Default 200 KB.</summary>
    public long MaxSignatureBytes { get; set; } = 200 * 1024;

    /// <summary>Largest tabular import file (staff CSV, work-plan XLSX). Default 5 MB.</summary>
    public long MaxImportBytes { get; set; } = 5L * 1024 * 1024;

    /// <summary>Largest JSON import (worksheet answers <c>zi-lke/1</c>, LKE templates, file or pasted). Default 2 MB.</summary>
    public long MaxJsonImportBytes { get; set; } = 2L * 1024 * 1024;

    /// <summary>Bytes of evidence (all revisions) one unit may hold. Default 10 GB.</summary>
    public long UnitQuotaBytes { get; set; } = 10L * 1024 * 1024 * 1024;

    /// <summary>Uploads one user may start per minute (sliding window). Default 60.</summary>
    public int PerUserPerMinute { get; set; } = 60;

    /// <summary>The limit of one purpose (never above <see cref="MaxFileBytes"/>).</summary>
    public long MaxBytesFor(UploadPurpose purpose) => purpose switch
    {
        UploadPurpose.DecreeScan or UploadPurpose.PactScan => Math.Min(MaxScanBytes, MaxFileBytes),
        UploadPurpose.DrawnSignature => Math.Min(MaxSignatureBytes, MaxFileBytes),
        UploadPurpose.StaffImport or UploadPurpose.WorkPlanImport => Math.Min(MaxImportBytes, MaxFileBytes),
        UploadPurpose.WorksheetImport or UploadPurpose.LkeTemplateImport => Math.Min(MaxJsonImportBytes, MaxFileBytes),
        _ => MaxFileBytes,
    };

    /// <summary>The largest limit of any purpose: the server's request-body limit is this plus <see cref="RequestOverheadBytes"/>.</summary>
    public long LargestBytes => Enum.GetValues<UploadPurpose>().Max(MaxBytesFor);

    /// <summary>
    /// Keeps deployments configured with the old keys working: <c>Storage:MaxUploadMegabytes</c> and
    /// <c>Pakta:MaxScanMegabytes</c> (docker-compose.yml still passes the first) are read when the new key is absent.
    /// That is why appsettings.json does not list the new <c>Max*</c> keys: their defaults live here.
    /// </summary>
    public static void ApplyLegacyKeys(UploadOptions options, IConfiguration configuration)
    {
        if (string.IsNullOrEmpty(configuration[$"{Section}:{nameof(MaxFileBytes)}"]) && Megabytes(configuration["Storage:MaxUploadMegabytes"]) is { } file)
        {
            options.MaxFileBytes = file;
        }
        if (string.IsNullOrEmpty(configuration[$"{Section}:{nameof(MaxScanBytes)}"]) && Megabytes(configuration["Pakta:MaxScanMegabytes"]) is { } scan)
        {
            options.MaxScanBytes = scan;
        }
    }

    private static long? Megabytes(string? value) =>
        long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var mb) && mb > 0 ? mb * 1024 * 1024 : null;
}

/// <summary>What an upload is for: decides its size limit and the file types accepted (<see cref="FileIntake"/>).</summary>
public enum UploadPurpose
{
    Evidence = 1,
    DecreeScan = 2,
    PactScan = 3,
    DrawnSignature = 4,
    StaffImport = 5,

    /// <summary>Worksheet answers in the <c>zi-lke/1</c> JSON format (the exchange parser checks the content).</summary>
    WorksheetImport = 6,

    /// <summary>A work plan as XLSX (checked by content as XLSX, then by the spreadsheet reader).</summary>
    WorkPlanImport = 7,

    /// <summary>An LKE template in the <c>zi-lke-template/1</c> JSON format, uploaded or pasted (the template parser checks the content).</summary>
    LkeTemplateImport = 8,
}
