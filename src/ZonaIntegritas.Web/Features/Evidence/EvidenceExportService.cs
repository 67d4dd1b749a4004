using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using ZonaIntegritas.Web.Domain.Evidence;
using ZonaIntegritas.Web.Domain.Lke;
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
    bool NeedsRevalidation)
{
    /// <summary>Position of the file under its question (1, 2…), in question order then link order.</summary>
    [JsonIgnore]
    public int NumberInQuestion { get; init; }

    [JsonIgnore]
    public EvidenceLinkState State { get; init; }

    /// <summary>The canonical extension of the stored file, with the dot (".pdf").</summary>
    [JsonIgnore]
    public string Extension { get; init; } = "";

    [JsonIgnore]
    public string ContentType { get; init; } = "";

    /// <summary>The evidence item's own year (earlier than the export year when carried over).</summary>
    [JsonIgnore]
    public int ItemYear { get; init; }

    /// <summary>The uploader's (sanitised) file name.</summary>
    [JsonIgnore]
    public string OriginalFileName { get; init; } = "";
}

/// <summary>How an export lays its files out.</summary>
public enum ExportLayout
{
    /// <summary><c>area/indicator/CODE_title.ext</c> (the evidence library's "Ekspor per kode LKE").</summary>
    ByIndicator = 1,

