using System.Net;
using System.Net.Http.Headers;
using ZonaIntegritas.IntegrationTests.Infrastructure;

namespace ZonaIntegritas.IntegrationTests.Platform;

public sealed class MetricsOnFactory : PortalFactory
{
    public const string Token = "uji-token-prometheus-0123456789";

    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Metrics:Prometheus:Enabled"] = "true",
        ["Metrics:Prometheus:BearerToken"] = Token,
    };
}

public sealed class MetricsWithoutTokenFactory : PortalFactory
{
    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Metrics:Prometheus:Enabled"] = "true",
    };
}

[Collection(DemoPortalCollection.Name)]
public class MetricsOffByDefaultTests(DemoPortal demo)
{
    private readonly PortalFactory factory = demo.For(typeof(MetricsOffByDefaultTests));

    [Fact]
    public async Task Metrics_endpoint_is_404_by_default_even_for_an_administrator()
    {
        var anonymous = new PortalClient(factory);
        (await anonymous.Http.GetAsync("/metrics")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var admin = await PortalClient.SignedInAsync(factory, "admin@zi.demo");
        var response = await admin.Http.GetAsync("/metrics");
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).ShouldNotContain("http_server_request_duration");
    }
}

public class MetricsEndpointTests(MetricsOnFactory factory) : IClassFixture<MetricsOnFactory>
{
    private async Task<HttpResponseMessage> ScrapeAsync(string? token)
    {
        var client = new PortalClient(factory);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        return await client.Http.SendAsync(request);
    }

    [Fact]
    public async Task Enabled_metrics_endpoint_refuses_a_scrape_without_the_bearer_token()
    {
        var none = await ScrapeAsync(null);
        none.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        none.Headers.WwwAuthenticate.ToString().ShouldStartWith("Bearer");
        (await none.Content.ReadAsStringAsync()).ShouldNotContain("http_server");

        (await ScrapeAsync("salah-token-0123456789")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        var admin = await PortalClient.SignedInAsync(factory, "admin@zi.demo");
        (await admin.Http.GetAsync("/metrics")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized, "a portal session is not a scrape credential");
    }

    [Fact]
    public async Task Enabled_metrics_endpoint_serves_request_and_runtime_metrics_with_the_bearer_token()
    {
        (await new PortalClient(factory).Http.GetAsync("/akun/masuk")).StatusCode.ShouldBe(HttpStatusCode.OK);

        string text = "";
        for (var attempt = 0; attempt < 20 && !text.Contains("http_server_request_duration_seconds", StringComparison.Ordinal); attempt++)
        {
            var response = await ScrapeAsync(MetricsOnFactory.Token);
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            text = await response.Content.ReadAsStringAsync();
            await Task.Delay(200);
        }

        text.ShouldContain("http_server_request_duration_seconds");
        text.ShouldContain("dotnet_gc_");
    }
}

public class MetricsWithoutTokenTests
{
    [Fact]
    public void Enabling_metrics_without_a_bearer_token_stops_the_portal_at_start_up_with_a_clear_message()
    {
        using var factory = new MetricsWithoutTokenFactory();

        var error = Should.Throw<Exception>(() => factory.CreateClient());

        error.ToString().ShouldContain("Metrics:Prometheus:BearerToken");
    }
}
