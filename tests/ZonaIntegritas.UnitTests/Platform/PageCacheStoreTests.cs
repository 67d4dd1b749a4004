using Microsoft.Extensions.Options;
using ZonaIntegritas.Web.Infrastructure.Web.PageCache;

namespace ZonaIntegritas.UnitTests.Platform;

/// <summary>The kept responses and the renderings under way (ADR 0021).</summary>
public class PageCacheStoreTests
{
    private static PageCache NewCache(long limit = 1024 * 1024) =>
        new(Options.Create(new PageCacheOptions { SizeLimitBytes = limit }));

    private static CachedResponse Page(int bytes) => new([KeyValuePair.Create("Content-Type", new[] { "text/html" })], new byte[bytes]);

    [Fact]
    public async Task Requests_for_a_key_being_rendered_wait_for_that_rendering()
    {
        using var cache = NewCache();
        var first = cache.Join("k");
        (first is null).ShouldBeTrue("the first request renders");
        var waiting = cache.Join("k");
        (waiting is not null).ShouldBeTrue();
        waiting!.IsCompleted.ShouldBeFalse();

        var page = Page(100);
        cache.Finish("k", page);

        (await waiting).ShouldBeSameAs(page);
        cache.TryGet("k", out var kept).ShouldBeTrue();
        kept.ShouldBeSameAs(page);
        var next = cache.Join("k");
        (next is null).ShouldBeTrue("once finished, a new rendering may start (e.g. after the entry expired)");
    }

    [Fact]
    public async Task A_response_that_cannot_be_kept_wakes_the_waiters_with_nothing()
    {
        using var cache = NewCache();
        _ = cache.Join("k");
        var waiting = cache.Join("k")!;
        cache.Finish("k", null);
        (await waiting).ShouldBeNull("each waiter renders the page itself");
        cache.TryGet("k", out _).ShouldBeFalse();
    }

    [Fact]
    public void Memory_for_kept_pages_is_bounded_in_bytes()
    {
        using var cache = NewCache(limit: 10_000);
        _ = cache.Join("a");
        cache.Finish("a", Page(6_000));
        _ = cache.Join("b");
        cache.Finish("b", Page(6_000));
        (cache.TryGet("a", out _) && cache.TryGet("b", out _)).ShouldBeFalse("two pages of 6 KB do not fit in 10 KB");
    }

    [Fact]
    public void Clear_forgets_every_kept_page()
    {
        using var cache = NewCache();
        _ = cache.Join("a");
        cache.Finish("a", Page(10));
        cache.Clear();
        cache.TryGet("a", out _).ShouldBeFalse();
    }
}
