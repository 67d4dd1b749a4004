using System.Globalization;
using System.Text.Json;
using CsvHelper;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using ZonaIntegritas.Web.Domain.Audit;
using ZonaIntegritas.Web.Domain.Units;
using ZonaIntegritas.Web.Features.Shared;
using ZonaIntegritas.Web.Infrastructure.Audit;
using ZonaIntegritas.Web.Infrastructure.Authorization;
using ZonaIntegritas.Web.Infrastructure.Data;

namespace ZonaIntegritas.Web.Features.AuditLog;

/// <summary>
/// Reads the audit log for administrators, limited to their unit subtree (rows without a unit — e.g. events
/// before sign-in — only for an administrator who sees every unit). Paging, filtering and export run in SQL.
/// </summary>
public sealed class AuditLogService(AppDbContext db, ResourceAccess scope, IAuditTrail trail)
{
    public const int PageSize = 50;

    /// <summary>The CSV export holds at most this many (latest) rows.</summary>
    public const int ExportLimit = 100_000;

    private static readonly TimeSpan Wib = TimeSpan.FromHours((int)IndonesianTimeZone.Wib);

    public async Task<AuditListViewModel> ListAsync(AuditFilterInput filter, CancellationToken ct)
    {
        var (query, units) = await FilteredAsync(filter, ct);
        var total = await query.CountAsync(ct);
        filter.Page = PagerViewModel.Clamp(filter.Page, total, PageSize);
        var rows = await query.OrderByDescending(e => e.Sequence)
            .Skip((filter.Page - 1) * PageSize).Take(PageSize)
            .ToListAsync(ct);
        var queryValues = QueryValues(filter);
        var pager = new PagerViewModel(filter.Page, PageSize, total, queryValues);
        var unitOptions = new List<SelectListItem> { new("Semua unit", "") };
        unitOptions.AddRange(UnitHierarchy.Order(units.Values.ToList()).Select(e => new SelectListItem(
            UnitHierarchy.IndentedLabel(e), e.Unit.Id.ToString(CultureInfo.InvariantCulture), e.Unit.Id == filter.UnitId)));
        var typeOptions = new List<SelectListItem> { new("Semua jenis", "") };
        typeOptions.AddRange(AuditLabels.All.Select(t => new SelectListItem(t.Label, t.Value, t.Value == filter.EntityType)));
        var exportQuery = queryValues.Where(kv => !string.IsNullOrEmpty(kv.Value) && kv.Key != "page").ToDictionary(kv => kv.Key, kv => kv.Value);
        return new AuditListViewModel(filter, rows.Select(r => Row(r, units)).ToList(), pager, unitOptions, typeOptions, exportQuery);
    }

    /// <summary>CSV (semicolon, UTF-8 with BOM), newest first; a cell starting with = + - @ is escaped. The export itself is logged.</summary>
    public async Task<byte[]> ExportCsvAsync(AuditFilterInput filter, CancellationToken ct)
    {
        var (query, units) = await FilteredAsync(filter, ct);
        var rows = await query.OrderByDescending(e => e.Sequence).Take(ExportLimit).ToListAsync(ct);
        var options = CsvWriterOptions.Default with { Separator = ';', WriteByteOrderMark = true, Injection = CsvInjection.Escape };
        using var buffer = new MemoryStream();
        await using (var csv = CsvWriter.Create(buffer, options, leaveOpen: true))
        {
            csv.WriteRecord(["No", "Waktu (WIB)", "Pengguna", "Alamat", "Unit kerja", "Aksi", "Jenis data", "ID", "Perubahan", "Hash sebelumnya", "Hash"]);
            foreach (var entry in rows)
            {
                var row = Row(entry, units);
                await csv.WriteRecordAsync(
                [
                    row.Sequence.ToString(CultureInfo.InvariantCulture),
                    IndonesianTimeZone.Wib.ToLocal(row.AtUtc).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
                    row.Actor,
                    row.ClientAddress,
                    row.UnitName ?? "",
                    row.ActionLabel,
                    row.EntityLabel,
                    row.EntityId ?? "",
                    string.Join("; ", row.Changes.Select(Describe)),
                    entry.PreviousHash,
                    entry.Hash,
                ], ct);
            }
        }
        await trail.RecordEventAsync(AuditEvents.Export, details: new Dictionary<string, string?>
        {
            ["Berkas"] = "Log audit (CSV)",
            ["Baris"] = rows.Count.ToString(CultureInfo.InvariantCulture),
        }, ct: ct);
        return buffer.ToArray();
    }

    public async Task<AuditChainReport> VerifyAsync(CancellationToken ct) => await AuditChainVerifier.VerifyAsync(db, ct);

