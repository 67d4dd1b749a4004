using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ZonaIntegritas.Web.Infrastructure.Web.Compression;

public static class CompressionSetup
{
    /// <summary>
    /// Pages, htmx fragments and other text responses compressed with Brotli or gzip for the portal's own requests
    /// (ADR 0022). Brotli at its default quality (4: the 280 KB worksheet becomes 14 KB) and gzip at its fastest level:
    /// a rendered page pays no more than the smaller write saves, and a kept page (ADR 0021) is kept compressed, so it
    /// pays nothing. Static assets come precompressed from the build (MapStaticAssets); PDFs, ZIPs and
    /// workbooks are compressed already and are sent as they are.
    /// </summary>
    public static IServiceCollection AddPageCompression(this IServiceCollection services)
    {
        services.AddResponseCompression(o =>
        {
            // Behind the TLS proxy every request is HTTPS; SameOriginCompressionProvider is what keeps this safe.
            o.EnableForHttps = true;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.Replace(ServiceDescriptor.Singleton<IResponseCompressionProvider, SameOriginCompressionProvider>());
        return services;
    }
}