    /// <summary><c>area/indicator/CODE/CODE_nn_title.ext</c> (the PMPZI submission pack: files per question).</summary>
    ByQuestion = 2,
}

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
        var entries = await EntriesAsync(unitId, year, template, ExportLayout.ByIndicator, "", ct);
        var fileName = $"eviden-{FileNameSanitizer.Segment(unit.Code)}-{year}.zip";
        return new ExportPlan(fileName, unitId, unit.Code, unit.Name, year, access.UtcNow, entries);
    }

    /// <summary>
    /// The files of one unit and year in LKE order, laid out by <paramref name="layout"/>: an item linked to several
    /// questions appears under each. No access check: callers check first (<see cref="PlanAsync"/>, the PMPZI pack).
    /// With a <paramref name="root"/> folder, titles are shortened so that root + path stays within
    /// <see cref="MaxPathLength"/> characters (Windows).
    /// </summary>
    public async Task<IReadOnlyList<ExportEntry>> EntriesAsync(int unitId, int year, LkeTemplate template, ExportLayout layout, string root, CancellationToken ct)
    {
        var links = await db.Set<EvidenceLink>().AsNoTracking()
            .Where(l => l.UnitId == unitId && l.Year == year && l.Item!.DeletedAtUtc == null && l.Item.CurrentRevision != null)
            .Select(l => new
            {
                Link = l,
                l.Item!.Title,
                l.Item.DocumentDate,
                ItemYear = l.Item.Year,
                l.Item.CurrentRevisionId,
                Revision = l.Item.CurrentRevision!.Number,
                l.Item.CurrentRevision.StoredFileSha256,
                l.Item.CurrentRevision.SizeBytes,
                l.Item.CurrentRevision.Extension,
                l.Item.CurrentRevision.ContentType,
                l.Item.CurrentRevision.FileName,
            })
            .ToListAsync(ct);
        var codesByItem = links.GroupBy(l => l.Link.EvidenceItemId)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(l => l.Link.QuestionCode).OrderBy(c => EvidenceService.QuestionOrder(template, c)).ToList());

        var usedNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var entries = new List<ExportEntry>();
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var l in links.Where(l => template.FindQuestion(l.Link.QuestionCode) is not null)
                     .OrderBy(l => EvidenceService.QuestionOrder(template, l.Link.QuestionCode)).ThenBy(l => l.Link.Id))
        {
            var code = l.Link.QuestionCode;
            var (_, area, indicator) = template.ParentsOf(code);
            var number = numbers[code] = numbers.GetValueOrDefault(code) + 1;
            var path = layout == ExportLayout.ByQuestion
                ? QuestionPath(root, area, indicator, code, number, l.Title, l.Extension, usedNames)
                : IndicatorPath(area, indicator, code, l.Title, l.Extension, usedNames);
            var state = l.Link.StateFor(l.CurrentRevisionId);
            entries.Add(new ExportEntry(path, code, codesByItem[l.Link.EvidenceItemId], l.Link.EvidenceItemId, l.Revision, l.Title,
                l.StoredFileSha256, l.SizeBytes, l.DocumentDate, state.ToString(), state.Label(), l.Link.NeedsRevalidation)
            {
                NumberInQuestion = number,
                State = state,
                Extension = l.Extension,
                ContentType = l.ContentType,
                ItemYear = l.ItemYear,
                OriginalFileName = l.FileName,
            });
        }
        return entries;
    }

    /// <summary>Longest path (root folder included) a pack entry may have: Windows tools fail near 260.</summary>
    public const int MaxPathLength = 240;

    private static string IndicatorPath(LkeAreaDef area, LkeIndicatorDef indicator, string code, string title, string extension, HashSet<string> used)
    {
        var folder = $"{area.Code} {FileNameSanitizer.Segment(area.Name)}/{indicator.Code} {FileNameSanitizer.Segment(indicator.Name)}";
        var stem = $"{code}_{FileNameSanitizer.Segment(title)}";
        var path = $"{folder}/{stem}{extension}";
        for (var n = 2; !used.Add(path); n++)
        {
            path = $"{folder}/{stem} ({n}){extension}";
        }
        return path;
    }

    private static string QuestionPath(string root, LkeAreaDef area, LkeIndicatorDef indicator, string code, int number, string title, string extension, HashSet<string> used)
    {
        var folder = $"{area.Code} {FileNameSanitizer.Segment(area.Name, maxLength: 50)}/{indicator.Code} {FileNameSanitizer.Segment(indicator.Name, maxLength: 60)}/{code}";
        var prefix = $"{folder}/{code}_{number:00}_";
        var room = Math.Max(10, MaxPathLength - root.Length - prefix.Length - extension.Length);
        var path = prefix + FileNameSanitizer.Segment(title, maxLength: Math.Min(80, room)) + extension;
        // The number makes names unique within a question; keep the guard for look-alike titles after cleaning.
        for (var n = 2; !used.Add(path); n++)
        {
            path = prefix + FileNameSanitizer.Segment(title, maxLength: Math.Min(80, room - 4)) + $" ({n})" + extension;
        }
        return path;
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
        await WriteFilesAsync(zip, plan.Entries, "", null, ct);
    }

    /// <summary>
    /// Copies the stored files of <paramref name="entries"/> into <paramref name="zip"/> under <paramref name="root"/>,
    /// one at a time (memory stays flat whatever their size). With <paramref name="sums"/>, the SHA-256 of what was
    /// actually written is added per path (for a <c>SHA256SUMS</c> file).
    /// </summary>
    public async Task WriteFilesAsync(ZipArchive zip, IEnumerable<ExportEntry> entries, string root, IDictionary<string, string>? sums, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(zip);
        ArgumentNullException.ThrowIfNull(entries);
        var buffer = new byte[81920];
        foreach (var entry in entries)
        {
            // PDFs, images, Office files and videos are already compressed: store them as they are.
            var zipEntry = zip.CreateEntry(root + entry.Path, CompressionLevel.NoCompression);
            await using var target = await zipEntry.OpenAsync(ct);
            await using var source = await store.OpenReadAsync(entry.Sha256, ct);
            if (sums is null)
            {
                await source.CopyToAsync(target, ct);
                continue;
            }
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            int read;
            while ((read = await source.ReadAsync(buffer, ct)) > 0)
            {
                hash.AppendData(buffer, 0, read);
                await target.WriteAsync(buffer.AsMemory(0, read), ct);
            }
            sums[entry.Path] = Convert.ToHexStringLower(hash.GetHashAndReset());
        }
    }
}
