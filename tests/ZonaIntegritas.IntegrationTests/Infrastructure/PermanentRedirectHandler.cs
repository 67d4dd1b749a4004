using System.Net;

namespace ZonaIntegritas.IntegrationTests.Infrastructure;

/// <summary>
/// Follows permanent redirects (301, 308) like a browser, so tests written against an old URL exercise the
/// redirect to the new one (ADR 0017); temporary redirects (302, 303) are left to the test to check and follow.
/// A 308 re-sends the same method and body.
/// </summary>
public sealed class PermanentRedirectHandler : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Content is not null)
        {
            await request.Content.LoadIntoBufferAsync(cancellationToken);
        }
        var response = await base.SendAsync(request, cancellationToken);
        for (var hops = 0; hops < 5 && response.StatusCode is HttpStatusCode.MovedPermanently or HttpStatusCode.PermanentRedirect
                                    && response.Headers.Location is { } location; hops++)
        {
            var next = new HttpRequestMessage(
                response.StatusCode == HttpStatusCode.PermanentRedirect ? request.Method : (request.Method == HttpMethod.Head ? HttpMethod.Head : HttpMethod.Get),
                new Uri(request.RequestUri!, location));
            if (response.StatusCode == HttpStatusCode.PermanentRedirect)
            {
                next.Content = request.Content;
            }
            foreach (var header in request.Headers.Where(h => !string.Equals(h.Key, "Cookie", StringComparison.OrdinalIgnoreCase)))
            {
                next.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
            request = next;
            response = await base.SendAsync(request, cancellationToken);
        }
        return response;
    }
}
