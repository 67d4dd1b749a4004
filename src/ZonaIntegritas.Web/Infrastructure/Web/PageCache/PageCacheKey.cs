using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using ZonaIntegritas.Web.Infrastructure.Identity.Sessions;
using ZonaIntegritas.Web.Infrastructure.Web.Compression;

namespace ZonaIntegritas.Web.Infrastructure.Web.PageCache;

/// <summary>
/// The key of a kept response: everything the response of a <see cref="CachedPageAttribute"/> page depends on (ADR 0021).
/// </summary>
public static class PageCacheKey
{
    /// <summary>
    /// SHA-256 over the database's <c>all</c> counter, the UTC minute of <paramref name="now"/>, the culture, the user and
    /// session ids, the scheme, host, path base, path and query, the request's whole <c>Cookie</c> header, and the two
    /// headers compression depends on (<c>Accept-Encoding</c>, <c>Sec-Fetch-Site</c>).
    /// </summary>
    public static string Of(HttpContext context, long allCounter, DateTimeOffset now)
    {
        var request = context.Request;
        var text = string.Join('\n',
            allCounter.ToString(CultureInfo.InvariantCulture),
            (now.ToUnixTimeSeconds() / 60).ToString(CultureInfo.InvariantCulture),
            CultureInfo.CurrentCulture.Name,
            context.User.FindFirstValue(ClaimTypes.NameIdentifier),
            context.Items[SessionCookieEvents.SessionKey] as string,
            request.Scheme, request.Host.Value, request.PathBase.Value, request.Path.Value, request.QueryString.Value,
            request.Headers.Cookie.ToString(),
            // What the response is compressed with, if at all (ADR 0022).
            request.Headers.AcceptEncoding.ToString(), request.Headers[SameOriginCompressionProvider.FetchSiteHeader].ToString());
        return Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
