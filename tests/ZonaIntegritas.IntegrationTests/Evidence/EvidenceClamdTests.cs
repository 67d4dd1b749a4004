using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Xunit.Abstractions;
using ZonaIntegritas.IntegrationTests.Infrastructure;
using ZonaIntegritas.Web.Domain.Evidence;
using ZonaIntegritas.Web.Infrastructure.Files;

namespace ZonaIntegritas.IntegrationTests.Evidence;

/// <summary>
/// A real clamd (when the clamav-daemon package is installed) on a free loopback port, with a one-line signature
/// database for the EICAR test string, and the portal configured to scan uploads with it.
/// </summary>
public sealed class ClamdFixture : IAsyncLifetime
{
    public const string Eicar = @"X5O!P%@AP[4\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*";

    private readonly string _dir = Path.Combine(Path.GetTempPath(), "zi-clamd", Guid.NewGuid().ToString("N"));
    private Process? _clamd;

    public string? Unavailable { get; private set; }
    public PortalFactory? Factory { get; private set; }

    public static string? ClamdPath() =>
        new[] { "/usr/sbin/clamd", "/usr/bin/clamd", "/usr/local/sbin/clamd" }.FirstOrDefault(File.Exists);

    public async Task InitializeAsync()
    {
        var clamd = ClamdPath();
        if (clamd is null)
        {
            Unavailable = "clamd is not installed (apt-get install clamav-daemon)";
            return;
        }
        Directory.CreateDirectory(Path.Combine(_dir, "db"));
        var hex = Convert.ToHexStringLower(Encoding.ASCII.GetBytes(Eicar));
        await File.WriteAllTextAsync(Path.Combine(_dir, "db", "eicar.ndb"), $"Eicar-Test-Signature:0:*:{hex}\n");
        var port = FreePort();
        var config = Path.Combine(_dir, "clamd.conf");
        await File.WriteAllTextAsync(config, $"""
            Foreground yes
            TCPSocket {port}
            TCPAddr 127.0.0.1
            DatabaseDirectory {Path.Combine(_dir, "db")}
            TemporaryDirectory {_dir}
            PidFile {Path.Combine(_dir, "clamd.pid")}
            LogFile {Path.Combine(_dir, "clamd.log")}
            StreamMaxLength 100M
            """);
        _clamd = Process.Start(new ProcessStartInfo(clamd, ["-c", config])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        })!;
        _clamd.OutputDataReceived += (_, _) => { };
        _clamd.ErrorDataReceived += (_, _) => { };
        _clamd.BeginOutputReadLine();
        _clamd.BeginErrorReadLine();
        for (var i = 0; i < 300; i++)
        {
            if (_clamd.HasExited)
            {
                Unavailable = $"clamd exited with code {_clamd.ExitCode}: {ReadLog()}";
                return;
            }
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, port);
                Factory = new ClamdPortalFactory(port, Logs);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }
        Unavailable = "clamd did not start listening within 30 s: " + ReadLog();
    }

    public Task DisposeAsync()
    {
        Factory?.Dispose();
        if (_clamd is { HasExited: false })
        {
            _clamd.Kill();
            _clamd.WaitForExit(5000);
        }
        _clamd?.Dispose();
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
        }
        return Task.CompletedTask;
    }

    private string ReadLog()
    {
        var log = Path.Combine(_dir, "clamd.log");
        return File.Exists(log) ? File.ReadAllText(log) : "";
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Log entries written by the portal under test.</summary>
    public CapturingLoggerProvider Logs { get; } = new();

    private sealed class ClamdPortalFactory(int port, ILoggerProvider logs) : PortalFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddSingleton(logs));
        }

        protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
        {
            ["Clamd:Enabled"] = "true",
            ["Clamd:Host"] = "127.0.0.1",
            ["Clamd:Port"] = port.ToString(),
        };
    }
}

public sealed class CapturingLoggerProvider : ILoggerProvider
{
    public System.Collections.Concurrent.ConcurrentQueue<(string Category, LogLevel Level, string Message)> Entries { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, Entries);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, System.Collections.Concurrent.ConcurrentQueue<(string, LogLevel, string)> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                entries.Enqueue((category, logLevel, formatter(state, exception)));
            }
        }
    }
}

public class EvidenceClamdTests(ClamdFixture clamd, ITestOutputHelper output) : IClassFixture<ClamdFixture>
{
    [Fact]
    public async Task Infected_upload_is_rejected_and_logged_when_scanning_is_on()
    {
        if (clamd.Unavailable is { } reason)
        {
            output.WriteLine("SKIPPED (not failed): " + reason);
            return;
        }
        var factory = clamd.Factory!;
        var client = await EvidenceClient.SignedInAsync(factory, "ketua@zi.demo");
        var office = await EvidenceTestData.OfficeIdAsync(factory);
        var infected = Encoding.ASCII.GetBytes("%PDF-1.4\n% " + ClamdFixture.Eicar + "\n%%EOF\n");
        var items = await factory.WithDbAsync(db => db.Set<EvidenceItem>().CountAsync());
        var files = Directory.GetFiles(Path.Combine(factory.DataPath, "files"), "*", SearchOption.AllDirectories);

        var (status, body) = await client.UploadAsync(infected, "laporan.pdf", office, "PPA1A");

        status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        body.Message.ShouldBe("Berkas ditolak karena terdeteksi mengandung virus (Eicar-Test-Signature.UNOFFICIAL).");
        (await factory.WithDbAsync(db => db.Set<EvidenceItem>().CountAsync())).ShouldBe(items);
        Directory.GetFiles(Path.Combine(factory.DataPath, "tmp", "uploads")).ShouldBeEmpty();
        Directory.GetFiles(Path.Combine(factory.DataPath, "files"), "*", SearchOption.AllDirectories).ShouldBe(files);
        clamd.Logs.Entries.ShouldContain(e => e.Level == LogLevel.Warning && e.Message.StartsWith("Infected upload rejected: Eicar-Test-Signature"));

        var clean = await client.UploadAsync(EvidenceTestData.Pdf("bersih"), "bersih.pdf", office, "PPA1A");
        clean.Status.ShouldBe(HttpStatusCode.OK, clean.Body.Message);
    }

    [Fact]
    public async Task Scanner_that_cannot_reach_clamd_reports_a_failure()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var scanner = new ClamdFileScanner(Options.Create(new ClamdOptions { Enabled = true, Host = "127.0.0.1", Port = port, TimeoutSeconds = 5 }),
            NullLogger<ClamdFileScanner>.Instance);
        (await scanner.ScanAsync(new MemoryStream([1, 2, 3]))).Outcome.ShouldBe(FileScanOutcome.Failed);
    }
}
