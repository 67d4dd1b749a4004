namespace ZonaIntegritas.Web.Infrastructure.Files;

public enum FileScanOutcome
{
    Clean = 1,
    Infected = 2,

    /// <summary>The scanner could not give a verdict (down, timeout, size limit): the upload is refused.</summary>
    Failed = 3,
}

public sealed record FileScanResult(FileScanOutcome Outcome, string? Detail = null)
{
    public static FileScanResult Clean { get; } = new(FileScanOutcome.Clean);
}

/// <summary>Optional virus scan of uploaded content (off by default; see <see cref="ClamdOptions"/>).</summary>
public interface IFileScanner
{
    bool IsEnabled { get; }

    Task<FileScanResult> ScanAsync(Stream content, CancellationToken ct = default);
}

public sealed class NoOpFileScanner : IFileScanner
{
    public bool IsEnabled => false;

    public Task<FileScanResult> ScanAsync(Stream content, CancellationToken ct = default) => Task.FromResult(FileScanResult.Clean);
}
