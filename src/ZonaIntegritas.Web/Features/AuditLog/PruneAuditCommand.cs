using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ZonaIntegritas.Web.Configuration;
using ZonaIntegritas.Web.Domain.Audit;
using ZonaIntegritas.Web.Infrastructure.Audit;
using ZonaIntegritas.Web.Infrastructure.Data;

namespace ZonaIntegritas.Web.Features.AuditLog;

/// <summary>
/// <c>prune-audit</c>: the operator's retention step (the portal itself never deletes audit rows). Removes rows
/// older than <c>Audit:RetentionDays</c> (0 or unset = keep forever) only when the chain verifies, then appends an
/// <c>AuditPruned</c> event naming the anchor (first kept sequence and the hash it chains from) and prints it
/// for the operations log. <c>verify-audit</c> then checks the chain from that anchor.
/// </summary>
public sealed class PruneAuditCommand : ICliCommand
{
    public const string PrunedEvent = "AuditPruned";

    public string Name => "prune-audit";

    public async Task<int> RunAsync(IServiceProvider? services, IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(services);
        var config = services.GetRequiredService<IConfiguration>();
        if (!int.TryParse(config["Audit:RetentionDays"], NumberStyles.Integer, CultureInfo.InvariantCulture, out var days) || days <= 0)
        {
            await stdout.WriteLineAsync("Audit:RetentionDays tidak diatur: log audit disimpan selamanya, tidak ada yang dipangkas.");
            return 0;
        }
        var db = services.GetRequiredService<AppDbContext>();
        var report = await AuditChainVerifier.VerifyAsync(db, CancellationToken.None);
        if (!report.Ok)
        {
            await stderr.WriteLineAsync("Tidak dipangkas: " + report.Summary);
            return 1;
        }
        var cutoff = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime.AddDays(-days);
        var anchor = await db.Set<AuditEntry>().AsNoTracking()
            .Where(e => e.AtUtc >= cutoff).OrderBy(e => e.Sequence)
            .Select(e => new { e.Sequence, e.PreviousHash }).FirstOrDefaultAsync();
        if (anchor is null || anchor.Sequence == report.FirstSequence)
        {
            await stdout.WriteLineAsync($"Tidak ada baris yang lebih tua dari {days} hari.");
            return 0;
        }
        var removed = await db.Database.ExecuteSqlInterpolatedAsync($"DELETE FROM audit_log WHERE sequence < {anchor.Sequence}");
        await services.GetRequiredService<IAuditTrail>().RecordEventAsync(PrunedEvent, details: new Dictionary<string, string?>
        {
            ["Dihapus"] = removed.ToString(CultureInfo.InvariantCulture),
            ["JangkarNomor"] = anchor.Sequence.ToString(CultureInfo.InvariantCulture),
            ["JangkarHashSebelumnya"] = anchor.PreviousHash,
            ["RetensiHari"] = days.ToString(CultureInfo.InvariantCulture),
        });
        await stdout.WriteLineAsync($"{removed} baris dipangkas. Jangkar: nomor {anchor.Sequence}, hash sebelumnya {anchor.PreviousHash}. Catat di log operasi.");
        return 0;
    }
}
