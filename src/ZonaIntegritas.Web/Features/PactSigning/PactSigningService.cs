using System.Text;
using Microsoft.EntityFrameworkCore;
using ZonaIntegritas.Web.Domain.Common;
using ZonaIntegritas.Web.Domain.IntegrityPacts;
using ZonaIntegritas.Web.Domain.Staff;
using ZonaIntegritas.Web.Domain.Units;
using ZonaIntegritas.Web.Features.Pacts;
using ZonaIntegritas.Web.Infrastructure.Authorization;
using ZonaIntegritas.Web.Infrastructure.Data;
using ZonaIntegritas.Web.Infrastructure.Files;
using ZonaIntegritas.Web.Infrastructure.Identity;
using ZonaIntegritas.Web.Infrastructure.Time;
using ZonaIntegritas.Web.Infrastructure.Units;
using ZonaIntegritas.Web.Infrastructure.Web;

namespace ZonaIntegritas.Web.Features.PactSigning;

/// <summary>
/// Electronic signing by the signed-in user for their own staff record: pacts waiting for them, the signing
/// page (text rendered with their data) and the signature itself (one per person per campaign, only while
/// the campaign is open, text unchanged since the page was shown).
/// </summary>
public sealed partial class PactSigningService(
    AppDbContext db,
    ICurrentUser currentUser,
    PactParticipantService participants,
    PactLinks links,
    FileIntake intake,
    UnitClock clock,
    UnitDirectory directory,
    ILogger<PactSigningService> logger)
{
    private int? StaffId => currentUser.Principal.GetStaffMemberId();

    public async Task<IReadOnlyList<PendingPact>> PendingAsync(CancellationToken ct = default)
    {
        if (StaffId is not { } staffId)
        {
            return [];
        }
        var staff = await db.Staff.AsNoTracking().Where(s => s.Id == staffId).Select(s => new { s.UnitId, s.IsActive }).FirstOrDefaultAsync(ct);
        if (staff is not { IsActive: true })
        {
            return [];
        }
        // Campaign dates are local to each campaign's unit; a day's margin here, the exact check below.
        var utcToday = DateOnly.FromDateTime(clock.UtcNow);
        var candidates = await db.Set<PactCampaign>().AsNoTracking()
            .Where(c => c.OpensOn <= utcToday.AddDays(1) && c.ClosesOn >= utcToday.AddDays(-1))
            .Select(c => new { Campaign = c, UnitName = c.Unit!.Name, Zone = c.Unit.TimeZone })
            .ToListAsync(ct);
        if (candidates.Count == 0)
        {
            return [];
        }
        var signed = await db.Set<PactSignature>().AsNoTracking()
            .Where(s => s.StaffMemberId == staffId && s.VoidedAtUtc == null)
            .Select(s => s.CampaignId).ToListAsync(ct);
        var tree = (await directory.AllAsync(ct)).Values.Select(u => (u.Id, u.ParentId)).ToList();
        return candidates
            .Where(x => x.Campaign.IsOpenOn(clock.TodayIn(x.Zone)) && !signed.Contains(x.Campaign.Id))
            .Where(x => x.Campaign.UnitId == staff.UnitId
                        || (x.Campaign.IncludeDescendants && UnitScope.Descendants(tree, x.Campaign.UnitId).Contains(staff.UnitId)))
            .OrderBy(x => x.Campaign.ClosesOn)
            .Select(x => new PendingPact(x.Campaign.Id, x.Campaign.Title, x.Campaign.Occasion.Label(), x.Campaign.ClosesOn, x.UnitName))
            .ToList();
    }

    public async Task<MyPactsViewModel> MyPactsAsync(CancellationToken ct = default)
    {
        if (StaffId is not { } staffId)
        {
            return new MyPactsViewModel(false, [], []);
        }
        var pending = await PendingAsync(ct);
        var signed = await db.Set<PactSignature>().AsNoTracking()
            .Where(s => s.StaffMemberId == staffId)
            .Select(s => new MySignedPact(s.Id, s.Campaign!.Title, s.SignedAtUtc, s.Method, s.VerificationCode, s.VoidedAtUtc != null))
            .ToListAsync(ct);
        return new MyPactsViewModel(true, pending, signed.OrderByDescending(s => s.SignedAtUtc).ToList());
    }

    public async Task<PactSigningViewModel> SigningPageAsync(int campaignId, CancellationToken ct = default)
    {
        var s = await LoadAsync(campaignId, ct);
        return new PactSigningViewModel(
            s.Campaign.Id, s.Campaign.Title, s.Campaign.Occasion.Label(), s.Campaign.ClosesOn,
            s.Campaign.TemplateVersion!.Title, PactMarkdown.ToHtml(s.RenderedText), PactHash.OfText(s.RenderedText), s.Variant,
            s.Staff.FullName, s.Staff.Nip, s.Staff.Position, s.Staff.Unit!.Name, s.Signer.Place, s.Signer.Date,
            s.ExistingSignatureId, BlockedMessage(s));
    }

    /// <summary>Records the signature and returns its id. Broken rules throw <see cref="DomainException"/>.</summary>
    public async Task<int> SignAsync(SignPactInput input, string? ip, string? userAgent, CancellationToken ct = default)
    {
        var s = await LoadAsync(input.CampaignId, ct);
        if (BlockedMessage(s) is { } blocked)
        {
            throw new DomainException(blocked);
        }
        if (!NamesMatch(input.TypedName, s.Staff.FullName))
        {
            throw new DomainException($"Nama yang Anda ketik tidak sama dengan nama Anda di data pegawai ({s.Staff.FullName}).");
        }
        if (!input.Consent)
        {
            throw new DomainException("Centang pernyataan persetujuan sebelum menandatangani.");
        }
        if (!string.Equals(input.ShownTextSha256, PactHash.OfText(s.RenderedText), StringComparison.OrdinalIgnoreCase))
        {
            throw new DomainException("Teks pakta berubah sejak halaman dibuka (misalnya tanggal sudah berganti). Baca ulang teks di bawah lalu tanda tangani kembali.");
        }
        var png = SignatureImage.Decode(input.DrawnSignature, intake.MaxBytes(UploadPurpose.DrawnSignature));
        if (png is not null)
        {
            // The one gate: PNG by content and the virus scan; the image itself is kept in the signature row.
            await using var checkedPng = await intake.AcceptAsync(new MemoryStream(png, writable: false), "tanda-tangan.png", UploadPurpose.DrawnSignature, ct);
        }
        var now = clock.UtcNow;
        var draft = new PactSignatureDraft(s.Campaign.Id, s.Campaign.TemplateVersionId, s.Variant, s.Staff.Id, s.Staff.FullName, s.Staff.Nip,
            s.Staff.RankGrade, s.Staff.Position, s.Staff.UnitId, s.Staff.Unit!.Name, s.Signer.Place, s.Signer.Date, s.RenderedText);
        var signature = PactSignature.SignDrawn(draft, input.TypedName!, png, ip, userAgent, currentUser.UserId, now, VerificationCodes.New());
        db.Add(signature);
        s.Campaign.TemplateVersion!.Lock(now);
        await participants.EnsureRowAsync(s.Campaign.Id, s.Staff.Id, ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Two submissions at once: the unique index kept one; tell the second one why it failed.
            if (await AlreadySignedAsync(s.Campaign.Id, s.Staff.Id, ct))
            {
                throw new DomainException(AlreadySigned);
            }
            throw;
        }
        LogSigned(logger, signature.Id, s.Campaign.Id, s.Staff.Id);
        return signature.Id;
    }

    public async Task<PactSignedViewModel> SignedAsync(int signatureId, CancellationToken ct = default)
    {
        var staffId = StaffId ?? throw new ForbiddenException();
        var s = await db.Set<PactSignature>().AsNoTracking()
            .Where(x => x.Id == signatureId && x.StaffMemberId == staffId)
            .Select(x => new { x.Id, x.Campaign!.Title, x.SignerName, x.SignedAtUtc, x.VerificationCode, x.TextSha256 })
            .FirstOrDefaultAsync(ct) ?? throw new NotFoundException();
        return new PactSignedViewModel(s.Id, s.Title, s.SignerName, s.SignedAtUtc, s.VerificationCode, links.Verification(s.VerificationCode), s.TextSha256);
    }

    private const string AlreadySigned = "Anda sudah menandatangani pakta pada kampanye ini. Satu orang hanya menandatangani satu kali per kampanye.";

    private sealed record SigningContext(
        PactCampaign Campaign,
        StaffMember Staff,
        PactVariant Variant,
        PactSigner Signer,
        string RenderedText,
        PactCampaignStatus Status,
        int? ExistingSignatureId);

    private async Task<SigningContext> LoadAsync(int campaignId, CancellationToken ct)
    {
        var staffId = StaffId ?? throw new ForbiddenException("Akun Anda belum terhubung ke data pegawai, sehingga belum dapat menandatangani pakta. Hubungi Administrator.");
        var campaign = await db.Set<PactCampaign>()
            .Include(c => c.TemplateVersion)
            .Include(c => c.Unit)
            .FirstOrDefaultAsync(c => c.Id == campaignId, ct) ?? throw new NotFoundException();
        var staff = await db.Staff.Include(x => x.Unit).FirstOrDefaultAsync(x => x.Id == staffId, ct) ?? throw new ForbiddenException();
        var existing = await db.Set<PactSignature>()
            .Where(x => x.CampaignId == campaignId && x.StaffMemberId == staffId && x.VoidedAtUtc == null)
            .Select(x => (int?)x.Id).FirstOrDefaultAsync(ct);
        var scope = await participants.ScopeUnitIdsAsync(campaign, ct);
        if (existing is null && !(staff.IsActive && scope.Contains(staff.UnitId)))
        {
            // Not addressed to this person: do not reveal the campaign.
            throw new NotFoundException("Pakta ini tidak ditujukan kepada Anda.");
        }
        var variant = PactVariants.ForPosition(staff.Position);
        var signer = new PactSigner(staff.FullName, staff.Nip, staff.RankGrade, staff.Position, staff.Unit!.Name,
            PlaceOf(staff.Unit, campaign.Unit!), clock.TodayIn(staff.Unit.TimeZone));
        var rendered = PactText.Render(campaign.TemplateVersion!.BodyFor(variant), signer);
        var status = campaign.StatusOn(clock.TodayIn(campaign.Unit!.TimeZone));
        return new SigningContext(campaign, staff, variant, signer, rendered, status, existing);
    }

    private static string? BlockedMessage(SigningContext s) => s switch
    {
        { ExistingSignatureId: not null } => AlreadySigned,
        { Status: PactCampaignStatus.Upcoming } => $"Penandatanganan baru dibuka pada {Fmt.Date(s.Campaign.OpensOn)}.",
        { Status: PactCampaignStatus.Closed } => $"Penandatanganan sudah ditutup pada {Fmt.Date(s.Campaign.ClosesOn)}; pakta tidak dapat ditandatangani lagi.",
        _ => null,
    };

    public static string PlaceOf(OrgUnit signerUnit, OrgUnit campaignUnit) =>
        !string.IsNullOrWhiteSpace(signerUnit.City) ? signerUnit.City.Trim()
        : !string.IsNullOrWhiteSpace(campaignUnit.City) ? campaignUnit.City.Trim()
        : signerUnit.Name;

    /// <summary>Letters and digits compared case-insensitively, whitespace collapsed; punctuation ignored (Syafi'i = Syafii).</summary>
    public static bool NamesMatch(string? typed, string fullName) =>
        !string.IsNullOrWhiteSpace(typed) && string.Equals(NameKey(typed), NameKey(fullName), StringComparison.Ordinal);

    private static string NameKey(string name)
    {
        var sb = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormC))
        {
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(char.ToUpperInvariant(c));
            }
            else if (char.IsWhiteSpace(c) && sb.Length > 0 && sb[^1] != ' ')
            {
                sb.Append(' ');
            }
        }
        return sb.ToString().TrimEnd();
    }

    private Task<bool> AlreadySignedAsync(int campaignId, int staffId, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        return db.Set<PactSignature>().AnyAsync(x => x.CampaignId == campaignId && x.StaffMemberId == staffId && x.VoidedAtUtc == null, ct);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Pact signature {SignatureId} recorded for campaign {CampaignId} by staff {StaffMemberId}")]
    private static partial void LogSigned(ILogger logger, int signatureId, int campaignId, int staffMemberId);
}
