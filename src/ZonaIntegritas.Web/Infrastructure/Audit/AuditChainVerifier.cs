using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ZonaIntegritas.Web.Domain.Audit;
using ZonaIntegritas.Web.Domain.Common;

namespace ZonaIntegritas.Web.Infrastructure.Audit;

/// <summary>The outcome of walking the chain: OK with the count, or the first broken link.</summary>
public sealed record AuditChainReport(long Count, long? FirstSequence, long? LastSequence, long? BrokenSequence, string? Problem)
{
    public bool Ok => BrokenSequence is null;

    /// <summary>True when the oldest rows were pruned by the operator: the chain starts after sequence 1.</summary>
    public bool StartsAtAnchor => FirstSequence is > 1;

    public string Summary => Ok
        ? Count == 0
            ? "Log audit kosong: tidak ada yang diperiksa."
            : $"Rantai log audit utuh: {Count.ToString("N0", Id)} baris (nomor {FirstSequence!.Value.ToString("N0", Id)}–{LastSequence!.Value.ToString("N0", Id)})."
                + (StartsAtAnchor ? $" Baris sebelum nomor {FirstSequence.Value.ToString("N0", Id)} telah dipangkas operator; rantai diperiksa mulai dari jangkar itu." : "")
        : $"Rantai log audit PUTUS pada baris nomor {BrokenSequence!.Value.ToString("N0", Id)}: {Problem}";

    private static readonly CultureInfo Id = IndonesianCulture.Id;
}

/// <summary>
/// Walks <c>audit_log</c> in sequence order, recomputing each row's hash and checking that it names the previous
/// row's hash and that no sequence number is missing. Reports the first row where either fails.
/// </summary>
public static class AuditChainVerifier
{
    private const int BatchSize = 2000;

    public static async Task<AuditChainReport> VerifyAsync(DbContext db, CancellationToken ct)
    {
        long count = 0;
        long? first = null;
        AuditEntry? previous = null;
        var after = long.MinValue;
        while (true)
        {
            var batch = await db.Set<AuditEntry>().AsNoTracking()
                .Where(e => e.Sequence > after)
                .OrderBy(e => e.Sequence)
                .Take(BatchSize)
                .ToListAsync(ct);
            if (batch.Count == 0)
            {
                break;
            }
            foreach (var row in batch)
            {
                if (Check(row, previous) is { } problem)
                {
                    return new AuditChainReport(count, first, previous?.Sequence, row.Sequence, problem);
                }
                first ??= row.Sequence;
                count++;
                previous = row;
            }
            after = batch[^1].Sequence;
        }
        return new AuditChainReport(count, first, previous?.Sequence, null, null);
    }

    /// <summary>Null when <paramref name="row"/> is a valid successor of <paramref name="previous"/> (null = first row).</summary>
    public static string? Check(AuditEntry row, AuditEntry? previous)
    {
        if (previous is null)
        {
            if (row.Sequence == 1 && row.PreviousHash != AuditHash.Genesis)
            {
                return "baris pertama tidak berawal dari hash awal (genesis).";
            }
        }
        else
        {
            if (row.Sequence != previous.Sequence + 1)
            {
                return $"baris nomor {previous.Sequence + 1}–{row.Sequence - 1} hilang (setelah nomor {previous.Sequence}).";
            }
            if (!string.Equals(row.PreviousHash, previous.Hash, StringComparison.Ordinal))
            {
                return $"hash sebelumnya yang tercatat ({Short(row.PreviousHash)}) tidak sama dengan hash baris {previous.Sequence} ({Short(previous.Hash)}).";
            }
        }
        var computed = AuditHash.Compute(row);
        return string.Equals(computed, row.Hash, StringComparison.Ordinal)
            ? null
            : $"isi baris telah berubah: hash tercatat {Short(row.Hash)}, hash dari isinya {Short(computed)}.";
    }

    private static string Short(string hash) => hash.Length > 12 ? hash[..12] + "…" : hash;
}
