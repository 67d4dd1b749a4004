using Microsoft.EntityFrameworkCore;
using ZonaIntegritas.Web.Domain.Common;
using ZonaIntegritas.Web.Domain.IntegrityPacts;
using ZonaIntegritas.Web.Domain.Units;
using ZonaIntegritas.Web.Features.Pacts;
using ZonaIntegritas.Web.Features.PactTemplates;
using ZonaIntegritas.Web.Features.Shared;
using ZonaIntegritas.Web.Infrastructure.Authorization;
using ZonaIntegritas.Web.Infrastructure.Data;
using ZonaIntegritas.Web.Infrastructure.Mail;
using ZonaIntegritas.Web.Infrastructure.Time;

namespace ZonaIntegritas.Web.Features.PactCampaigns;

/// <summary>
/// Campaigns (create/edit within the user's unit scope) and their coverage: signed/total per unit, who has
/// not signed, the evidence filings. Participants come from <see cref="PactParticipantService"/>.
/// </summary>
public sealed class PactCampaignService(
    AppDbContext db,
    PactAccess access,
    PactParticipantService participants,
    IMailSender mail,
    UnitClock clock,
    PortalLinks portalLinks)
{
    public async Task<PactCampaignListViewModel> ListAsync(CancellationToken ct = default)
    {
        var visible = (await access.VisibleUnitIdsAsync(ct)).ToList();
        var campaigns = await db.Set<PactCampaign>().Include(c => c.Unit)
            .Where(c => visible.Contains(c.UnitId)).ToListAsync(ct);
        var items = new List<PactCampaignListItem>();
        foreach (var c in campaigns.OrderByDescending(c => c.OpensOn).ThenByDescending(c => c.Id))
        {
            // Counted in SQL per campaign (a handful of campaigns, thousands of participants each).
            await participants.SyncAsync(c, ct: ct);
            var coverage = await participants.CoverageAsync(c.Id, ct);
            items.Add(new PactCampaignListItem(c.Id, c.Title, c.Occasion.Label(), c.Unit!.Name, c.IncludeDescendants, c.OpensOn, c.ClosesOn,
                c.StatusOn(clock.TodayIn(c.Unit.TimeZone)), coverage.Sum(u => u.Signed), coverage.Sum(u => u.Total)));
        }
        return new PactCampaignListViewModel(items, await access.HasAsync(Permissions.ManagePacts));
    }

    public async Task<PactCampaignFormViewModel> NewFormAsync(CancellationToken ct = default)
    {
        var unitId = (await access.VisibleUnitIdsAsync(ct)).Count > 0 ? await DefaultUnitAsync(ct) : 0;
        var zone = await db.Units.AsNoTracking().Where(u => u.Id == unitId).Select(u => u.TimeZone).FirstOrDefaultAsync(ct);
        var today = clock.TodayIn(zone);
        var versions = await VersionOptionsAsync(null, ct);
        return await FormAsync(new SavePactCampaignInput
        {
            Title = $"Penandatanganan Pakta Integritas {today.Year}",
            UnitId = unitId,
            OpensOn = today,
            ClosesOn = today.AddDays(30),
            TemplateVersionId = versions.FirstOrDefault()?.Id ?? 0,
        }, ct);
    }

    public async Task<PactCampaignFormViewModel> EditFormAsync(int id, CancellationToken ct = default)
    {
        var c = await LoadAsync(id, Permissions.ManagePacts, ct);
        return await FormAsync(new SavePactCampaignInput
        {
            Id = c.Id,
            Title = c.Title,
            Occasion = c.Occasion,
            UnitId = c.UnitId,
            IncludeDescendants = c.IncludeDescendants,
            OpensOn = c.OpensOn,
            ClosesOn = c.ClosesOn,
            TemplateVersionId = c.TemplateVersionId,
        }, ct);
    }

    public async Task<PactCampaignFormViewModel> FormAsync(SavePactCampaignInput input, CancellationToken ct = default)
    {
        var visible = (await access.VisibleUnitIdsAsync(ct)).ToList();
        var units = await db.Units.AsNoTracking().Where(u => visible.Contains(u.Id) && u.IsActive)
            .Select(u => new UnitOption(u.Id, u.Name)).ToListAsync(ct);
        var hasSignatures = input.Id is { } id && await db.Set<PactSignature>().AnyAsync(s => s.CampaignId == id, ct);
        return new PactCampaignFormViewModel(input, units.OrderBy(u => u.Name, StringComparer.Ordinal).ToList(),
            await VersionOptionsAsync(input.TemplateVersionId, ct), hasSignatures);
    }

    /// <summary>Creates or updates a campaign; returns its id. Once signed, only title, occasion and dates may change.</summary>
    public async Task<int> SaveAsync(SavePactCampaignInput input, CancellationToken ct = default)
    {
        if (!await access.InScopeAsync(input.UnitId, ct))
        {
            throw new DomainException("Unit kerja tersebut di luar cakupan Anda.");
        }
        await EnsureVersionUsableAsync(input.TemplateVersionId, ct);
        PactCampaign campaign;
        var isNew = input.Id is null;
        if (input.Id is { } id)
        {
            campaign = await LoadAsync(id, Permissions.ManagePacts, ct);
            var signed = await db.Set<PactSignature>().AnyAsync(s => s.CampaignId == id, ct);
            if (signed && (campaign.UnitId != input.UnitId || campaign.IncludeDescendants != input.IncludeDescendants || campaign.TemplateVersionId != input.TemplateVersionId))
            {
                throw new DomainException("Kampanye ini sudah memiliki tanda tangan; unit, cakupan dan versi teks tidak dapat diubah lagi.");
            }
        }
        else
        {
            campaign = new PactCampaign { Title = "" };
            db.Add(campaign);
        }
        campaign.Title = input.Title!.Trim();
        campaign.Occasion = input.Occasion;
        campaign.UnitId = input.UnitId;
        campaign.IncludeDescendants = input.IncludeDescendants;
        campaign.TemplateVersionId = input.TemplateVersionId;
        campaign.Schedule(input.OpensOn!.Value, input.ClosesOn!.Value);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        await participants.SyncAsync(campaign, initial: isNew, ct);
        await tx.CommitAsync(ct);
        return campaign.Id;
    }

    /// <summary>Deletes a campaign that nobody has signed yet.</summary>
    public async Task DeleteAsync(int id, CancellationToken ct = default)
    {
        var campaign = await LoadAsync(id, Permissions.ManagePacts, ct);
        if (await db.Set<PactSignature>().AnyAsync(s => s.CampaignId == id, ct)
            || await db.Set<PactEvidenceExport>().AnyAsync(e => e.CampaignId == id, ct))
        {
            throw new DomainException("Kampanye yang sudah memiliki tanda tangan atau eviden tidak dapat dihapus.");
        }
        db.Remove(campaign);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Rows per page of each participant list (not signed / signed) on the coverage page.</summary>
    public const int PageSize = 50;

    /// <summary>
    /// The coverage page: totals and per-unit counts from aggregates, and one page of each participant list, all
    /// in SQL (a Kanwil campaign has thousands of participants).
    /// </summary>
    public async Task<PactCoverageViewModel> CoverageAsync(int id, int? unitFilter, int pageUnsigned = 1, int pageSigned = 1, CancellationToken ct = default)
    {
        var c = await LoadAsync(id, Permissions.ViewPactCoverage, ct);
        await participants.SyncAsync(c, ct: ct);
        var coverage = await participants.CoverageAsync(c.Id, ct);
        var units = coverage.Select(u => new UnitCoverageRow(u.UnitId, u.UnitName, u.Signed, u.Total))
            .OrderBy(u => u.UnitId == c.UnitId ? 0 : 1).ThenBy(u => u.UnitName, StringComparer.Ordinal)
            .ToList();
        var shownUnsigned = unitFilter is { } uf1 ? coverage.Where(u => u.UnitId == uf1).Sum(u => u.Total - u.Signed) : coverage.Sum(u => u.Total - u.Signed);
        var shownSigned = unitFilter is { } uf2 ? coverage.Where(u => u.UnitId == uf2).Sum(u => u.Signed) : coverage.Sum(u => u.Signed);
        pageUnsigned = PagerViewModel.Clamp(pageUnsigned, shownUnsigned, PageSize);
        pageSigned = PagerViewModel.Clamp(pageSigned, shownSigned, PageSize);
        var shown = await participants.PageAsync(c.Id, unitFilter, signed: false, (pageUnsigned - 1) * PageSize, PageSize, ct);
        shown = [.. shown, .. await participants.PageAsync(c.Id, unitFilter, signed: true, (pageSigned - 1) * PageSize, PageSize, ct)];
        var query = new Dictionary<string, string?>
        {
            ["unit"] = unitFilter?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["pageUnsigned"] = pageUnsigned.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["pageSigned"] = pageSigned.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        var path = portalLinks.PactCampaign(c.Id);
        var pagers = (new PagerViewModel(pageUnsigned, PageSize, shownUnsigned, path, query, "pageUnsigned"),
            new PagerViewModel(pageSigned, PageSize, shownSigned, path, query, "pageSigned"));
        var template = await db.Set<IntegrityPactTemplateVersion>().AsNoTracking().Where(v => v.Id == c.TemplateVersionId)
            .Select(v => new { v.TemplateId, v.Template!.Name, v.Number }).FirstAsync(ct);
        var exports = await db.Set<PactEvidenceExport>().AsNoTracking().Where(e => e.CampaignId == id)
            .OrderByDescending(e => e.Id)
            .Select(e => new { e.Id, e.QuestionCodes, e.CreatedAtUtc, e.CreatedByName, e.SignedCount, e.ParticipantCount, e.PdfSha256, e.PdfFileKey, e.ListFileKey })
            .ToListAsync(ct);
        var exportRows = exports.Select(e => new PactEvidenceExportRow(e.Id, e.QuestionCodes, e.CreatedAtUtc, e.CreatedByName, e.SignedCount,
            e.ParticipantCount, e.PdfSha256, PactEvidence.PactEvidenceKeys.ItemId(e.PdfFileKey), PactEvidence.PactEvidenceKeys.ItemId(e.ListFileKey))).ToList();
        return new PactCoverageViewModel(
            c.Id, c.Title, c.Occasion.Label(), c.Unit!.Name, c.IncludeDescendants, c.OpensOn, c.ClosesOn,
            c.StatusOn(clock.TodayIn(c.Unit.TimeZone)), $"{template.Name} (versi {template.Number})", template.TemplateId,
            c.LastReminderAtUtc, c.Unit.TimeZone,
            coverage.Sum(u => u.Signed), coverage.Sum(u => u.Total), units, unitFilter, shown, exportRows,
            await access.HasAsync(Permissions.ManagePacts), mail.IsEnabled)
        {
            UnsignedPager = pagers.Item1,
            SignedPager = pagers.Item2,
        };
    }

    /// <summary>Loads a campaign after checking the permission and that its unit is in the user's scope.</summary>
    public async Task<PactCampaign> LoadAsync(int id, string permission, CancellationToken ct = default)
    {
        var campaign = await db.Set<PactCampaign>().Include(c => c.Unit).FirstOrDefaultAsync(c => c.Id == id, ct)
            ?? throw new NotFoundException();
        await access.EnsureAsync(permission, campaign.UnitId, ct);
        return campaign;
    }

    private async Task<int> DefaultUnitAsync(CancellationToken ct)
    {
        var visible = await access.VisibleUnitIdsAsync(ct);
        var own = await db.Users.Where(u => u.Id == access.UserId).Select(u => (int?)u.UnitId).FirstOrDefaultAsync(ct);
        return own is { } o && visible.Contains(o) ? o : visible.FirstOrDefault();
    }

    /// <summary>The latest version of every visible template, plus the currently selected version.</summary>
    private async Task<IReadOnlyList<TemplateVersionOption>> VersionOptionsAsync(int? selected, CancellationToken ct)
    {
        var visible = (await access.VisibleUnitIdsAsync(ct)).ToList();
        var versions = await db.Set<IntegrityPactTemplateVersion>().AsNoTracking()
            .Where(v => v.Template!.IsActive && (v.Template.UnitId == null || visible.Contains(v.Template.UnitId.Value)))
            .Select(v => new { v.Id, v.TemplateId, v.Number, v.Template!.Name, v.Template.UnitId })
            .ToListAsync(ct);
        return versions
            .GroupBy(v => v.TemplateId)
            .SelectMany(g => g.Where(v => v.Number == g.Max(x => x.Number) || v.Id == selected))
            .OrderBy(v => v.UnitId is null ? 0 : 1).ThenBy(v => v.Name, StringComparer.Ordinal).ThenByDescending(v => v.Number)
            .Select(v => new TemplateVersionOption(v.Id, $"{v.Name} — versi {v.Number}"))
            .ToList();
    }

    private async Task EnsureVersionUsableAsync(int versionId, CancellationToken ct)
    {
        var unitId = await db.Set<IntegrityPactTemplateVersion>().Where(v => v.Id == versionId)
            .Select(v => new { v.Template!.UnitId }).FirstOrDefaultAsync(ct)
            ?? throw new DomainException("Versi teks pakta tidak ditemukan.");
        if (unitId.UnitId is { } u && !await access.InScopeAsync(u, ct))
        {
            throw new DomainException("Versi teks pakta tersebut di luar cakupan Anda.");
        }
    }
}
