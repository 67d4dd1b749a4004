using System.IO.Compression;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ZonaIntegritas.Web.Domain.Evidence;
using ZonaIntegritas.Web.Infrastructure.Authorization;
using ZonaIntegritas.Web.Infrastructure.Data;
using ZonaIntegritas.Web.Infrastructure.Files;
using ZonaIntegritas.Web.Infrastructure.Web;

namespace ZonaIntegritas.Web.Features.Evidence;

/// <summary>One file of the export: where it goes in the ZIP and what the manifest says about it.</summary>
public sealed record ExportEntry(
    string Path,
    string QuestionCode,
    IReadOnlyList<string> QuestionCodes,
    int EvidenceId,
    int Revision,
    string Title,
    string Sha256,
    long Size,
    DateOnly DocumentDate,
    string ReviewStatus,
    string ReviewStatusLabel,
    bool NeedsRevalidation);

public sealed record ExportPlan(string FileName, int UnitId, string UnitCode, string UnitName, int Year, DateTime GeneratedAtUtc, IReadOnlyList<ExportEntry> Entries);

/// <summary>
/// "Ekspor per kode LKE": one ZIP per unit and year with a folder per area and indicator, files named
/// <c>&lt;question code&gt;_&lt;title&gt;.&lt;ext&gt;</c> (an item linked to two questions appears under both) and a
/// <c>manifest.json</c>. The ZIP is written straight into the response stream, entry by entry.
/// </summary>
public sealed class EvidenceExportService(AppDbContext db, IFileStore store, EvidenceAccess access, EvidenceCatalog catalog, ILogger<EvidenceExportService> logger)
{
    public const string ManifestName = "manifest.json";

    private static readonly JsonSerializerOptions ManifestJson = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>Checks rights and lists the entries (before anything is sent, so a refusal is still a proper 403/404).</summary>
    public async Task<ExportPlan> PlanAsync(int unitId, int year, CancellationToken ct)
    {
        await access.EnsureViewAsync(unitId, ct);
        var unit = await db.Units.AsNoTracking().Where(u => u.Id == unitId).Select(u => new { u.Code, u.Name }).FirstOrDefaultAsync(ct)
            ?? throw new NotFoundException("Unit kerja tidak ditemukan.");
        var template = await catalog.TemplateAsync(ct);
        var links = await db.Set<EvidenceLink>().AsNoTracking()
            .Where(l => l.UnitId == unitId && l.Year == year && l.Item!.DeletedAtUtc == null && l.Item.CurrentRevision != null)
            .Select(l => new
            {
                Link = l,
                l.Item!.Title,
                l.Item.DocumentDate,
                l.Item.CurrentRevisionId,
                Revision = l.Item.CurrentRevision!.Number,
                l.Item.CurrentRevision.StoredFileSha256,
                l.Item.CurrentRevision.SizeBytes,
                l.Item.CurrentRevision.Extension,
            })
            .ToListAsync(ct);
        var codesByItem = links.GroupBy(l => l.Link.EvidenceItemId)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(l => l.Link.QuestionCode).OrderBy(c => EvidenceService.QuestionOrder(template, c)).ToList());

        var usedNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var entries = new List<ExportEntry>();
        foreach (var l in links.Where(l => template.FindQuestion(l.Link.QuestionCode) is not null)
                     .OrderBy(l => EvidenceService.QuestionOrder(template, l.Link.QuestionCode)).ThenBy(l => l.Link.Id))
        {
            var code = l.Link.QuestionCode;
            var (_, area, indicator) = template.ParentsOf(code);
            var folder = $"{area.Code} {FileNameSanitizer.Segment(area.Name)}/{indicator.Code} {FileNameSanitizer.Segment(indicator.Name)}";
            var stem = $"{code}_{FileNameSanitizer.Segment(l.Title)}";
            var path = $"{folder}/{stem}{l.Extension}";
            for (var n = 2; !usedNames.Add(path); n++)
            {
                path = $"{folder}/{stem} ({n}){l.Extension}";
            }
            var state = l.Link.StateFor(l.CurrentRevisionId);
            entries.Add(new ExportEntry(path, code, codesByItem[l.Link.EvidenceItemId], l.Link.EvidenceItemId, l.Revision, l.Title,
                l.StoredFileSha256, l.SizeBytes, l.DocumentDate, state.ToString(), state.Label(), l.Link.NeedsRevalidation));
        }
        var fileName = $"eviden-{FileNameSanitizer.Segment(unit.Code)}-{year}.zip";
        return new ExportPlan(fileName, unitId, unit.Code, unit.Name, year, access.UtcNow, entries);
    }

    /// <summary>Writes the ZIP into <paramref name="output"/> (may be non-seekable): manifest first, then the files.</summary>
    public async Task WriteAsync(ExportPlan plan, Stream output, CancellationToken ct)
    {
        // ZipArchive still writes entry trailers and the central directory synchronously on dispose; the
        // wrapper sends those few bytes asynchronously, so the response never needs AllowSynchronousIO.
        await using var sink = new DeferredSyncWriteStream(output);
        await WriteZipAsync(plan, sink, ct);
        await sink.FlushAsync(ct);
        logger.LogInformation("Evidence export of unit {UnitId} year {Year}: {Count} files, at most {Deferred} bytes deferred",
            plan.UnitId, plan.Year, plan.Entries.Count, sink.PeakDeferredBytes);
    }

    private async Task WriteZipAsync(ExportPlan plan, Stream output, CancellationToken ct)
    {
        await using var zip = await ZipArchive.CreateAsync(output, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: null, ct);
        var manifest = zip.CreateEntry(ManifestName, CompressionLevel.Optimal);
        await using (var manifestStream = await manifest.OpenAsync(ct))
        {
            await JsonSerializer.SerializeAsync(manifestStream, new
            {
                format = "zi-evidence-export/1",
                unit = new { id = plan.UnitId, code = plan.UnitCode, name = plan.UnitName },
                year = plan.Year,
                lkeVersion = EvidenceCatalog.LkeVersion,
                generatedAtUtc = plan.GeneratedAtUtc,
                files = plan.Entries,
            }, ManifestJson, ct);
        }
        foreach (var entry in plan.Entries)
        {
            // PDFs, images, Office files and videos are already compressed: store them as they are.
            var zipEntry = zip.CreateEntry(entry.Path, CompressionLevel.NoCompression);
            await using var target = await zipEntry.OpenAsync(ct);
            await using var source = await store.OpenReadAsync(entry.Sha256, ct);
            await source.CopyToAsync(target, ct);
        }
    }
}
