using ZonaIntegritas.IntegrationTests.Infrastructure;

namespace ZonaIntegritas.IntegrationTests.Platform;

/// <summary>What tests of kept pages (ADR 0021) share.</summary>
public static class PageCacheTestKit
{
    /// <summary>A kept page costs the session check and the read of the counters, nothing else.</summary>
    public const int HitCommands = 2;

    /// <summary>Signed in, with the sign-in's flash message read (a page with a flash message is never kept).</summary>
    public static async Task<PortalClient> SignedInAsync(PortalFactory factory, string email)
    {
        var client = await PortalClient.SignedInAsync(factory, email);
        (await client.Http.GetAsync("/akun/ubah-sandi")).EnsureSuccessStatusCode();
        return client;
    }

    /// <summary>
    /// A kept page is found again only within the same UTC minute (the key holds it): a sequence of views that expects
    /// a kept page starts well inside a minute, so it cannot straddle the next one.
    /// </summary>
    public static async Task WellInsideAMinuteAsync()
    {
        var now = DateTime.UtcNow;
        if (now.Second >= 45)
        {
            await Task.Delay(TimeSpan.FromSeconds(60 - now.Second) - TimeSpan.FromMilliseconds(now.Millisecond) + TimeSpan.FromMilliseconds(200));
        }
    }
}
