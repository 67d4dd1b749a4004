namespace ZonaIntegritas.Web.Features.SubmissionCheck;

/// <summary>Settings of the pre-submission check (section <c>SubmissionCheck</c>).</summary>
public sealed class SubmissionCheckOptions
{
    public const string Section = "SubmissionCheck";

    /// <summary>The PMPZI upload limit per file, in MB (default 10).</summary>
    public int MaxFileMegabytes { get; set; } = 10;

    public long MaxFileBytes => MaxFileMegabytes * 1024L * 1024L;
}