    /// <summary>The latest entries for one object (a user's history also holds its role rows and events about it).</summary>
    public async Task<AuditHistoryViewModel> HistoryAsync(string entityType, string entityId, int take, CancellationToken ct)
    {
        var (query, units) = await FilteredAsync(new AuditFilterInput(), ct);
        var isUser = entityType == "AppUser";
        var rows = await query
            .Where(e => e.EntityId == entityId && (e.EntityType == entityType || (isUser && (e.EntityType == "UserRole" || e.Action == AuditAction.Event))))
            .OrderByDescending(e => e.Sequence)
            .Take(take + 1)
            .ToListAsync(ct);
        return new AuditHistoryViewModel(entityType, entityId, rows.Take(take).Select(r => Row(r, units)).ToList(), rows.Count > take);
    }

    public static string Describe(AuditFieldChange c) =>
        c.Old is null ? $"{c.Field}: {c.New ?? "–"}" : $"{c.Field}: {c.Old} → {c.New ?? "–"}";

    private async Task<(IQueryable<AuditEntry> Query, Dictionary<int, UnitNode> Units)> FilteredAsync(AuditFilterInput filter, CancellationToken ct)
    {
        var all = await db.Units.AsNoTracking().Select(u => new UnitNode(u.Id, u.ParentId, u.Name)).ToListAsync(ct);
        var visible = await scope.VisibleUnitIdsAsync(ct);
        var units = all.Where(u => visible.Contains(u.Id)).ToDictionary(u => u.Id);
        var query = db.Set<AuditEntry>().AsNoTracking();
        if (all.Any(u => !visible.Contains(u.Id)))
        {
            var ids = visible.ToList();
            query = query.Where(e => e.UnitId != null && ids.Contains(e.UnitId.Value));
        }
        if (filter.UnitId is { } unitId)
        {
            var subtree = UnitScope.Descendants(all.Select(u => (u.Id, u.ParentId)), unitId).Where(visible.Contains).ToList();
            query = query.Where(e => e.UnitId != null && subtree.Contains(e.UnitId.Value));
        }
        if (!string.IsNullOrWhiteSpace(filter.User))
        {
            var user = filter.User.Trim();
            var lower = user.ToLowerInvariant();
            query = query.Where(e => e.UserId == user || (e.UserName != null && e.UserName.ToLower().Contains(lower)));
        }
        if (!string.IsNullOrWhiteSpace(filter.EntityType))
        {
            query = query.Where(e => e.EntityType == filter.EntityType);
        }
        if (!string.IsNullOrWhiteSpace(filter.EntityId))
        {
            var id = filter.EntityId.Trim();
            query = query.Where(e => e.EntityId == id);
        }
        if (filter.From is { } from)
        {
            var fromUtc = DateTime.SpecifyKind(from.ToDateTime(TimeOnly.MinValue) - Wib, DateTimeKind.Utc);
            query = query.Where(e => e.AtUtc >= fromUtc);
        }
        if (filter.To is { } to)
        {
            var toUtc = DateTime.SpecifyKind(to.AddDays(1).ToDateTime(TimeOnly.MinValue) - Wib, DateTimeKind.Utc);
            query = query.Where(e => e.AtUtc < toUtc);
        }
        return (query, units);
    }

    private static Dictionary<string, string?> QueryValues(AuditFilterInput f) => new()
    {
        ["UnitId"] = f.UnitId?.ToString(CultureInfo.InvariantCulture),
        ["User"] = f.User,
        ["EntityType"] = f.EntityType,
        ["EntityId"] = f.EntityId,
        ["From"] = f.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["To"] = f.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    private static AuditRowViewModel Row(AuditEntry e, Dictionary<int, UnitNode> units) => new(
        e.Sequence,
        e.AtUtc,
        e.UserName ?? e.UserId ?? (e.ClientAddress is AuditOrigin.Cli or AuditOrigin.Job ? "Sistem" : "Tanpa akun"),
        e.ClientAddress,
        e.UnitId is { } u && units.TryGetValue(u, out var unit) ? unit.Name : null,
        e.Action,
        e.EntityType,
        e.EntityId,
        Changes(e.Changes));

    private static List<AuditFieldChange> Changes(string json)
    {
        var result = new List<AuditFieldChange>();
        try
        {
            using var doc = JsonDocument.Parse(json);
            foreach (var p in doc.RootElement.EnumerateObject())
            {
                if (p.Value.ValueKind == JsonValueKind.Array && p.Value.GetArrayLength() == 2)
                {
                    result.Add(new AuditFieldChange(p.Name, Text(p.Value[0]), Text(p.Value[1])));
                }
                else
                {
                    result.Add(new AuditFieldChange(p.Name, null, Text(p.Value)));
                }
            }
        }
        catch (JsonException)
        {
            result.Add(new AuditFieldChange("(isi)", null, json));
        }
        return result;
    }

    private static string? Text(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.String => e.GetString(),
        _ => e.GetRawText(),
    };
}
