using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ZonaIntegritas.Web.Configuration;
using ZonaIntegritas.Web.Domain.Common;
using ZonaIntegritas.Web.Domain.Evidence;
using ZonaIntegritas.Web.Domain.Lke;
using ZonaIntegritas.Web.Features.Assessments;
using ZonaIntegritas.Web.Infrastructure.Authorization;
using ZonaIntegritas.Web.Infrastructure.Data;
using ZonaIntegritas.Web.Infrastructure.Files;

namespace ZonaIntegritas.Web.Features.Evidence;

/// <summary>One evidence item: details, metadata edits, soft delete/restore and question links.</summary>
public sealed class EvidenceService(
    AppDbContext db,
    EvidenceAccess access,
    EvidenceCatalog catalog,
    AssessmentFreeze freeze,
    IOptions<UploadOptions> uploads,
    ILogger<EvidenceService> logger)
{
    public async Task<EvidenceDetailsViewModel> GetDetailsAsync(int id, CancellationToken ct)
    {
        var item = await db.Set<EvidenceItem>().AsNoTracking()
            .Include(i => i.Revisions)
            .Include(i => i.Links).ThenInclude(l => l.Reviews)
            .AsSplitQuery()
            .FirstOrDefaultAsync(i => i.Id == id, ct) ?? throw new NotFoundException("Eviden tidak ditemukan.");
        await access.EnsureViewAsync(item.UnitId, ct);
        var canManage = access.Has(Permissions.ManageEvidence);
        if (item.IsDeleted && !canManage)
        {
            throw new NotFoundException("Eviden tidak ditemukan.");
        }

        var (unitName, zone) = await catalog.UnitAsync(item.UnitId, ct);
        var template = await catalog.TemplateAsync(ct);
        var editable = await access.EditableAreasAsync(item.UnitId, ct);
        var names = await catalog.UserNamesAsync(
            item.Revisions.Select(r => r.UploadedById)
                .Concat(item.Links.SelectMany(l => l.Reviews.Select(r => r.ReviewerId)))
                .Append(item.UploadedById), ct);
        var numbers = item.Revisions.ToDictionary(r => r.Id, r => r.Number);
        var revisions = item.Revisions.OrderByDescending(r => r.Number)
            .Select(r => new RevisionRow(r.Id, r.Number, r.FileName, r.StoredFileSha256, r.SizeBytes, r.ContentType,
                names.GetValueOrDefault(r.UploadedById, "–"), r.UploadedAtUtc, r.Id == item.CurrentRevisionId))
            .ToList();
        var current = revisions.FirstOrDefault(r => r.IsCurrent);
        var canEditItem = !item.IsDeleted && editable.Contains(item.AreaCode);
        var links = item.Links
            .OrderByDescending(l => l.Year).ThenBy(l => QuestionOrder(template, l.QuestionCode))
            .Select(l => ToLinkRow(template, l, item.CurrentRevisionId, !item.IsDeleted && editable.Contains(ChangeAreas.FromLkeCode(l.QuestionCode) ?? ""),
                l.Reviews.OrderByDescending(r => r.Id)
                    .Select(r => new ReviewRow(r.Status, r.Note, names.GetValueOrDefault(r.ReviewerId, "–"), r.ReviewedAtUtc, numbers.GetValueOrDefault(r.EvidenceRevisionId)))
                    .ToList()))
            .ToList();
        var type = current is null ? null : FileTypeInspector.Types.FirstOrDefault(t => t.ContentType == current.ContentType);
        return new EvidenceDetailsViewModel(
            item.Id, item.UnitId, unitName, zone, item.Title, item.Description, item.DocumentDate, item.Year, item.AreaCode,
            EvidenceItem.ParseTags(item.Tags), names.GetValueOrDefault(item.UploadedById, "–"), item.CreatedAtUtc, item.DeletedAtUtc,
            current, type?.InlinePreview == true, type?.Kind is FileKind.Jpeg or FileKind.Png, revisions, links,
            canEditItem ? EvidenceCatalog.QuestionOptions(template, editable) : [],
            canEditItem,
            !item.IsDeleted && access.Has(Permissions.ReviewEvidence),
            canManage && !item.IsDeleted,
            canManage && item.CanRestore(access.UtcNow),
            uploads.Value.MaxFileBytes,
            FileTypeInspector.AcceptAttribute());
    }

    public async Task<EditEvidenceViewModel> GetEditAsync(int id, CancellationToken ct)
    {
        var item = await LoadActiveAsync(id, ct);
        await access.EnsureEditAsync(item.UnitId, [item.AreaCode], ct);
        var input = new EditEvidenceInput
        {
            Id = item.Id,
            Title = item.Title,
            Description = item.Description,
            DocumentDate = item.DocumentDate,
            Year = item.Year,
            AreaCode = item.AreaCode,
            Tags = item.Tags,
        };
        return await EditViewAsync(input, item.UnitId, ct);
    }

    public async Task<EditEvidenceViewModel> EditViewAsync(EditEvidenceInput input, int unitId, CancellationToken ct) =>
        new(input, EvidenceCatalog.Areas(await access.EditableAreasAsync(unitId, ct)));

    public async Task<int> UnitOfAsync(int id, CancellationToken ct) =>
        await db.Set<EvidenceItem>().Where(i => i.Id == id).Select(i => (int?)i.UnitId).FirstOrDefaultAsync(ct)
            ?? throw new NotFoundException("Eviden tidak ditemukan.");

    public async Task UpdateAsync(EditEvidenceInput input, CancellationToken ct)
    {
        var item = await LoadActiveAsync(input.Id, ct);
        await access.EnsureEditAsync(item.UnitId, [item.AreaCode, input.AreaCode], ct);
        item.Revise(input.Title, input.Description, input.DocumentDate!.Value, input.Year, input.AreaCode, input.Tags);
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Evidence {EvidenceId} metadata updated by {UserId}", item.Id, access.UserId);
    }

    public async Task<DeleteEvidenceViewModel> GetDeleteAsync(int id, CancellationToken ct)
    {
        var item = await LoadActiveAsync(id, ct);
        await access.EnsureManageAsync(item.UnitId, ct);
        var template = await catalog.TemplateAsync(ct);
        var links = await db.Set<EvidenceLink>().AsNoTracking().Where(l => l.EvidenceItemId == id).ToListAsync(ct);
        return new DeleteEvidenceViewModel(item.Id, item.Title, links
            .OrderByDescending(l => l.Year).ThenBy(l => QuestionOrder(template, l.QuestionCode))
            .Select(l => ToLinkRow(template, l, item.CurrentRevisionId, false, []))
            .ToList());
    }

    public async Task DeleteAsync(int id, CancellationToken ct)
    {
        var item = await LoadActiveAsync(id, ct);
        await access.EnsureManageAsync(item.UnitId, ct);
        var links = await db.Set<EvidenceLink>().AsNoTracking().Where(l => l.EvidenceItemId == id)
            .Select(l => new { l.Year, l.QuestionCode }).ToListAsync(ct);
        await freeze.EnsureCanChangeAsync(item.UnitId, links.Select(l => (l.Year, l.QuestionCode)), skipFinal: false, ct);
        item.SoftDelete(access.UserId, access.UtcNow);
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Evidence {EvidenceId} deleted (soft) by {UserId}", item.Id, access.UserId);
    }

    public async Task RestoreAsync(int id, CancellationToken ct)
    {
        var item = await db.Set<EvidenceItem>().FirstOrDefaultAsync(i => i.Id == id, ct) ?? throw new NotFoundException("Eviden tidak ditemukan.");
        await access.EnsureManageAsync(item.UnitId, ct);
        item.Restore(access.UtcNow);
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Evidence {EvidenceId} restored by {UserId}", item.Id, access.UserId);
    }

    /// <summary>Links an item to a question of a year (the item's unit). Returns false when the link already existed.</summary>
    public async Task<bool> LinkAsync(int itemId, int year, string questionCode, CancellationToken ct)
    {
        var item = await LoadActiveAsync(itemId, ct);
        var code = (await catalog.ValidateCodesAsync([questionCode], ct)).SingleOrDefault()
            ?? throw new DomainException("Pilih pertanyaan LKE.");
        if (year < EvidenceRules.MinYear || year > access.UtcNow.Year + 1)
        {
            throw new DomainException("Tahun penilaian tidak valid.");
        }
        await access.EnsureEditAsync(item.UnitId, [ChangeAreas.FromLkeCode(code)], ct);
        await freeze.EnsureCanChangeAsync(item.UnitId, year, [code], ct);
        if (await db.Set<EvidenceLink>().AnyAsync(l => l.EvidenceItemId == itemId && l.Year == year && l.QuestionCode == code, ct))
        {
            return false;
        }
        db.Add(new EvidenceLink { EvidenceItemId = itemId, UnitId = item.UnitId, Year = year, QuestionCode = code });
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Evidence {EvidenceId} linked to {QuestionCode} {Year} by {UserId}", itemId, code, year, access.UserId);
        return true;
    }

    public async Task<int> UnlinkAsync(int linkId, CancellationToken ct)
    {
        var link = await LoadLinkAsync(linkId, ct);
        await access.EnsureEditAsync(link.UnitId, [ChangeAreas.FromLkeCode(link.QuestionCode)], ct);
        await freeze.EnsureCanChangeAsync(link.UnitId, link.Year, [link.QuestionCode], ct);
        db.Remove(link);
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Evidence {EvidenceId} unlinked from {QuestionCode} {Year} by {UserId}", link.EvidenceItemId, link.QuestionCode, link.Year, access.UserId);
        return link.EvidenceItemId;
    }

    /// <summary>Confirms that a carried-over link still applies ("perlu divalidasi ulang" → valid).</summary>
    public async Task<int> RevalidateAsync(int linkId, CancellationToken ct)
    {
        var link = await LoadLinkAsync(linkId, ct);
        await access.EnsureEditAsync(link.UnitId, [ChangeAreas.FromLkeCode(link.QuestionCode)], ct);
        await freeze.EnsureCanChangeAsync(link.UnitId, link.Year, [link.QuestionCode], ct);
        link.NeedsRevalidation = false;
        await db.SaveChangesAsync(ct);
        return link.EvidenceItemId;
    }

    /// <summary>The item a link belongs to (to return to its page after a refused change).</summary>
    public async Task<int> ItemOfLinkAsync(int linkId, CancellationToken ct) => (await LoadLinkAsync(linkId, ct)).EvidenceItemId;

    private async Task<EvidenceLink> LoadLinkAsync(int linkId, CancellationToken ct)
    {
        var link = await db.Set<EvidenceLink>().Include(l => l.Item).FirstOrDefaultAsync(l => l.Id == linkId, ct)
            ?? throw new NotFoundException("Tautan eviden tidak ditemukan.");
        if (link.Item!.IsDeleted)
        {
            throw new NotFoundException("Eviden tidak ditemukan.");
        }
        return link;
    }

    private async Task<EvidenceItem> LoadActiveAsync(int id, CancellationToken ct)
    {
        var item = await db.Set<EvidenceItem>().FirstOrDefaultAsync(i => i.Id == id, ct);
        if (item is null || item.IsDeleted)
        {
            throw new NotFoundException("Eviden tidak ditemukan.");
        }
        await access.EnsureViewAsync(item.UnitId, ct);
        return item;
    }

    internal static LinkRow ToLinkRow(LkeTemplate template, EvidenceLink link, int? currentRevisionId, bool canEdit, IReadOnlyList<ReviewRow> reviews)
    {
        var question = template.FindQuestion(link.QuestionCode);
        var (areaName, indicatorName) = question is null ? ("–", "–") : Names(template, link.QuestionCode);
        return new LinkRow(link.Id, link.Year, link.QuestionCode, question?.Text ?? "(pertanyaan tidak ada di LKE)", areaName, indicatorName,
            link.StateFor(currentRevisionId), link.NeedsRevalidation, canEdit, reviews);
    }

    internal static (string Area, string Indicator) Names(LkeTemplate template, string code)
    {
        var (half, area, indicator) = template.ParentsOf(code);
        return ($"{area.Name} ({half.Name})", $"{indicator.Code} {indicator.Name}");
    }

    internal static int QuestionOrder(LkeTemplate template, string code)
    {
        var index = 0;
        foreach (var question in template.Halves.SelectMany(h => h.Areas).SelectMany(a => a.Indicators).SelectMany(i => i.Questions))
        {
            if (question.Code == code)
            {
                return index;
            }
            index++;
        }
        return int.MaxValue;
    }
}
