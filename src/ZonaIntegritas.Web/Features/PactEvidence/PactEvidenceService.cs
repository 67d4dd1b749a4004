using Microsoft.EntityFrameworkCore;
using ZonaIntegritas.Web.Domain.Common;
using ZonaIntegritas.Web.Domain.Evidence;
using ZonaIntegritas.Web.Domain.IntegrityPacts;
using ZonaIntegritas.Web.Features.PactCampaigns;
using ZonaIntegritas.Web.Features.PactExports;
using ZonaIntegritas.Web.Features.Pacts;
using ZonaIntegritas.Web.Features.PactSignatures;
using ZonaIntegritas.Web.Infrastructure.Authorization;
using ZonaIntegritas.Web.Infrastructure.Data;
using ZonaIntegritas.Web.Infrastructure.Files;

namespace ZonaIntegritas.Web.Features.PactEvidence;

/// <summary>The "Jadikan eviden" step: access checks and code validation around <see cref="IPactEvidenceFiler"/>.</summary>
public sealed class PactEvidenceService(
    AppDbContext db,
    PactCampaignService campaigns,
    PactCampaignDocuments documents,
    IPactEvidenceFiler filer,
    IFileStore files)
{
    public async Task<FilePactEvidenceViewModel> FormAsync(int campaignId, FilePactEvidenceInput? input = null, CancellationToken ct = default)
    {
        var campaign = await campaigns.LoadAsync(campaignId, Permissions.ManagePacts, ct);
        var (signed, total) = await documents.CountsAsync(campaign, ct);
        return new FilePactEvidenceViewModel(campaign.Id, campaign.Title, signed, total, input ?? new FilePactEvidenceInput());
    }

    public async Task<int> FileAsync(int campaignId, IReadOnlyList<string> questionCodes, CancellationToken ct = default)
    {
        var campaign = await campaigns.LoadAsync(campaignId, Permissions.ManagePacts, ct);
        var invalid = questionCodes.Where(c => !PactEvidenceCodes.IsValid(c)).ToList();
        if (questionCodes.Count == 0 || invalid.Count > 0)
        {
            throw new DomainException($"Kode pertanyaan LKE tidak valid: {string.Join(", ", invalid)} (contoh: PPA4D).");
        }
        if (!await db.Set<PactSignature>().AnyAsync(s => s.CampaignId == campaign.Id && s.VoidedAtUtc == null, ct))
        {
            throw new DomainException("Belum ada pakta yang ditandatangani pada kampanye ini.");
        }
        return await filer.FileCampaignAsync(campaign.Id, questionCodes, ct);
    }

    public async Task<PactFile> FileAsync(int campaignId, int exportId, bool pdf, CancellationToken ct = default)
    {
        var campaign = await campaigns.LoadAsync(campaignId, Permissions.ViewPactCoverage, ct);
        var export = await db.Set<PactEvidenceExport>().AsNoTracking().FirstOrDefaultAsync(e => e.Id == exportId && e.CampaignId == campaignId, ct)
            ?? throw new NotFoundException();
        // The files live in the evidence library; the campaign's own permission decides who may download them here.
        var itemId = PactEvidenceKeys.ItemId(pdf ? export.PdfFileKey : export.ListFileKey) ?? throw new NotFoundException();
        var sha = await db.Set<EvidenceItem>().Where(i => i.Id == itemId && i.UnitId == campaign.UnitId)
            .Select(i => i.CurrentRevision!.StoredFileSha256).FirstOrDefaultAsync(ct) ?? throw new NotFoundException();
        byte[] content;
        await using (var stream = await files.OpenReadAsync(sha, ct))
        using (var buffer = new MemoryStream())
        {
            await stream.CopyToAsync(buffer, ct);
            content = buffer.ToArray();
        }
        return pdf
            ? new PactFile(content, "application/pdf", PactDocumentFactory.FileName("eviden-pakta", campaign.Title, ".pdf"))
            : new PactFile(content, PactExportsController.XlsxContentType, PactDocumentFactory.FileName("eviden-daftar-pakta", campaign.Title, ".xlsx"));
    }
}
