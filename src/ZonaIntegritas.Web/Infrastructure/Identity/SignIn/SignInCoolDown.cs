using System.Collections.Concurrent;

namespace ZonaIntegritas.Web.Infrastructure.Identity.SignIn;

/// <summary>
/// Slows password guessing without letting anyone lock an account out: failures are counted per account AND client
/// address. After <see cref="FreeAttempts"/> failures that pair waits a cool-down that doubles with each further
/// failure (1, 2, 4, 8 minutes, at most <see cref="MaxCoolDown"/>); a success clears it. Another address (the
/// account's owner) is never affected, so five requests from an attacker no longer lock the administrator out. The
/// per-address rate limit (RateLimitSetup) caps attempts across accounts. Kept in memory per web node: a restart
/// forgets the counts, which only ever helps the legitimate user.
/// </summary>
public sealed class SignInCoolDown(TimeProvider clock)
{
    public const int FreeAttempts = 5;

    public static readonly TimeSpan MaxCoolDown = TimeSpan.FromMinutes(15);

    /// <summary>Counts are forgotten this long after the last failure.</summary>
    private static readonly TimeSpan Memory = TimeSpan.FromHours(1);

    private readonly ConcurrentDictionary<string, Failures> _failures = new(StringComparer.Ordinal);

    /// <summary>When the pair may try again, or null when it may try now.</summary>
    public DateTimeOffset? BlockedUntil(string email, string? address)
    {
        var now = clock.GetUtcNow();
        return _failures.TryGetValue(Key(email, address), out var f) && f.Until > now ? f.Until : null;
    }

    public void RecordFailure(string email, string? address)
    {
        var now = clock.GetUtcNow();
        if (_failures.Count > 100_000)
        {
            Prune(now);
        }
        _failures.AddOrUpdate(Key(email, address), _ => new Failures(1, now, DateTimeOffset.MinValue), (_, f) =>
        {
            var count = now - f.LastAt > Memory ? 1 : f.Count + 1;
            var until = count < FreeAttempts ? DateTimeOffset.MinValue
                : now + TimeSpan.FromMinutes(Math.Min(MaxCoolDown.TotalMinutes, Math.Pow(2, Math.Min(count - FreeAttempts, 10))));
            return new Failures(count, now, until);
        });
    }

    public void Clear(string email, string? address) => _failures.TryRemove(Key(email, address), out _);

    private void Prune(DateTimeOffset now)
    {
        foreach (var (key, f) in _failures)
        {
            if (now - f.LastAt > Memory)
            {
                _failures.TryRemove(key, out _);
            }
        }
    }

    private static string Key(string email, string? address) => email.Trim().ToUpperInvariant() + "|" + (address ?? "unknown");

    private sealed record Failures(int Count, DateTimeOffset LastAt, DateTimeOffset Until);
}
