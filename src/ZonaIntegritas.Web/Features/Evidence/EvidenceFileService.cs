using Microsoft.EntityFrameworkCore;
using ZonaIntegritas.Web.Domain.Evidence;
using ZonaIntegritas.Web.Infrastructure.Authorization;
using ZonaIntegritas.Web.Infrastructure.Data;
using ZonaIntegritas.Web.Infrastructure.Files;

namespace ZonaIntegritas.Web.Features.Evidence;

public sealed record EvidenceFileDownload(Stream Content, string Sha256, string ContentType, string FileName, bool Inline);

/// <summary>Evidence file content for the authorised download/preview action (files are never served as static files).</summary>
public sealed class EvidenceFileService(AppDbContext db, IFileStore store, EvidenceAccess access, ILogger<EvidenceFileService> logger)
{
    /// <summary>
    /// Opens revision <paramref name="revision"/> (or the current one) of an item for a user who may view the
    /// unit's evidence. Inline only for types browsers render safely (PDF, JPEG, PNG); everything else downloads.
    /// </summary>
    public async Task<EvidenceFileDownload> OpenAsync(int itemId, int? revision, bool inline, CancellationToken ct)
    {
        var item = await db.Set<EvidenceItem>().AsNoTracking().Include(i => i.Revisions)
            .FirstOrDefaultAsync(i => i.Id == itemId, ct) ?? throw new NotFoundException("Eviden tidak ditemukan.");
        await access.EnsureViewAsync(item.UnitId, ct);
        if (item.IsDeleted && !access.Has(Permissions.ManageEvidence))
        {
            throw new NotFoundException("Eviden tidak ditemukan.");
        }
        var chosen = revision is { } number
            ? item.Revisions.FirstOrDefault(r => r.Number == number)
            : item.Revisions.FirstOrDefault(r => r.Id == item.CurrentRevisionId);
        if (chosen is null)
        {
            throw new NotFoundException("Versi berkas tidak ditemukan.");
        }
        var type = FileTypeInspector.Types.FirstOrDefault(t => t.ContentType == chosen.ContentType);
        Stream content;
        try
        {
            content = await store.OpenReadAsync(chosen.StoredFileSha256, ct);
        }
        catch (FileNotFoundException)
        {
            logger.LogError("Stored file {Sha256} of evidence {EvidenceId} revision {Revision} is missing", chosen.StoredFileSha256, item.Id, chosen.Number);
            throw new NotFoundException("Berkas tidak ditemukan di penyimpanan.");
        }
        return new EvidenceFileDownload(content, chosen.StoredFileSha256, type?.ContentType ?? "application/octet-stream", chosen.FileName,
            inline && type?.InlinePreview == true);
    }
}
