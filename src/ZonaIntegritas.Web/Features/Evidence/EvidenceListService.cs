using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ZonaIntegritas.Web.Configuration;
using ZonaIntegritas.Web.Domain.Common;
using ZonaIntegritas.Web.Domain.Evidence;
using ZonaIntegritas.Web.Infrastructure.Authorization;
using ZonaIntegritas.Web.Infrastructure.Data;
using ZonaIntegritas.Web.Infrastructure.Files;
using ZonaIntegritas.Web.Infrastructure.Data.ChangeCounters;

namespace ZonaIntegritas.Web.Features.Evidence;

/// <summary>Read models: the paged list, the upload page, the per-question page and the storage quota.</summary>
public sealed class EvidenceListService(AppDbContext db, EvidenceAccess access, EvidenceCatalog catalog, IOptions<UploadOptions> uploads, StampedCache stamped)
{
    public const int PageSize = 25;

    /// <summary>Per request (the service is scoped): the worksheet asks once per question panel.</summary>
    private readonly Dictionary<(int UnitId, int Year, string Area, int Take), IReadOnlyDictionary<string, IReadOnlyList<QuestionEvidenceItem>>> _firstItems = [];

    public async Task<EvidenceListViewModel> ListAsync(EvidenceListQuery query, CancellationToken ct)
    {
        var unitId = await ResolveUnitAsync(query.UnitId, ct);
        await access.EnsureViewAsync(unitId, ct);
        var canManage = access.Has(Permissions.ManageEvidence);
        var deleted = query.Deleted && canManage;

        var items = db.Set<EvidenceItem>().AsNoTracking().Where(i => i.UnitId == unitId);
        items = deleted ? items.Where(i => i.DeletedAtUtc != null) : items.Active();
        var year = query.Year;
        if (year is { } y)
        {
            items = items.Where(i => i.Year == y || i.Links.Any(l => l.Year == y));
        }
        if (ChangeAreas.IsValid(query.Area))
        {
            var area = query.Area!;
            items = items.Where(i => i.AreaCode == area || i.Links.Any(l => (year == null || l.Year == year) && l.QuestionCode.Substring(2, 1) == area));
        }
        if (!string.IsNullOrWhiteSpace(query.Question))
        {
            var code = query.Question.Trim().ToUpperInvariant();
            items = items.Where(i => i.Links.Any(l => (year == null || l.Year == year) && l.QuestionCode == code));
        }
        if (!string.IsNullOrWhiteSpace(query.Status))
        {
            items = items.WithStatus(query.Status, year);
        }
        if (!string.IsNullOrWhiteSpace(query.Uploader))
        {
            items = items.Where(i => i.UploadedById == query.Uploader);
        }
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var text = query.Q.Trim().ToLower();
            items = items.Where(i => i.Title.ToLower().Contains(text) || (i.Description != null && i.Description.ToLower().Contains(text))
                || i.Tags.ToLower().Contains(text) || i.Revisions.Any(r => r.FileName.ToLower().Contains(text)));
        }

        // Counted again only after a change to an evidence row (a free-text search is counted each time).
        var total = string.IsNullOrWhiteSpace(query.Q)
            ? await stamped.GetAsync($"evidence-count:{unitId}:{deleted}:{year}:{query.Area}:{query.Question}:{query.Status}:{query.Uploader}",
                [ChangeCounterNames.Evidence], token => items.CountAsync(token), ct)
            : await items.CountAsync(ct);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        var page = Math.Clamp(query.Page, 1, pageCount);
        var raw = await items.OrderByDescending(i => i.Id).Skip((page - 1) * PageSize).Take(PageSize)
            .Select(i => new
            {
                i.Id,
                i.Title,
                i.AreaCode,
                i.Year,
                i.DocumentDate,
                i.Tags,
                i.UploadedById,
                i.CreatedAtUtc,
                i.DeletedAtUtc,
                i.CurrentRevisionId,
                Number = i.CurrentRevision == null ? 0 : i.CurrentRevision.Number,
                Size = i.CurrentRevision == null ? 0 : i.CurrentRevision.SizeBytes,
                Extension = i.CurrentRevision == null ? "" : i.CurrentRevision.Extension,
                Links = i.Links.Select(l => new { l.Id, l.Year, l.QuestionCode, l.NeedsRevalidation, l.LatestReviewStatus, l.LatestReviewRevisionId }).ToList(),
            })
            .ToListAsync(ct);
        var names = await catalog.UserNamesAsync(raw.Select(r => r.UploadedById), ct);
        var template = await catalog.TemplateAsync(ct);
        var now = access.UtcNow;
        var rows = raw.Select(r => new EvidenceRow(
                r.Id, r.Title, r.AreaCode, r.Year, r.DocumentDate, r.Tags, r.Number, r.Size, r.Extension,
                names.GetValueOrDefault(r.UploadedById, "–"), r.CreatedAtUtc, r.DeletedAtUtc,
                r.DeletedAtUtc is { } at && now - at <= EvidenceItem.RestoreWindow,
                r.Links
                    .Where(l => year == null || l.Year == year)
                    .OrderByDescending(l => l.Year).ThenBy(l => EvidenceService.QuestionOrder(template, l.QuestionCode))
                    .Select(l => new LinkBadge(l.Id, l.Year, l.QuestionCode,
                        new EvidenceLink { QuestionCode = l.QuestionCode, LatestReviewStatus = l.LatestReviewStatus, LatestReviewRevisionId = l.LatestReviewRevisionId }.StateFor(r.CurrentRevisionId),
                        l.NeedsRevalidation))
                    .ToList()))
            .ToList();

