using Microsoft.EntityFrameworkCore;
using ZonaIntegritas.Web.Domain.Common;
using ZonaIntegritas.Web.Domain.IntegrityPacts;
using ZonaIntegritas.Web.Features.IntegrityPacts.Common;
using ZonaIntegritas.Web.Features.IntegrityPacts.Exports;
using ZonaIntegritas.Web.Infrastructure.Authorization;
using ZonaIntegritas.Web.Infrastructure.Data;

namespace ZonaIntegritas.Web.Features.IntegrityPacts.Evidence;

/// <summary>
/// Interim <see cref="IPactEvidenceFiler"/>: keeps the combined PDF and the signed-list XLSX in the pact file
/// store and records a <see cref="PactEvidenceExport"/> with their hashes and the LKE question codes.
/// </summary>
public sealed partial class StoredPactEvidenceFiler(
    AppDbContext db,
    PactCampaignDocuments documents,
    IPactFileStore files,
    PactAccess access,
    TimeProvider clock,
    ILogger<StoredPactEvidenceFiler> logger) : IPactEvidenceFiler
{
    public async Task<int> FileCampaignAsync(int campaignId, IReadOnlyList<string> questionCodes, CancellationToken ct = default)
    {
        var codes = questionCodes.Select(c => c.Trim().ToUpperInvariant()).Distinct().ToList();
        if (codes.Count == 0 || codes.Any(c => !PactEvidenceCodes.IsValid(c)))
        {
            throw new DomainException("Kode pertanyaan LKE tidak valid (contoh: PPA4D).");
        }
        var campaign = await db.Set<PactCampaign>().Include(c => c.Unit).FirstOrDefaultAsync(c => c.Id == campaignId, ct)
            ?? throw new NotFoundException();
        var pdf = await documents.CombinedPdfAsync(campaign, ct);
        var xlsx = await documents.XlsxAsync(campaign, PactListFilter.Sudah, ct);
        var (signed, total) = await documents.CountsAsync(campaign, ct);

        var storedPdf = await files.SaveAsync("eviden", ".pdf", pdf, ct);
        var storedXlsx = await files.SaveAsync("eviden", ".xlsx", xlsx, ct);
        var export = new PactEvidenceExport
        {
            CampaignId = campaign.Id,
            QuestionCodes = string.Join(',', codes),
            PdfFileKey = storedPdf.Key,
            PdfSha256 = storedPdf.Sha256,
            PdfSizeBytes = storedPdf.SizeBytes,
            ListFileKey = storedXlsx.Key,
            ListSha256 = storedXlsx.Sha256,
            ListSizeBytes = storedXlsx.SizeBytes,
            SignedCount = signed,
            ParticipantCount = total,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
            CreatedByUserId = access.UserId,
            CreatedByName = access.FullName,
        };
        db.Add(export);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch
        {
            await files.DeleteAsync(storedPdf.Key, ct);
            await files.DeleteAsync(storedXlsx.Key, ct);
            throw;
        }
        LogFiled(logger, campaign.Id, export.QuestionCodes, export.Id);
        return export.Id;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Pact campaign {CampaignId} filed as evidence for {QuestionCodes} (export {ExportId})")]
    private static partial void LogFiled(ILogger logger, int campaignId, string questionCodes, int exportId);
}
