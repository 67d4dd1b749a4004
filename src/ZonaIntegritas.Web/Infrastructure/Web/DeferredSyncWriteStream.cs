namespace ZonaIntegritas.Web.Infrastructure.Web;

/// <summary>
/// A write-only wrapper for a response body that forbids synchronous IO. Writers such as
/// <see cref="System.IO.Compression.ZipArchive"/> still write a few bytes synchronously when an entry or the
/// archive is disposed (deflate remainder, data descriptor, central directory); those bytes are held here and
/// sent asynchronously with the next asynchronous write or flush. Bulk data goes through the asynchronous path
/// untouched. More than <see cref="MaxDeferredBytes"/> of synchronous writes in a row is a programming error.
/// </summary>
public sealed class DeferredSyncWriteStream(Stream inner) : Stream
{
    public const int MaxDeferredBytes = 4 * 1024 * 1024;

    private readonly MemoryStream _deferred = new();
    private long _position;

    /// <summary>The most bytes ever held at once (for tests and diagnostics).</summary>
    public long PeakDeferredBytes { get; private set; }

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _position;
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        if (_deferred.Length + buffer.Length > MaxDeferredBytes)
        {
            throw new InvalidOperationException("Too much synchronous output to defer; write asynchronously.");
        }
        _deferred.Write(buffer);
        _position += buffer.Length;
        PeakDeferredBytes = Math.Max(PeakDeferredBytes, _deferred.Length);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        await SendDeferredAsync(cancellationToken);
        await inner.WriteAsync(buffer, cancellationToken);
        _position += buffer.Length;
    }

    /// <summary>Synchronous flushes are deferred too; the bytes go out with the next asynchronous call.</summary>
    public override void Flush()
    {
    }

    public override async Task FlushAsync(CancellationToken cancellationToken)
    {
        await SendDeferredAsync(cancellationToken);
        await inner.FlushAsync(cancellationToken);
    }

    public override async ValueTask DisposeAsync()
    {
        await SendDeferredAsync(CancellationToken.None);
        await _deferred.DisposeAsync();
        await base.DisposeAsync();
    }

    private async Task SendDeferredAsync(CancellationToken ct)
    {
        if (_deferred.Length == 0)
        {
            return;
        }
        await inner.WriteAsync(_deferred.GetBuffer().AsMemory(0, (int)_deferred.Length), ct);
        _deferred.SetLength(0);
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
