namespace ZonaIntegritas.Web.Infrastructure.Files;

/// <summary>
/// <c>Uploads:*</c>: the per-unit storage quota and the per-user upload rate (issue 18 item 6), checked by
/// <see cref="UploadGate"/> before an upload is read and again once its size is known. 0 switches a limit off.
/// </summary>
public sealed class UploadOptions
{
    public const string Section = "Uploads";

    /// <summary>Bytes of evidence (all revisions) one unit may hold. Default 10 GB.</summary>
    public long UnitQuotaBytes { get; set; } = 10L * 1024 * 1024 * 1024;

    /// <summary>Uploads one user may start per minute (sliding window). Default 60.</summary>
    public int PerUserPerMinute { get; set; } = 60;
}
