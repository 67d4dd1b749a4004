using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;

namespace ZonaIntegritas.Web.Infrastructure.Web;

/// <summary>
/// Answers 413 before anything reads the body when the declared Content-Length exceeds the endpoint's
/// <c>[RequestSizeLimit]</c> or, without one, the server's request-body limit. Without it
/// the first form read (antiforgery) fails half-way and the user gets a bare 400; with it the status page explains the
/// limit in Bahasa Indonesia and nothing is half-saved.
/// </summary>
public sealed class RequestSizeGuardMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var metadata = context.GetEndpoint()?.Metadata;
        // The endpoint's own limit ([DisableRequestSizeLimit] = none), else the server's (Kestrel's, set by
        // FileServicesModule just above the largest upload limit).
        var endpointLimit = metadata?.GetMetadata<IRequestSizeLimitMetadata>();
        var limit = endpointLimit is not null
            ? endpointLimit.MaxRequestBodySize
            : context.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize;
        if (limit is { } max && context.Request.ContentLength is { } length && length > max)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            context.Response.Headers.Connection = "close";
            return Task.CompletedTask;
        }
        return next(context);
    }
}
