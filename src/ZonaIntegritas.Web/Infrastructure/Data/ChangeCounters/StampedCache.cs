using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace ZonaIntegritas.Web.Infrastructure.Data.ChangeCounters;

/// <summary>
/// Aggregates cached under the database's change counters (<see cref="ChangeCounter"/>): the counters are read once per
/// request (one query), and a value is computed again only when a counter it depends on has moved. The counter is read
/// before the value is computed, so a value may be newer than its key, never older. When a counter row is missing
/// (a database emptied by hand), nothing is cached. Scoped: one read of the counters per request.
/// </summary>
public sealed class StampedCache
{
    private static readonly MemoryCacheEntryOptions EntryOptions = new() { SlidingExpiration = TimeSpan.FromMinutes(10), Size = 1 };

    // Compiled once: read on every request that uses a cached value or a kept page (ADR 0019, ADR 0021).
    private static readonly Func<AppDbContext, IAsyncEnumerable<ChangeCounter>> AllCounters =
        EF.CompileAsyncQuery((AppDbContext db) => db.Set<ChangeCounter>().AsNoTracking());

    private readonly AppDbContext _db;
    private readonly IMemoryCache _cache;
    private Dictionary<string, long>? _counters;

    public StampedCache(AppDbContext db, IMemoryCache cache)
    {
        _db = db;
        _cache = cache;
        // A request that saves and then reads (a save answered with fresh numbers) reads the counters again.
        db.SavedChanges += (_, _) => _counters = null;
    }

    /// <summary>
    /// <paramref name="key"/>'s value as of the current <paramref name="counters"/>: from memory, or computed by
    /// <paramref name="compute"/> and kept. The key must name everything else the value depends on (unit, year…).
    /// </summary>
    public async Task<T> GetAsync<T>(string key, string[] counters, Func<CancellationToken, Task<T>> compute, CancellationToken ct)
        where T : notnull
    {
        await ReadCountersAsync(ct);
        var stamp = new System.Text.StringBuilder(key);
        foreach (var name in counters)
        {
            if (!_counters!.TryGetValue(name, out var value))
            {
                return await compute(ct);
            }
            stamp.Append('|').Append(name).Append('=').Append(value);
        }
        var fullKey = "stamped:" + stamp;
        if (_cache.TryGetValue(fullKey, out T? hit) && hit is not null)
        {
            return hit;
        }
        var computed = await compute(ct);
        _cache.Set(fullKey, computed, EntryOptions);
        return computed;
    }

    /// <summary>A counter's value as of this request (read once per request), or null when its row is missing.</summary>
    public async Task<long?> CounterAsync(string name, CancellationToken ct)
    {
        await ReadCountersAsync(ct);
        return _counters!.TryGetValue(name, out var value) ? value : null;
    }

    private async Task ReadCountersAsync(CancellationToken ct)
    {
        if (_counters is not null)
        {
            return;
        }
        var counters = new Dictionary<string, long>(StringComparer.Ordinal);
        await foreach (var counter in AllCounters(_db).WithCancellation(ct))
        {
            counters[counter.Name] = counter.Value;
        }
        _counters = counters;
    }
}
