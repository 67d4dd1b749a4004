using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using ZonaIntegritas.Web.Infrastructure.Identity.Sessions;
using ZonaIntegritas.Web.Infrastructure.Web.PageCache;

namespace ZonaIntegritas.UnitTests.Platform;

/// <summary>The key of a kept page names everything the page depends on (ADR 0021, 0022); one change gives another key.</summary>
public class PageCacheKeyTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 3, 15, 20, TimeSpan.Zero);

    private static DefaultHttpContext Request(string user = "u1", string session = "s1", string path = "/rencana-kerja",
        string query = "", string cookie = "zi.auth=abc; zi.af=def", string host = "zi.example",
        string acceptEncoding = "gzip, deflate, br, zstd", string fetchSite = "same-origin")
    {
        var context = new DefaultHttpContext();
        context.User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, user)], "test"));
        context.Items[SessionCookieEvents.SessionKey] = session;
        context.Request.Scheme = "https";
        context.Request.Host = new HostString(host);
        context.Request.Path = path;
        context.Request.QueryString = new QueryString(query);
        context.Request.Headers.Cookie = cookie;
        context.Request.Headers.AcceptEncoding = acceptEncoding;
        context.Request.Headers["Sec-Fetch-Site"] = fetchSite;
        return context;
    }

    private static readonly string Base = PageCacheKey.Of(Request(), 41, Now);

    [Fact]
    public void The_same_request_in_the_same_minute_with_unchanged_data_has_the_same_key()
    {
        PageCacheKey.Of(Request(), 41, Now).ShouldBe(Base);
        PageCacheKey.Of(Request(), 41, Now.AddSeconds(39)).ShouldBe(Base, "03:15:59 is still the same minute");
    }

    [Fact]
    public void Any_write_and_the_next_minute_give_another_key()
    {
        PageCacheKey.Of(Request(), 42, Now).ShouldNotBe(Base);
        PageCacheKey.Of(Request(), 41, Now.AddSeconds(40)).ShouldNotBe(Base, "03:16:00 is the next minute");
    }

    [Theory]
    [InlineData("user")]
    [InlineData("session")]
    [InlineData("path")]
    [InlineData("query")]
    [InlineData("cookie")]
    [InlineData("host")]
    [InlineData("encoding")]
    [InlineData("fetch-site")]
    public void Another_reader_or_another_url_gives_another_key(string what)
    {
        var other = what switch
        {
            "user" => Request(user: "u2"),
            "session" => Request(session: "s2"),
            "path" => Request(path: "/eviden"),
            "query" => Request(query: "?Status=Berjalan"),
            "cookie" => Request(cookie: "zi.auth=abc; zi.af=xyz"),
            // The response is compressed, or not, by these two (ADR 0022).
            "encoding" => Request(acceptEncoding: "gzip"),
            "fetch-site" => Request(fetchSite: "cross-site"),
            _ => Request(host: "other.example"),
        };
        PageCacheKey.Of(other, 41, Now).ShouldNotBe(Base);
    }
}
