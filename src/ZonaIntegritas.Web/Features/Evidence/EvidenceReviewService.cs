using Microsoft.EntityFrameworkCore;
using ZonaIntegritas.Web.Domain.Common;
using ZonaIntegritas.Web.Domain.Evidence;
using ZonaIntegritas.Web.Infrastructure.Authorization;
using ZonaIntegritas.Web.Infrastructure.Data;

namespace ZonaIntegritas.Web.Features.Evidence;

/// <summary>PenilaiInternal judgements of question–evidence links, each on the exact version the reviewer saw.</summary>
public sealed class EvidenceReviewService(AppDbContext db, EvidenceAccess access, ILogger<EvidenceReviewService> logger)
{
    /// <summary>Records a review; returns the item's id. Refused when a newer version arrived after the form was opened.</summary>
    public async Task<int> ReviewAsync(ReviewEvidenceInput input, CancellationToken ct)
    {
        var link = await db.Set<EvidenceLink>().Include(l => l.Item).FirstOrDefaultAsync(l => l.Id == input.LinkId, ct)
            ?? throw new NotFoundException("Tautan eviden tidak ditemukan.");
        await access.EnsureReviewAsync(link.UnitId, ct);
        if (link.Item!.IsDeleted)
        {
            throw new NotFoundException("Eviden tidak ditemukan.");
        }
        if (link.Item.CurrentRevisionId != input.RevisionId)
        {
            throw new DomainException("Versi baru eviden ini diunggah setelah halaman dibuka. Periksa versi terbaru, lalu beri reviu lagi.");
        }
        var review = link.Review(input.RevisionId, input.Status!.Value, input.Note, access.UserId, access.UtcNow);
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Evidence link {LinkId} reviewed {Status} on revision {RevisionId} by {UserId}", link.Id, review.Status, review.EvidenceRevisionId, access.UserId);
        return link.EvidenceItemId;
    }
}
