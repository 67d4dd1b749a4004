using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ZonaIntegritas.Web.Domain.Common;
using ZonaIntegritas.Web.Domain.IntegrityPacts;
using ZonaIntegritas.Web.Features.Pacts;
using ZonaIntegritas.Web.Features.PactSigning;
using ZonaIntegritas.Web.Infrastructure.Authorization;
using ZonaIntegritas.Web.Infrastructure.Data;
using ZonaIntegritas.Web.Infrastructure.Files;
using ZonaIntegritas.Web.Infrastructure.Time;

namespace ZonaIntegritas.Web.Features.PactSignatures;

/// <summary>
/// Paper signatures: the Ketua Tim records a wet-signed scan (PDF/JPEG/PNG, recognised by content, size
/// limited) for a participant who has not signed; it counts as signed with method "kertas".
/// </summary>
public sealed partial class PactPaperService(
    AppDbContext db,
    PactAccess access,
    PactParticipantService participants,
    FileIntake intake,
    UnitClock clock,
    ILogger<PactPaperService> logger)
{
    /// <summary>The scan limit as shown on the form ("20 MB").</summary>
    public string MaxScanSize => UploadMessages.Limit(intake.MaxBytes(UploadPurpose.PactScan));

    public async Task<PaperSignatureFormViewModel> FormAsync(int campaignId, RecordPaperSignatureInput? input = null, CancellationToken ct = default)
    {
        var campaign = await LoadCampaignAsync(campaignId, ct);
        var candidates = (await participants.ListAsync(campaign, ct))
            .Where(p => !p.HasSigned)
            .Select(p => new PaperCandidate(p.StaffMemberId, $"{p.FullName} — {p.Position ?? "-"} ({p.UnitName})"))
            .ToList();
        return new PaperSignatureFormViewModel(campaign.Id, campaign.Title, campaign.OpensOn, campaign.ClosesOn, MaxScanSize,
            candidates, input ?? new RecordPaperSignatureInput { SignedOn = clock.TodayIn(campaign.Unit!.TimeZone) });
    }

    /// <summary>Stores the scan and records the signature; returns its id. Broken rules throw <see cref="DomainException"/>.</summary>
    public async Task<int> RecordAsync(int campaignId, RecordPaperSignatureInput input, CancellationToken ct = default)
    {
        var campaign = await LoadCampaignAsync(campaignId, ct);
        var signedOn = input.SignedOn ?? throw new DomainException("Isi tanggal yang tertulis pada pakta.");
        var today = clock.TodayIn(campaign.Unit!.TimeZone);
        if (signedOn < campaign.OpensOn || signedOn > campaign.ClosesOn)
        {
            throw new DomainException($"Tanggal pada pakta harus di antara {PactText.FormatDate(campaign.OpensOn)} dan {PactText.FormatDate(campaign.ClosesOn)}.");
        }
        if (signedOn > today)
        {
            throw new DomainException("Tanggal pada pakta tidak boleh di masa depan.");
        }
        var participant = (await participants.ListAsync(campaign, ct)).FirstOrDefault(p => p.StaffMemberId == input.StaffMemberId)
            ?? throw new DomainException("Pegawai ini bukan peserta kampanye.");
        if (participant.HasSigned)
        {
            throw new DomainException($"{participant.FullName} sudah menandatangani pakta pada kampanye ini.");
        }
        await using var scan = await intake.AcceptAsync(input.Scan, UploadPurpose.PactScan, ct);
        var type = scan.Type!;

        var staff = await db.Staff.Include(s => s.Unit).FirstAsync(s => s.Id == input.StaffMemberId, ct);
        var variant = PactVariants.ForPosition(staff.Position);
        var signer = new PactSigner(staff.FullName, staff.Nip, staff.RankGrade, staff.Position, staff.Unit!.Name,
            PactSigningService.PlaceOf(staff.Unit, campaign.Unit), signedOn);
        var created = await intake.StoreAsync(scan.Staged, type.ContentType, ct);
        var now = clock.UtcNow;
        var signature = new PactSignature
        {
            CampaignId = campaign.Id,
            StaffMemberId = staff.Id,
            TemplateVersionId = campaign.TemplateVersionId,
            Method = SignatureMethod.Paper,
            Variant = variant,
            SignedAtUtc = new DateTime(now.Ticks - (now.Ticks % TimeSpan.TicksPerMillisecond), DateTimeKind.Utc),
            SignedOn = signedOn,
            SignerName = staff.FullName,
            SignerNip = staff.Nip,
            SignerRankGrade = staff.RankGrade,
            SignerPosition = staff.Position,
            SignerUnitId = staff.UnitId,
            SignerUnitName = staff.Unit.Name,
            Place = signer.Place,
            RenderedText = PactText.Render(campaign.TemplateVersion!.BodyFor(variant), signer),
            TextSha256 = "",
            VerificationCode = VerificationCodes.New(),
            RecordedByUserId = access.UserId,
            // The one store's content address (ADR 0014); keys written before it are paths under pakta/.
            ScanFileKey = scan.Staged.Sha256,
            ScanFileName = Path.GetFileName(input.Scan!.FileName) is { Length: > 0 } name ? name[..Math.Min(name.Length, 255)] : "pindaian" + type.CanonicalExtension,
            ScanContentType = type.ContentType,
            ScanSizeBytes = scan.Staged.Length,
            ScanSha256 = scan.Staged.Sha256,
        };
        signature.TextSha256 = PactHash.Compute(signature);
        db.Add(signature);
        campaign.TemplateVersion.Lock(now);
        await participants.EnsureRowAsync(campaign.Id, staff.Id, ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            await intake.ForgetAsync(scan.Staged.Sha256, created);
            throw new DomainException($"{staff.FullName} sudah menandatangani pakta pada kampanye ini.");
        }
        LogRecorded(logger, signature.Id, campaign.Id, access.UserId);
        return signature.Id;
    }

    private async Task<PactCampaign> LoadCampaignAsync(int campaignId, CancellationToken ct)
    {
        var campaign = await db.Set<PactCampaign>().Include(c => c.Unit).Include(c => c.TemplateVersion)
            .FirstOrDefaultAsync(c => c.Id == campaignId, ct) ?? throw new NotFoundException();
        await access.EnsureAsync(Permissions.ManagePacts, campaign.UnitId, ct);
        return campaign;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Paper pact signature {SignatureId} recorded for campaign {CampaignId} by {UserId}")]
    private static partial void LogRecorded(ILogger logger, int signatureId, int campaignId, string? userId);
}
