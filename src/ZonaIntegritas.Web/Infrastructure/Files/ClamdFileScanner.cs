using System.Buffers;
using System.Buffers.Binary;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Options;

namespace ZonaIntegritas.Web.Infrastructure.Files;

/// <summary><c>Clamd:*</c> settings. clamd's own <c>StreamMaxLength</c> must be at least the upload limit.</summary>
public sealed class ClamdOptions
{
    public const string Section = "Clamd";

    public bool Enabled { get; set; }
    public string Host { get; set; } = "127.0.0.1";
    public int Port { get; set; } = 3310;
    public int TimeoutSeconds { get; set; } = 120;
}

/// <summary>Scans content with a clamd daemon over TCP using the INSTREAM command.</summary>
public sealed class ClamdFileScanner(IOptions<ClamdOptions> options, ILogger<ClamdFileScanner> logger) : IFileScanner
{
    private const int ChunkSize = 64 * 1024;

    public bool IsEnabled => true;

    public async Task<FileScanResult> ScanAsync(Stream content, CancellationToken ct = default)
    {
        var settings = options.Value;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(settings.TimeoutSeconds));
        var buffer = ArrayPool<byte>.Shared.Rent(ChunkSize + 4);
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(settings.Host, settings.Port, timeout.Token);
            await using var network = client.GetStream();
            await network.WriteAsync("zINSTREAM\0"u8.ToArray(), timeout.Token);
            int read;
            while ((read = await content.ReadAsync(buffer.AsMemory(4, ChunkSize), timeout.Token)) > 0)
            {
                BinaryPrimitives.WriteUInt32BigEndian(buffer.AsSpan(0, 4), (uint)read);
                await network.WriteAsync(buffer.AsMemory(0, read + 4), timeout.Token);
            }
            BinaryPrimitives.WriteUInt32BigEndian(buffer.AsSpan(0, 4), 0);
            await network.WriteAsync(buffer.AsMemory(0, 4), timeout.Token);
            await network.FlushAsync(timeout.Token);

            var reply = await ReadReplyAsync(network, timeout.Token);
            return Interpret(reply);
        }
        catch (Exception ex) when (ex is SocketException or IOException or OperationCanceledException && !ct.IsCancellationRequested)
        {
            logger.LogError(ex, "Virus scan failed: clamd at {Host}:{Port} did not answer", settings.Host, settings.Port);
            return new FileScanResult(FileScanOutcome.Failed, ex.GetType().Name);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>clamd answers "stream: OK", "stream: &lt;name&gt; FOUND" or "... ERROR" (NUL-terminated in z-mode).</summary>
    public static FileScanResult Interpret(string reply)
    {
        var text = reply.TrimEnd('\0', '\n', ' ');
        if (text.EndsWith(" OK", StringComparison.Ordinal))
        {
            return FileScanResult.Clean;
        }
        if (text.EndsWith(" FOUND", StringComparison.Ordinal))
        {
            var name = text[..^" FOUND".Length];
            var colon = name.IndexOf(": ", StringComparison.Ordinal);
            return new FileScanResult(FileScanOutcome.Infected, colon >= 0 ? name[(colon + 2)..] : name);
        }
        return new FileScanResult(FileScanOutcome.Failed, text);
    }

    private static async Task<string> ReadReplyAsync(NetworkStream network, CancellationToken ct)
    {
        var bytes = new List<byte>(64);
        var one = new byte[256];
        while (bytes.Count < 4096)
        {
            var read = await network.ReadAsync(one, ct);
            if (read == 0)
            {
                break;
            }
            var nul = Array.IndexOf(one, (byte)0, 0, read);
            bytes.AddRange(one.AsSpan(0, nul >= 0 ? nul : read).ToArray());
            if (nul >= 0)
            {
                break;
            }
        }
        return Encoding.ASCII.GetString(bytes.ToArray());
    }
}
