using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using ZonaIntegritas.Web.Infrastructure.Data.ChangeCounters;

namespace ZonaIntegritas.Web.Infrastructure.Web.PageCache;

/// <summary>
/// Serves a <see cref="CachedPageAttribute"/> page again without rendering it while nothing it can show has changed
/// (ADR 0021). The key holds everything the response depends on: the database's <see cref="ChangeCounterNames.All"/>
/// counter (raised by a trigger on every table), the UTC minute of the portal's clock, the URL, the culture and the
/// request's cookies (the signed-in session, its antiforgery cookie) with the session and user ids. So a kept response
/// is only ever served to the same browser session, for the same URL, with the same data, in the same minute; any write
/// anywhere — by this node, another node, a bulk statement or a script — makes every kept response unreachable.
/// Authentication, the session check and the endpoint's authorization policies run before this middleware on every
/// request; the action's own checks run when the page is rendered, on the same user, URL and data.
/// Not kept: htmx fragments (any <c>HX-</c> header), requests carrying a flash message (TempData cookie), responses
/// other than a 200 with HTML or PDF, responses that set a cookie (other than removing the absent flash cookie),
/// responses larger than the configured limit.
/// </summary>
public sealed class PageCacheMiddleware(RequestDelegate next, PageCache cache, TimeProvider clock, IOptions<CookieTempDataProviderOptions> tempData)
{
    private static readonly HashSet<string> NotReplayed = new(StringComparer.OrdinalIgnoreCase)
    {
        HeaderNames.SetCookie, HeaderNames.Date, HeaderNames.Server, HeaderNames.TransferEncoding, HeaderNames.ContentLength,
    };

    public async Task InvokeAsync(HttpContext context)
    {
        if (!Applies(context) || await KeyAsync(context) is not { } key)
        {
            await next(context);
            return;
        }
        if (cache.TryGet(key, out var kept) && kept is not null)
        {
            await WriteAsync(context.Response, kept, context.RequestAborted);
            return;
        }
        if (cache.Join(key) is { } rendering)
        {
            // The same session asked for the same page a moment ago: wait for that rendering instead of repeating it.
            if (await rendering.WaitAsync(context.RequestAborted) is { } rendered)
            {
                await WriteAsync(context.Response, rendered, context.RequestAborted);
                return;
            }
            await next(context);
            return;
        }
        await RenderAndKeepAsync(context, key);
    }

    private bool Applies(HttpContext context) =>
        cache.Options.Enabled
        && HttpMethods.IsGet(context.Request.Method)
        && context.User.Identity?.IsAuthenticated == true
        && context.GetEndpoint()?.Metadata.GetMetadata<CachedPageAttribute>() is not null
        && !context.Request.Headers.Keys.Any(h => h.StartsWith("HX-", StringComparison.OrdinalIgnoreCase))
        && !context.Request.Cookies.ContainsKey(TempDataCookie);

    private async Task<string?> KeyAsync(HttpContext context)
    {
        var counters = context.RequestServices.GetRequiredService<StampedCache>();
        if (await counters.CounterAsync(ChangeCounterNames.All, context.RequestAborted) is not { } all)
        {
            return null; // no counter row: nothing can be known to be unchanged
        }
        return PageCacheKey.Of(context, all, clock.GetUtcNow());
    }

    private async Task RenderAndKeepAsync(HttpContext context, string key)
    {
        var response = context.Response;
        var before = response.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var original = response.Body;
        using var buffer = new MemoryStream();
        CachedResponse? keep = null;
        response.Body = buffer;
        try
        {
            await next(context);
            keep = Keepable(response, buffer) ? new CachedResponse(AddedHeaders(response, before), buffer.ToArray()) : null;
        }
        finally
        {
            response.Body = original;
            cache.Finish(key, keep);
        }
        if (buffer.Length > 0)
        {
            if (!response.HasStarted)
            {
                response.ContentLength = buffer.Length; // the whole body is here: no chunked encoding needed
            }
            buffer.Position = 0;
            await buffer.CopyToAsync(original, context.RequestAborted);
        }
    }

    private bool Keepable(HttpResponse response, MemoryStream buffer) =>
        response.StatusCode == StatusCodes.Status200OK
        && !response.HasStarted
        && response.Headers.SetCookie.All(IsTempDataRemoval)
        && buffer.Length > 0
        && buffer.Length <= cache.Options.LargestEntryBytes
        && response.ContentType is { } type
        && (type.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) || type.StartsWith("application/pdf", StringComparison.OrdinalIgnoreCase));

    // Every view that reads the flash message also removes its cookie, present or not; the request had none, so the
    // removal is not kept. Any other cookie makes the response unfit for another request.
    private bool IsTempDataRemoval(string? setCookie) =>
        setCookie is not null && setCookie.StartsWith(TempDataCookie + "=;", StringComparison.Ordinal)
        && setCookie.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase);

    private string TempDataCookie => tempData.Value.Cookie.Name ?? CookieTempDataProvider.CookieName;

    private static KeyValuePair<string, string[]>[] AddedHeaders(HttpResponse response, Dictionary<string, string> before) =>
        response.Headers
            .Where(h => !NotReplayed.Contains(h.Key) && (!before.TryGetValue(h.Key, out var old) || old != h.Value.ToString()))
            .Select(h => KeyValuePair.Create(h.Key, h.Value.ToArray()!))
            .ToArray()!;

    private static async Task WriteAsync(HttpResponse response, CachedResponse kept, CancellationToken ct)
    {
        response.StatusCode = StatusCodes.Status200OK;
        foreach (var (name, values) in kept.Headers)
        {
            response.Headers[name] = values;
        }
        response.ContentLength = kept.Body.Length;
        await response.Body.WriteAsync(kept.Body, ct);
    }
}
