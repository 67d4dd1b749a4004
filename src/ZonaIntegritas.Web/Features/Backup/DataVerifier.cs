using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ZonaIntegritas.Web.Configuration;
using ZonaIntegritas.Web.Domain.ChangeAgents;
using ZonaIntegritas.Web.Domain.Evidence;
using ZonaIntegritas.Web.Domain.IntegrityPacts;
using ZonaIntegritas.Web.Domain.Teams;
using ZonaIntegritas.Web.Features.Pacts;
using ZonaIntegritas.Web.Features.Team;
using ZonaIntegritas.Web.Infrastructure.Audit;
using ZonaIntegritas.Web.Infrastructure.Data;
using ZonaIntegritas.Web.Infrastructure.Files;

namespace ZonaIntegritas.Web.Features.Backup;

/// <summary>What <c>verify</c> found: lines to print and the problems among them.</summary>
public sealed record VerifyReport(IReadOnlyList<string> Lines, IReadOnlyList<string> Problems)
{
    public bool Ok => Problems.Count == 0;
}

/// <summary>
/// Checks a data folder against its database: the database's own integrity check (SQLite), every migration
/// applied, every stored evidence file present with its SHA-256, every decree and pact scan and pact export present, the audit log's hash chain intact.
/// </summary>
public static class DataVerifier
{
    public static async Task<VerifyReport> VerifyAsync(AppDbContext db, DatabaseProvider provider, string dataPath, CancellationToken ct)
    {
        var lines = new List<string>();
        var problems = new List<string>();
        void Problem(string text)
        {
            problems.Add(text);
            lines.Add("  MASALAH: " + text);
        }

        if (provider == DatabaseProvider.Sqlite)
        {
            var result = await db.Database.SqlQueryRaw<string>("PRAGMA integrity_check").ToListAsync(ct);
            if (result is ["ok"])
            {
                lines.Add("Basis data: pemeriksaan integritas SQLite ok.");
            }
            else
            {
                Problem("pemeriksaan integritas SQLite: " + string.Join("; ", result.Take(5)));
            }
        }
        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
        if (pending.Count > 0)
        {
            Problem($"{pending.Count} migrasi belum dijalankan ({string.Join(", ", pending)}).");
        }
        else
        {
            lines.Add("Skema: semua migrasi sudah dijalankan.");
        }

        var storage = Options.Create(new StorageOptions { DataPath = dataPath });
        var files = new LocalFileStore(storage, NullLogger<LocalFileStore>.Instance);
        var stored = await db.Set<StoredFile>().AsNoTracking().Select(f => new { f.Sha256, f.SizeBytes }).ToListAsync(ct);
        var badFiles = 0;
        foreach (var file in stored)
        {
            if (!await files.ExistsAsync(file.Sha256, ct))
            {
                badFiles++;
                Problem($"berkas eviden {file.Sha256[..12]}… tidak ada.");
                continue;
            }
            await using var content = await files.OpenReadAsync(file.Sha256, ct);
            var hash = Convert.ToHexStringLower(await SHA256.HashDataAsync(content, ct));
            if (!string.Equals(hash, file.Sha256, StringComparison.OrdinalIgnoreCase))
            {
                badFiles++;
                Problem($"berkas eviden {file.Sha256[..12]}… isinya berubah (SHA-256 {hash[..12]}…).");
            }
        }
        lines.Add($"Berkas eviden: {stored.Count - badFiles} dari {stored.Count} ada dengan SHA-256 yang sama.");

        // Decree and pact scans: a SHA-256 key is a file of the one store (its hash is checked above through its
        // StoredFile row); a key written before the intake is a path under scans/ or pakta/ (ADR 0014).
        async Task<bool> ExistsAsync(string key, string legacyFolder) =>
            FileCleanup.IsSha256(key) ? await files.ExistsAsync(key, ct) : File.Exists(FileIntake.LegacyPath(dataPath, legacyFolder, key));

        var scanKeys = (await db.Set<TeamDecree>().AsNoTracking().Where(d => d.Scan != null).Select(d => d.Scan!.Key).ToListAsync(ct))
            .Concat(await db.Set<ChangeAgentDecree>().AsNoTracking().Where(d => d.Scan != null).Select(d => d.Scan!.Key).ToListAsync(ct))
            .ToList();
        var missingScans = 0;
        foreach (var key in scanKeys)
        {
            if (!await ExistsAsync(key, FileIntake.LegacyScanFolder))
            {
                missingScans++;
                Problem($"pindaian SK {key} tidak ada.");
            }
        }
        lines.Add($"Pindaian SK: {scanKeys.Count - missingScans} dari {scanKeys.Count} ada.");

        var pactKeys = (await db.Set<PactSignature>().AsNoTracking().Where(s => s.ScanFileKey != null).Select(s => s.ScanFileKey!).ToListAsync(ct))
            .Concat((await db.Set<PactEvidenceExport>().AsNoTracking().Select(e => new { e.PdfFileKey, e.ListFileKey }).ToListAsync(ct))
                .SelectMany(e => new[] { e.PdfFileKey, e.ListFileKey }))
            .ToList();
        var missingPact = 0;
        foreach (var key in pactKeys)
        {
            if (!await ExistsAsync(key, FileIntake.LegacyPactFolder))
            {
                missingPact++;
                Problem($"berkas pakta {key} tidak ada.");
            }
        }
        lines.Add($"Berkas pakta (pindaian, ekspor): {pactKeys.Count - missingPact} dari {pactKeys.Count} ada.");
        var audit = await AuditChainVerifier.VerifyAsync(db, ct);
        if (audit.Ok)
        {
            lines.Add(audit.Summary);
        }
        else
        {
            Problem(audit.Summary);
        }
        lines.Add(problems.Count == 0 ? "Hasil: SEMUA BAIK." : $"Hasil: {problems.Count} masalah.");
        return new VerifyReport(lines, problems);
    }
}
