using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace ZonaIntegritas.Web.Infrastructure.Web.Compression;

/// <summary>
/// Compresses a response only for a request the browser says came from the portal itself (ADR 0022): a link, form or
/// htmx call on one of its pages (<c>Sec-Fetch-Site: same-origin</c>) or an address the user typed or bookmarked
/// (<c>none</c>). A request another site caused — the only kind an attacker can repeat with text of their choosing next
/// to the page's secrets, which a compression side channel (BREACH) needs — gets the page uncompressed, as does a
/// browser that sends no fetch metadata. Otherwise the framework's provider decides (Accept-Encoding, content type).
/// </summary>
public sealed class SameOriginCompressionProvider(IServiceProvider services, IOptions<ResponseCompressionOptions> options)
    : IResponseCompressionProvider
{
    public const string FetchSiteHeader = "Sec-Fetch-Site";

    private readonly ResponseCompressionProvider _framework = new(services, options);

    /// <summary>True for a request made by the portal's own pages or by the user directly.</summary>
    public static bool FromThePortalItself(HttpRequest request) =>
        request.Headers[FetchSiteHeader].ToString() is "same-origin" or "none";

    public bool CheckRequestAcceptsCompression(HttpContext context) =>
        FromThePortalItself(context.Request) && _framework.CheckRequestAcceptsCompression(context);

    public ICompressionProvider? GetCompressionProvider(HttpContext context) => _framework.GetCompressionProvider(context);

    public bool ShouldCompressResponse(HttpContext context)
    {
        if (!_framework.ShouldCompressResponse(context))
        {
            return false;
        }
        // The same URL is sent uncompressed to a cross-site request: a cache must not mix the two.
        context.Response.Headers.Append(HeaderNames.Vary, FetchSiteHeader);
        return true;
    }
}
