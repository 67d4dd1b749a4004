using Microsoft.EntityFrameworkCore;
using ZonaIntegritas.Web.Domain.Common;
using ZonaIntegritas.Web.Domain.Evidence;
using ZonaIntegritas.Web.Domain.IntegrityPacts;
using ZonaIntegritas.Web.Features.Evidence;
using ZonaIntegritas.Web.Features.PactExports;
using ZonaIntegritas.Web.Features.Pacts;
using ZonaIntegritas.Web.Infrastructure.Authorization;
using ZonaIntegritas.Web.Infrastructure.Data;
using ZonaIntegritas.Web.Infrastructure.Time;

namespace ZonaIntegritas.Web.Features.PactEvidence;

/// <summary>
/// Files a campaign's combined signed-pact PDF and its signed-list XLSX in the evidence library, each as a new
/// evidence item linked to the chosen LKE question codes for the campaign's year, and records a
/// <see cref="PactEvidenceExport"/> pointing at both items (keys <c>evidence:{id}</c>). All of it is one
/// transaction: either both items and the record exist, or none.
/// </summary>
public sealed partial class EvidenceLibraryPactFiler(
    AppDbContext db,
    PactCampaignDocuments documents,
    EvidenceUploadService evidence,
    PactAccess access,
    UnitClock clock,
    ILogger<EvidenceLibraryPactFiler> logger) : IPactEvidenceFiler
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
        var xlsx = await documents.XlsxAsync(campaign, PactListFilter.Signed, ct);
        var (signed, total) = await documents.CountsAsync(campaign, ct);
        var today = clock.TodayIn(campaign.Unit!.TimeZone);
        var description = $"Dibuat otomatis dari kampanye Pakta Integritas \"{campaign.Title}\": {signed} dari {total} peserta telah menandatangani.";

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var pdfId = await evidence.FileGeneratedAsync(new GeneratedEvidence(campaign.UnitId, campaign.OpensOn.Year,
            $"Pakta Integritas bertanda tangan – {campaign.Title}", description, today, "pakta integritas",
            codes, PactDocumentFactory.FileName("eviden-pakta", campaign.Title, ".pdf"), pdf), ct);
        var listId = await evidence.FileGeneratedAsync(new GeneratedEvidence(campaign.UnitId, campaign.OpensOn.Year,
            $"Daftar penanda tangan Pakta Integritas – {campaign.Title}", description, today, "pakta integritas",
            codes, PactDocumentFactory.FileName("eviden-daftar-pakta", campaign.Title, ".xlsx"), xlsx), ct);
        var export = new PactEvidenceExport
        {
            CampaignId = campaign.Id,
            QuestionCodes = string.Join(',', codes),
            PdfFileKey = PactEvidenceKeys.ForItem(pdfId),
            PdfSha256 = await ShaOfAsync(pdfId, ct),
            PdfSizeBytes = pdf.LongLength,
            ListFileKey = PactEvidenceKeys.ForItem(listId),
            ListSha256 = await ShaOfAsync(listId, ct),
            ListSizeBytes = xlsx.LongLength,
            SignedCount = signed,
            ParticipantCount = total,
            CreatedAtUtc = clock.UtcNow,
            CreatedByUserId = access.UserId,
            CreatedByName = access.FullName,
        };
        db.Add(export);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        LogFiled(logger, campaign.Id, export.QuestionCodes, pdfId, listId);
        return export.Id;
    }

    private Task<string> ShaOfAsync(int itemId, CancellationToken ct) =>
        db.Set<EvidenceItem>().Where(i => i.Id == itemId).Select(i => i.CurrentRevision!.StoredFileSha256).SingleAsync(ct);

    [LoggerMessage(Level = LogLevel.Information, Message = "Pact campaign {CampaignId} filed as evidence for {QuestionCodes}: items {PdfItemId} and {ListItemId}")]
    private static partial void LogFiled(ILogger logger, int campaignId, string questionCodes, int pdfItemId, int listItemId);
}

/// <summary>File keys of <see cref="PactEvidenceExport"/> rows that point into the evidence library.</summary>
public static class PactEvidenceKeys
{
    private const string Prefix = "evidence:";

    public static string ForItem(int evidenceItemId) => Prefix + evidenceItemId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The evidence item id of a key written by <see cref="ForItem"/>; null for anything else.</summary>
    public static int? ItemId(string key) =>
        key.StartsWith(Prefix, StringComparison.Ordinal)
        && int.TryParse(key.AsSpan(Prefix.Length), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id)
            ? id : null;
}
