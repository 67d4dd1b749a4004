using Microsoft.Extensions.Options;

namespace ZonaIntegritas.Web.Features.IntegrityPacts.Common;

/// <summary>Absolute links printed on pacts (the QR code's verification URL).</summary>
public sealed class PactLinks(IOptions<PactOptions> options, IHttpContextAccessor http)
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

    public string Verification(string code) => $"{BaseUrl}/verifikasi/{code}";
}
