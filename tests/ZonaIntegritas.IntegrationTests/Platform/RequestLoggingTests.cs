using System.Net;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using ZonaIntegritas.IntegrationTests.Infrastructure;

namespace ZonaIntegritas.IntegrationTests.Platform;

/// <summary>The portal with request logs at Information in its log file, plus a test-only action that throws.</summary>
public sealed class RequestLogFactory : PortalFactory
{
    protected override IDictionary<string, string?> ExtraLogSettings => new Dictionary<string, string?>
    {
        ["Serilog:MinimumLevel:Override:Serilog.AspNetCore"] = "Information",
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddControllersWithViews().AddApplicationPart(typeof(FailingController).Assembly));
    }

    /// <summary>Everything the rolling log file sink has written so far (read while the portal keeps it open).</summary>
    public string ReadLogFile()
    {
        var folder = Path.Combine(DataPath, "logs");
        var text = new System.Text.StringBuilder();
        foreach (var file in Directory.Exists(folder) ? Directory.GetFiles(folder, "test-*.log") : [])
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream);
            text.Append(reader.ReadToEnd());
        }
        return text.ToString();
    }
}

[AllowAnonymous]
public sealed class FailingController : Controller
{
    [HttpGet("test/request-log/fail")]
    public IActionResult Fail() => throw new InvalidOperationException("Deliberate failure for the request-log test.");
}

public class RequestLoggingTests(RequestLogFactory factory) : IClassFixture<RequestLogFactory>
{
    [Fact]
    public async Task Request_log_records_404_for_a_missing_page()
    {
        var client = await PortalClient.SignedInAsync(factory, "admin@zi.demo");

        var response = await client.Http.GetAsync("/no-such-page/at-all?token=secret");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var log = await WaitForLogAsync("/no-such-page/at-all");
        log.ShouldContain("HTTP GET /no-such-page/at-all responded 404");
        log.ShouldNotContain("token=secret");
    }

    [Fact]
    public async Task Request_log_records_500_for_an_unhandled_exception_not_200()
    {
        var client = new PortalClient(factory);

        var response = await client.Http.GetAsync("/test/request-log/fail");

        response.StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        (await response.Content.ReadAsStringAsync()).ShouldNotContain("Deliberate failure");
        var log = await WaitForLogAsync("/test/request-log/fail");
        log.ShouldContain("HTTP GET /test/request-log/fail responded 500");
        log.ShouldNotContain("HTTP GET /test/request-log/fail responded 200");
    }

    /// <summary>The request line is written when the response completes, which may be just after the client has it.</summary>
    private async Task<string> WaitForLogAsync(string path)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var log = factory.ReadLogFile();
            if (log.Contains($"HTTP GET {path} responded", StringComparison.Ordinal) || DateTime.UtcNow > deadline)
            {
                return log;
            }
            await Task.Delay(100);
        }
    }
}
