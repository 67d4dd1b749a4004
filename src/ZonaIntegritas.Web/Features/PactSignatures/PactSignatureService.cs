using Microsoft.EntityFrameworkCore;
using ZonaIntegritas.Web.Domain.IntegrityPacts;
using ZonaIntegritas.Web.Features.Pacts;
using ZonaIntegritas.Web.Infrastructure.Authorization;
using ZonaIntegritas.Web.Infrastructure.Data;
using ZonaIntegritas.Web.Infrastructure.Files;

namespace ZonaIntegritas.Web.Features.PactSignatures;

/// <summary>
/// One signature seen by staff with coverage rights (details, void) and its files (PDF, scan), which the
/// signer may download too. Every call checks the campaign's unit against the user's scope.
/// </summary>
public sealed partial class PactSignatureService(
    AppDbContext db,
    PactAccess access,
    PactDocumentFactory documents,
    FileIntake intake,
    TimeProvider clock,
    ILogger<PactSignatureService> logger)
{
    public async Task<PactSignatureDetailsViewModel> DetailsAsync(int id, CancellationToken ct = default)
    {
        var s = await db.Set<PactSignature>().AsNoTracking().Include(x => x.Campaign).ThenInclude(c => c!.Unit)
            .FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        await access.EnsureAsync(Permissions.ViewPactCoverage, s.Campaign!.UnitId, ct);
        var userIds = new[] { s.RecordedByUserId, s.VoidedByUserId }.Where(u => u is not null).ToList();
        var names = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.FullName, ct);
        return new PactSignatureDetailsViewModel(
            s.Id, s.CampaignId, s.Campaign.Title, s.SignerName, s.SignerNip, s.SignerPosition, s.SignerUnitName,
            s.Method, s.Variant, s.SignedAtUtc, s.SignedOn, s.Place, s.VerificationCode, s.TextSha256,
            string.Equals(PactHash.Compute(s), s.TextSha256, StringComparison.Ordinal),
            s.TypedName, s.Ip, s.UserAgent,
            s.DrawnSignaturePng is { } png ? "data:image/png;base64," + Convert.ToBase64String(png) : null,
            s.ScanFileName, s.ScanSizeBytes,
            s.RecordedByUserId is { } r ? names.GetValueOrDefault(r) : null,
            s.VoidedAtUtc, s.VoidedByUserId is { } v ? names.GetValueOrDefault(v) : null, s.VoidReason,
            PactMarkdown.ToHtml(s.RenderedText), s.Campaign.Unit!.TimeZone,
            !s.IsVoided && await access.HasAsync(Permissions.VoidPactSignatures));
    }

    /// <summary>The signed pact as PDF: for the signer, or for coverage viewers of the campaign's unit.</summary>
    public async Task<PactFile> PdfAsync(int id, CancellationToken ct = default)
    {
        await EnsureSignerOrViewerAsync(id, ct);
        var document = (await documents.LoadAsync(s => s.Id == id, ct)).Single();
        return new PactFile(PactPdfWriter.Single(document), "application/pdf",
            PactDocumentFactory.FileName("pakta-integritas", document.SignerName, ".pdf"));
    }

    public async Task<PactFile> ScanAsync(int id, CancellationToken ct = default)
    {
        await EnsureSignerOrViewerAsync(id, ct);
        var s = await db.Set<PactSignature>().AsNoTracking().Where(x => x.Id == id)
            .Select(x => new { x.ScanFileKey, x.ScanContentType, x.SignerName }).FirstAsync(ct);
        if (s.ScanFileKey is null)
        {
            throw new NotFoundException("Tanda tangan ini tidak memiliki pindaian.");
        }
        var extension = s.ScanContentType switch { "application/pdf" => ".pdf", "image/png" => ".png", _ => ".jpg" };
        return new PactFile(await intake.ReadAllBytesAsync(s.ScanFileKey, FileIntake.LegacyPactFolder, ct), s.ScanContentType ?? "application/octet-stream",
            PactDocumentFactory.FileName("pindaian-pakta", s.SignerName, extension));
    }

    /// <summary>Voids a signature (Administrator); the reason, who and when are kept. Returns the campaign id.</summary>
    public async Task<int> VoidAsync(int id, string reason, CancellationToken ct = default)
    {
        var s = await db.Set<PactSignature>().Include(x => x.Campaign).FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        await access.EnsureAsync(Permissions.VoidPactSignatures, s.Campaign!.UnitId, ct);
        s.Void(reason, access.UserId ?? throw new ForbiddenException(), clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        LogVoided(logger, id, access.UserId);
        return s.CampaignId;
    }

    private async Task EnsureSignerOrViewerAsync(int id, CancellationToken ct)
    {
        var s = await db.Set<PactSignature>().AsNoTracking().Where(x => x.Id == id)
            .Select(x => new { x.StaffMemberId, x.Campaign!.UnitId }).FirstOrDefaultAsync(ct) ?? throw new NotFoundException();
        if (access.StaffMemberId == s.StaffMemberId)
        {
            return;
        }
        await access.EnsureAsync(Permissions.ViewPactCoverage, s.UnitId, ct);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Pact signature {SignatureId} voided by {UserId}")]
    private static partial void LogVoided(ILogger logger, int signatureId, string? userId);
}
