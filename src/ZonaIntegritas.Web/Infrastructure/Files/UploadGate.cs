using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ZonaIntegritas.Web.Domain.Evidence;
using ZonaIntegritas.Web.Infrastructure.Data;
using ZonaIntegritas.Web.Infrastructure.Web;

namespace ZonaIntegritas.Web.Infrastructure.Files;

/// <summary>
/// The gate every stored upload passes for quota and rate: <see cref="EnsureMayStartAsync"/> before the first
/// file byte is read (rate, and a unit already at its quota), <see cref="EnsureFitsAsync"/> once the size is known.
/// Refusals are <see cref="UploadRejectedException"/> with one Indonesian message each (<see cref="UploadMessages"/>).
/// </summary>
public sealed class UploadGate(AppDbContext db, UploadRateLimiter rate, IOptions<UploadOptions> options)
{
    public async Task EnsureMayStartAsync(string userId, int unitId, CancellationToken ct)
    {
        var limit = options.Value.PerUserPerMinute;
        if (limit > 0 && !rate.TryAcquire(userId, limit))
        {
            throw new UploadRejectedException(UploadMessages.TooManyPerMinute(limit), StatusCodes.Status429TooManyRequests);
        }
        await EnsureFitsAsync(unitId, 0, ct);
    }

    public async Task EnsureFitsAsync(int unitId, long incomingBytes, CancellationToken ct)
    {
        var quota = options.Value.UnitQuotaBytes;
        if (quota <= 0)
        {
            return;
        }
        var used = await UsedBytesAsync(unitId, ct);
        if (used + incomingBytes > quota || (incomingBytes == 0 && used >= quota))
        {
            throw new UploadRejectedException(UploadMessages.UnitQuotaFull(used, quota), StatusCodes.Status413PayloadTooLarge);
        }
    }

    /// <summary>Bytes held by the unit's evidence: every revision of every item, deleted ones included until purged.</summary>
    public Task<long> UsedBytesAsync(int unitId, CancellationToken ct) =>
        db.Set<EvidenceRevision>().AsNoTracking().Where(r => r.Item!.UnitId == unitId).SumAsync(r => r.SizeBytes, ct);
}

/// <summary>Per-user sliding one-minute window of upload starts, in memory (per portal process).</summary>
public sealed class UploadRateLimiter(TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, Queue<DateTimeOffset>> _starts = new();

    public bool TryAcquire(string userId, int perMinute)
    {
        var now = clock.GetUtcNow();
        var queue = _starts.GetOrAdd(userId, _ => new Queue<DateTimeOffset>());
        lock (queue)
        {
            while (queue.Count > 0 && now - queue.Peek() >= TimeSpan.FromMinutes(1))
            {
                queue.Dequeue();
            }
            if (queue.Count >= perMinute)
            {
                return false;
            }
            queue.Enqueue(now);
            return true;
        }
    }
}

/// <summary>The Indonesian refusal messages of uploads, one per reason (ADR 0014).</summary>
public static class UploadMessages
{
    public const string NoFile = "Pilih berkas untuk diunggah.";

    public static string Empty(string? fileName) =>
        "Berkas kosong (0 byte) tidak dapat diunggah. "
        + (string.IsNullOrWhiteSpace(fileName) ? "Pilih berkas yang berisi dokumen." : $"Periksa \"{Path.GetFileName(fileName)}\" lalu pilih berkas yang berisi dokumen.");

    public static string TooLarge(long maxBytes) => $"Ukuran berkas melebihi batas {Limit(maxBytes)} per berkas.";

    /// <summary>
    /// The type refusal: the inspector's reason, then — for uploads narrower than evidence — the types they accept
    /// ("Berkas harus PDF, JPEG atau PNG.").
    /// </summary>
    public static string WrongType(string reason, IReadOnlySet<FileKind> accepted)
    {
        var labels = FileTypeInspector.Types.Where(t => accepted.Contains(t.Kind)).Select(t => t.Label).ToList();
        if (labels.Count == 0 || accepted.SetEquals(FileTypeInspector.AllKinds) || reason.Contains("yang diizinkan", StringComparison.Ordinal))
        {
            return reason;
        }
        var list = labels.Count == 1 ? labels[0] : string.Join(", ", labels[..^1]) + " atau " + labels[^1];
        return $"{reason} Berkas harus {list}.";
    }

    public static string Infected(string? signature) => $"Berkas ditolak karena terdeteksi mengandung virus ({signature}).";

    public const string ScanFailed = "Pemindaian virus tidak dapat dilakukan saat ini; coba lagi nanti atau hubungi administrator.";

    public static string TooManyPerMinute(int perMinute) =>
        $"Terlalu banyak unggahan: paling banyak {Fmt.Integer(perMinute)} berkas per menit untuk setiap pengguna. Tunggu sebentar, lalu unggah lagi.";

    public static string UnitQuotaFull(long usedBytes, long quotaBytes) =>
        $"Kuota penyimpanan unit ini penuh: terpakai {Fmt.FileSize(usedBytes)} dari {Fmt.FileSize(quotaBytes)}. "
        + "Hapus eviden yang tidak diperlukan atau minta Administrator menambah kuota.";

    /// <summary>A configured limit as people write it: "20 MB", "200 KB" (whole units without decimals).</summary>
    public static string Limit(long bytes) => bytes switch
    {
        >= 1024 * 1024 when bytes % (1024 * 1024) == 0 => $"{Fmt.Integer(bytes / (1024 * 1024))} MB",
        >= 1024 and < 1024 * 1024 when bytes % 1024 == 0 => $"{Fmt.Integer(bytes / 1024)} KB",
        _ => Fmt.FileSize(bytes),
    };
}
