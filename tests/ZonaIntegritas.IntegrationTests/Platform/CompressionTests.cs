using System.IO.Compression;
using System.Net;
using ZonaIntegritas.IntegrationTests.Infrastructure;
using ZonaIntegritas.IntegrationTests.Worksheet;

namespace ZonaIntegritas.IntegrationTests.Platform;

/// <summary>
/// Pages compressed for the portal's own requests only (ADR 0022): a link or htmx call from a portal page
/// (<c>Sec-Fetch-Site: same-origin</c>) or a typed address (<c>none</c>) gets Brotli or gzip; a request another site
/// caused, or one without fetch metadata, gets the page as it is. A kept page (ADR 0021) is kept per encoding.
/// </summary>
[Collection(DemoPortalCollection.Name)]
public class CompressionTests(DemoPortal demo)
{
    private readonly PortalFactory factory = demo.For(typeof(CompressionTests));

    private const string Browser = "gzip, deflate, br, zstd";

    private static async Task<(HttpResponseMessage Response, string Html)> GetAsync(PortalClient client, string url, string? fetchSite, string? acceptEncoding = Browser)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (fetchSite is not null)
        {
            request.Headers.Add("Sec-Fetch-Site", fetchSite);
        }
        if (acceptEncoding is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        }
        var response = await client.Http.SendAsync(request);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, url);
        var body = await response.Content.ReadAsByteArrayAsync();
        return (response, Decode(body, response.Content.Headers.ContentEncoding.SingleOrDefault()));
    }

    private static string Decode(byte[] body, string? encoding)
    {
        using var input = new MemoryStream(body);
        using Stream decoded = encoding switch
        {
            null => input,
            "br" => new BrotliStream(input, CompressionMode.Decompress),
            "gzip" => new GZipStream(input, CompressionMode.Decompress),
            _ => throw new InvalidOperationException($"Unexpected Content-Encoding {encoding}."),
        };
        using var reader = new StreamReader(decoded);
        return reader.ReadToEnd();
    }

    private Task<PortalClient> SignedInAsync(string email) => PageCacheTestKit.SignedInAsync(factory, email);

    [Theory]
    [InlineData("same-origin")]
    [InlineData("none")]
    public async Task A_page_the_portal_itself_asks_for_comes_compressed_and_whole(string fetchSite)
    {
        var client = await SignedInAsync("ketua@zi.demo");
        var id = await WorksheetTestKit.DemoAssessmentIdAsync(factory);

        var (response, html) = await GetAsync(client, $"/lembar-kerja/{id}", fetchSite);

        response.Content.Headers.ContentEncoding.ShouldBe(["br"]);
        response.Headers.Vary.ShouldContain("Accept-Encoding");
        response.Headers.Vary.ShouldContain("Sec-Fetch-Site");
        html.ShouldContain("data-question-form=\"PPA1A\"");
        html.TrimEnd().ShouldEndWith("</html>");
        var (plain, plainHtml) = await GetAsync(client, $"/lembar-kerja/{id}", fetchSite, acceptEncoding: null);
        plain.Content.Headers.ContentEncoding.ShouldBeEmpty();
        response.Content.Headers.ContentLength!.Value.ShouldBeLessThan(plainHtml.Length / 4, "a worksheet compresses well");
    }

    [Fact]
    public async Task A_browser_that_accepts_only_gzip_gets_gzip()
    {
        var client = await SignedInAsync("ketua@zi.demo");
        var (response, html) = await GetAsync(client, "/rencana-kerja", "same-origin", "gzip");
        response.Content.Headers.ContentEncoding.ShouldBe(["gzip"]);
        html.ShouldContain("Rencana Kerja");
    }

    [Theory]
    [InlineData("cross-site")]
    [InlineData("same-site")]
    [InlineData(null)]
    public async Task A_request_another_site_caused_or_without_fetch_metadata_gets_the_page_uncompressed(string? fetchSite)
    {
        var client = await SignedInAsync("ketua@zi.demo");
        var (response, html) = await GetAsync(client, "/eviden", fetchSite);
        response.Content.Headers.ContentEncoding.ShouldBeEmpty();
        html.ShouldContain("</html>");
    }

    [Fact]
    public async Task An_htmx_fragment_from_a_portal_page_comes_compressed()
    {
        var client = await SignedInAsync("ketua@zi.demo");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/rencana-kerja");
        request.Headers.Add("HX-Request", "true");
        request.Headers.Add("Sec-Fetch-Site", "same-origin");
        request.Headers.TryAddWithoutValidation("Accept-Encoding", Browser);
        var response = await client.Http.SendAsync(request);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentEncoding.ShouldBe(["br"]);
    }

    [Fact]
    public async Task A_pdf_is_sent_as_it_is()
    {
        var client = await SignedInAsync("ketua@zi.demo");
        var id = await WorksheetTestKit.DemoAssessmentIdAsync(factory);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/laporan/pdf/{id}");
        request.Headers.Add("Sec-Fetch-Site", "same-origin");
        request.Headers.TryAddWithoutValidation("Accept-Encoding", Browser);
        var response = await client.Http.SendAsync(request);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentEncoding.ShouldBeEmpty();
        (await response.Content.ReadAsByteArrayAsync())[..5].ShouldBe("%PDF-"u8.ToArray());
    }

    [Fact]
    public async Task A_kept_page_is_kept_per_encoding_and_never_sent_compressed_to_a_request_that_did_not_ask()
    {
        var client = await SignedInAsync("ketua@zi.demo");
        await PageCacheTestKit.WellInsideAMinuteAsync();
        var (first, firstHtml) = await GetAsync(client, "/rencana-kerja", "same-origin");
        factory.Queries.Reset();
        var (second, secondHtml) = await GetAsync(client, "/rencana-kerja", "same-origin");
        factory.Queries.Count.ShouldBe(PageCacheTestKit.HitCommands, "the compressed page is kept");
        second.Content.Headers.ContentEncoding.ShouldBe(["br"]);
        second.Headers.Vary.ShouldContain("Sec-Fetch-Site");
        secondHtml.ShouldBe(firstHtml);

        var (crossSite, crossSiteHtml) = await GetAsync(client, "/rencana-kerja", "cross-site");
        crossSite.Content.Headers.ContentEncoding.ShouldBeEmpty();
        crossSiteHtml.ShouldContain("</html>");
        var (plain, _) = await GetAsync(client, "/rencana-kerja", "same-origin", acceptEncoding: null);
        plain.Content.Headers.ContentEncoding.ShouldBeEmpty();
    }
}