        var (uploaderIds, years) = await stamped.GetAsync($"evidence-facets:{unitId}", [ChangeCounterNames.Evidence], token => FacetsAsync(unitId, token), ct);
        var uploaderNames = await catalog.UserNamesAsync(uploaderIds, ct);
        var (_, zone) = await catalog.UnitAsync(unitId, ct);
        return new EvidenceListViewModel(
            query, unitId, zone,
            await catalog.UnitsAsync(await access.VisibleUnitIdsAsync(ct), ct),
            uploaderNames.Select(kv => new UserOption(kv.Key, kv.Value)).OrderBy(u => u.Name, StringComparer.Ordinal).ToList(),
            years.Append(CurrentYear).Distinct().OrderByDescending(v => v).ToList(),
            rows, total, page, pageCount,
            (await access.EditableAreasAsync(unitId, ct)).Count > 0,
            canManage);
    }

    public async Task<UploadPageViewModel> UploadPageAsync(int? unitId, int? year, string? question, CancellationToken ct)
    {
        var unit = await ResolveUnitAsync(unitId, ct);
        var editable = await access.EditableAreasAsync(unit, ct);
        if (editable.Count == 0)
        {
            throw new ForbiddenException("Anda tidak berwenang mengunggah eviden di unit ini.");
        }
        var template = await catalog.TemplateAsync(ct);
        var selected = UploadEvidenceInput.SplitCodes(question).Where(c => template.FindQuestion(c) is not null).ToList();
        var visible = await access.VisibleUnitIdsAsync(ct);
        return new UploadPageViewModel(
            await catalog.UnitsAsync(visible, ct),
            unit,
            year is { } y && y >= EvidenceRules.MinYear && y <= CurrentYear + 1 ? y : CurrentYear,
            EvidenceCatalog.Areas(editable),
            selected.Select(ChangeAreas.FromLkeCode).FirstOrDefault(a => a is not null && editable.Contains(a)),
            EvidenceCatalog.QuestionOptions(template, editable),
            selected,
            uploads.Value.MaxFileBytes,
            FileTypeInspector.AcceptAttribute(),
            FileTypeInspector.AllowedLabels());
    }

    public async Task<QuestionEvidenceViewModel> QuestionAsync(int unitId, int year, string code, string? search, string returnUrl, CancellationToken ct)
    {
        await access.EnsureViewAsync(unitId, ct);
        var template = await catalog.TemplateAsync(ct);
        code = code.Trim().ToUpperInvariant();
        var question = template.FindQuestion(code) ?? throw new NotFoundException("Pertanyaan LKE tidak ditemukan.");
        var (areaName, indicatorName) = EvidenceService.Names(template, code);
        var (unitName, _) = await catalog.UnitAsync(unitId, ct);
        var items = await QuestionItemsAsync(unitId, year, code, ct);
        var canEdit = (await access.EditableAreasAsync(unitId, ct)).Contains(ChangeAreas.FromLkeCode(code)!);

        var candidates = new List<AttachCandidate>();
        if (canEdit)
        {
            var linked = items.Select(i => i.ItemId).ToList();
            var query = db.Set<EvidenceItem>().AsNoTracking().Active().Where(i => i.UnitId == unitId && !linked.Contains(i.Id));
            if (!string.IsNullOrWhiteSpace(search))
            {
                var text = search.Trim().ToLower();
                query = query.Where(i => i.Title.ToLower().Contains(text) || i.Tags.ToLower().Contains(text));
            }
            candidates = await query.OrderByDescending(i => i.Year).ThenByDescending(i => i.Id).Take(30)
                .Select(i => new AttachCandidate(i.Id, i.Title, i.AreaCode, i.Year, i.DocumentDate))
                .ToListAsync(ct);
        }
        var counts = items.Aggregate(EvidenceLinkCounts.Empty, (c, i) => c.Add(i.State, i.NeedsRevalidation));
        return new QuestionEvidenceViewModel(unitId, unitName, year, code, question.Text, areaName, indicatorName, question.TypicalEvidence,
            items, counts, candidates, search, canEdit, access.Has(Permissions.ReviewEvidence), returnUrl);
    }

    /// <summary>The active items linked to one question of one unit and year, with their link state (the first <paramref name="take"/>, if given).</summary>
    public async Task<IReadOnlyList<QuestionEvidenceItem>> QuestionItemsAsync(int unitId, int year, string code, CancellationToken ct, int take = int.MaxValue) =>
        [.. (await ItemsAsync(db.Set<EvidenceLink>().AsNoTracking()
            .Where(l => l.UnitId == unitId && l.Year == year && l.QuestionCode == code && l.Item!.DeletedAtUtc == null)
            .OrderBy(l => l.Id)
            .Take(take), ct)).Select(r => r.Item)];

    /// <summary>
    /// The first <paramref name="take"/> active items of every question of one change area of a unit and year, in one
    /// query (the worksheet shows a panel per question of the tab; one query per question grew with the tab). The same
    /// rows and order as <see cref="QuestionItemsAsync"/> with <c>take</c>: per question, the links with the smallest
    /// ids. Two queries for any number of questions.
    /// </summary>
    /// <summary>The filter choices of a unit's library: who uploaded, and the years of its items and links.</summary>
    private async Task<(List<string> UploaderIds, List<int> Years)> FacetsAsync(int unitId, CancellationToken ct)
    {
        var uploaderIds = await db.Set<EvidenceItem>().AsNoTracking().Where(i => i.UnitId == unitId).Select(i => i.UploadedById).Distinct().ToListAsync(ct);
        var years = await db.Set<EvidenceItem>().AsNoTracking().Where(i => i.UnitId == unitId).Select(i => i.Year)
            .Union(db.Set<EvidenceLink>().Where(l => l.UnitId == unitId).Select(l => l.Year))
            .ToListAsync(ct);
        return (uploaderIds, years);
    }

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<QuestionEvidenceItem>>> FirstItemsPerQuestionAsync(
        int unitId, int year, string areaCode, int take, CancellationToken ct)
    {
        if (_firstItems.TryGetValue((unitId, year, areaCode, take), out var known))
        {
            return known;
        }
        // Read again only after a change to an evidence row (StampedCache); per request once more on top (the panels).
        var byQuestion = await stamped.GetAsync($"evidence-first:{unitId}:{year}:{areaCode}:{take}", [ChangeCounterNames.Evidence],
            token => ReadFirstItemsAsync(unitId, year, areaCode, take, token), ct);
        _firstItems[(unitId, year, areaCode, take)] = byQuestion;
        return byQuestion;
    }

    private async Task<IReadOnlyDictionary<string, IReadOnlyList<QuestionEvidenceItem>>> ReadFirstItemsAsync(
        int unitId, int year, string areaCode, int take, CancellationToken ct)
    {
        var (pemenuhan, reform) = ("PP" + areaCode, "PR" + areaCode);
        // Step 1: the ids and codes of the area's active links (two ints and a short code per link, through the
        // unit/year/question index); the first ids per question are picked here. Step 2: only those rows, in full.
        var links = await db.Set<EvidenceLink>().AsNoTracking()
            .Where(l => l.UnitId == unitId && l.Year == year && (l.QuestionCode.StartsWith(pemenuhan) || l.QuestionCode.StartsWith(reform))
                        && l.Item!.DeletedAtUtc == null)
            .Select(l => new { l.Id, l.QuestionCode })
            .ToListAsync(ct);
        var first = links.GroupBy(l => l.QuestionCode, StringComparer.Ordinal)
            .SelectMany(g => g.OrderBy(l => l.Id).Take(take).Select(l => l.Id))
            .ToList();
        var rows = first.Count == 0 ? []
            : await ItemsAsync(db.Set<EvidenceLink>().AsNoTracking().Where(l => first.Contains(l.Id)).OrderBy(l => l.Id), ct);
        return rows.GroupBy(r => r.Code, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<QuestionEvidenceItem>)[.. g.Select(r => r.Item)], StringComparer.Ordinal);
    }

    private static async Task<List<(string Code, QuestionEvidenceItem Item)>> ItemsAsync(IQueryable<EvidenceLink> links, CancellationToken ct)
    {
        var rows = await links
            .Select(l => new
            {
                Link = l,
                l.Item!.Title,
                l.Item.DocumentDate,
                l.Item.CurrentRevisionId,
                Number = l.Item.CurrentRevision == null ? 0 : l.Item.CurrentRevision.Number,
                Extension = l.Item.CurrentRevision == null ? "" : l.Item.CurrentRevision.Extension,
                Size = l.Item.CurrentRevision == null ? 0 : l.Item.CurrentRevision.SizeBytes,
                Note = l.Reviews.OrderByDescending(r => r.Id).Select(r => r.Note).FirstOrDefault(),
            })
            .ToListAsync(ct);
        return rows.Select(r => (r.Link.QuestionCode, new QuestionEvidenceItem(r.Link.Id, r.Link.EvidenceItemId, r.Title, r.DocumentDate, r.CurrentRevisionId,
                r.Number, r.Extension, r.Size, r.Link.StateFor(r.CurrentRevisionId), r.Link.NeedsRevalidation, r.Note)))
            .ToList();
    }

    public async Task<QuotaViewModel> QuotaAsync(int? unitId, CancellationToken ct)
    {
        if (!access.Has(Permissions.ViewEvidence))
        {
            throw new ForbiddenException();
        }
        var visible = await access.VisibleUnitIdsAsync(ct);
        var visibleIds = visible.ToList();
        var selected = await ResolveUnitAsync(unitId, ct);
        var revisions = await db.Set<EvidenceRevision>().AsNoTracking()
            .Where(r => visibleIds.Contains(r.Item!.UnitId))
            .Select(r => new { r.Item!.UnitId, r.EvidenceItemId, r.Item.AreaCode, Deleted = r.Item.DeletedAtUtc != null, r.StoredFileSha256, r.SizeBytes })
            .ToListAsync(ct);
        var units = await catalog.UnitsAsync(visible, ct);
        var rows = units.Select(u =>
            {
                var mine = revisions.Where(r => r.UnitId == u.Id).ToList();
                var live = mine.Where(r => !r.Deleted).ToList();
                return new QuotaRow(u.Id, u.Name, live.Select(r => r.EvidenceItemId).Distinct().Count(), live.Count,
                    live.Sum(r => r.SizeBytes), mine.DistinctBy(r => r.StoredFileSha256).Sum(r => r.SizeBytes),
                    mine.Where(r => r.Deleted).Sum(r => r.SizeBytes));
            })
            .ToList();
        var areas = ChangeAreas.All.Select(a =>
            {
                var inArea = revisions.Where(r => r.UnitId == selected && !r.Deleted && r.AreaCode == a.Code).ToList();
                return new QuotaAreaRow(a.Code, a.Name, inArea.Select(r => r.EvidenceItemId).Distinct().Count(), inArea.Sum(r => r.SizeBytes));
            })
            .ToList();
        return new QuotaViewModel(rows, selected, areas, revisions.DistinctBy(r => r.StoredFileSha256).Sum(r => r.SizeBytes));
    }

    private int CurrentYear => access.LatestToday.Year;

    /// <summary>The requested unit when visible, else the user's own unit (or the first visible one).</summary>
    private async Task<int> ResolveUnitAsync(int? unitId, CancellationToken ct)
    {
        var visible = await access.VisibleUnitIdsAsync(ct);
        if (unitId is { } requested)
        {
            if (!visible.Contains(requested))
            {
                throw new ForbiddenException();
            }
            return requested;
        }
        if (access.OwnUnitId is { } own && visible.Contains(own))
        {
            return own;
        }
        return visible.Count > 0 ? visible.Min() : throw new ForbiddenException();
    }
}
