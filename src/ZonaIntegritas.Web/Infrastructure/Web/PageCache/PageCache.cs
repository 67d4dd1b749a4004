using System.Collections.Concurrent;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace ZonaIntegritas.Web.Infrastructure.Web.PageCache;

/// <summary>
/// The kept responses (a memory cache of its own, bounded in bytes) and the renderings under way: when several
/// requests ask for the same key at once, one renders and the others wait for its result.
/// </summary>
public sealed class PageCache : IDisposable
{
    // A key holds the minute in it; an entry is never useful for longer.
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(2);

    private readonly MemoryCache _entries;
    private readonly ConcurrentDictionary<string, TaskCompletionSource<CachedResponse?>> _rendering = new(StringComparer.Ordinal);

    public PageCache(IOptions<PageCacheOptions> options)
    {
        Options = options.Value;
        _entries = new MemoryCache(new MemoryCacheOptions { SizeLimit = Options.SizeLimitBytes, CompactionPercentage = 0.25 });
    }

    public PageCacheOptions Options { get; }

    public bool TryGet(string key, out CachedResponse? response) => _entries.TryGetValue(key, out response);

    /// <summary>
    /// Null when this caller is the one to render <paramref name="key"/> (it must then call <see cref="Finish"/>);
    /// otherwise the task of the rendering under way, whose result is null when that response could not be kept.
    /// </summary>
    public Task<CachedResponse?>? Join(string key)
    {
        var mine = new TaskCompletionSource<CachedResponse?>(TaskCreationOptions.RunContinuationsAsynchronously);
        var current = _rendering.GetOrAdd(key, mine);
        return ReferenceEquals(current, mine) ? null : current.Task;
    }

    /// <summary>Ends the rendering of <paramref name="key"/>: keeps <paramref name="response"/> (if any) and wakes the waiters.</summary>
    public void Finish(string key, CachedResponse? response)
    {
        if (response is not null)
        {
            _entries.Set(key, response, new MemoryCacheEntryOptions { Size = response.Size, AbsoluteExpirationRelativeToNow = Lifetime });
        }
        if (_rendering.TryRemove(key, out var waiting))
        {
            waiting.TrySetResult(response);
        }
    }

    /// <summary>Forgets every kept response (tests that reset the database behind the portal's back).</summary>
    public void Clear() => _entries.Clear();

    public void Dispose() => _entries.Dispose();
}
