using Microsoft.Extensions.Options;
using ZonaIntegritas.Web.Features.PactVerification;

namespace ZonaIntegritas.Web.Features.Pacts;

/// <summary>
/// Absolute links printed on pacts (the QR code's verification URL). The path comes from the route table
/// (<see cref="PactVerificationController.Show"/>, <c>/verifikasi/{code}</c>), which must never change: printed
/// pacts carry it for years (ADR 0017; UrlStyleTests pins it).
/// </summary>
public sealed class PactLinks(IOptions<PactOptions> options, IHttpContextAccessor http, LinkGenerator links)
{
    public string BaseUrl
    {
        get
        {
            if (!string.IsNullOrWhiteSpace(options.Value.PublicBaseUrl))
            {
                return options.Value.PublicBaseUrl.TrimEnd('/');
            }
            var request = http.HttpContext?.Request;
            return request is null ? "http://localhost" : $"{request.Scheme}://{request.Host}{request.PathBase}";
        }
    }

    public string Verification(string code) =>
        BaseUrl + links.GetPathByAction(nameof(PactVerificationController.Show), "PactVerification", new { code });
}
