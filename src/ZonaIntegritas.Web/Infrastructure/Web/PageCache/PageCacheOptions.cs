namespace ZonaIntegritas.Web.Infrastructure.Web.PageCache;

/// <summary>Configuration section <c>PageCache</c>.</summary>
public sealed class PageCacheOptions
{
    /// <summary>Off: every marked page is rendered on every request (the benchmark's cold column).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Memory kept for cached responses in all, in bytes; the least recently used go first.</summary>
    public long SizeLimitBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>A larger response is sent but not kept.</summary>
    public int LargestEntryBytes { get; set; } = 4 * 1024 * 1024;
}
