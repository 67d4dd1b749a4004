using Microsoft.EntityFrameworkCore;
using ZonaIntegritas.Web.Domain.IntegrityPacts;
using ZonaIntegritas.Web.Domain.Units;
using ZonaIntegritas.Web.Infrastructure.Data;

namespace ZonaIntegritas.Web.Features.PactVerification;

public enum VerificationStatus
{
    NotFound,
    Valid,
    Voided,
}

/// <summary>What the public verification page may show: never NIP, IP, user agent or the void reason.</summary>
public sealed record VerificationViewModel(
    string? Code,
    VerificationStatus Status,
    string? SignerName = null,
    string? Position = null,
    string? UnitName = null,
    string? CampaignTitle = null,
    DateOnly? SignedOn = null,
    SignatureMethod? Method = null,
    DateTime? VoidedAtUtc = null,
    IndonesianTimeZone Zone = IndonesianTimeZone.Wib);

public sealed class PactVerificationService(AppDbContext db)
{
    public async Task<VerificationViewModel> VerifyAsync(string? rawCode, CancellationToken ct = default)
    {
        var code = VerificationCodes.Normalize(rawCode);
        if (code is null)
        {
            return new VerificationViewModel(rawCode, VerificationStatus.NotFound);
        }
        var s = await db.Set<PactSignature>().AsNoTracking()
            .Where(x => x.VerificationCode == code)
            .Select(x => new
            {
                x.SignerName,
                x.SignerPosition,
                x.SignerUnitName,
                CampaignTitle = x.Campaign!.Title,
                Zone = x.Campaign.Unit!.TimeZone,
                x.SignedOn,
                x.Method,
                x.VoidedAtUtc,
            })
            .FirstOrDefaultAsync(ct);
        if (s is null)
        {
            return new VerificationViewModel(code, VerificationStatus.NotFound);
        }
        return new VerificationViewModel(code, s.VoidedAtUtc is null ? VerificationStatus.Valid : VerificationStatus.Voided,
            s.SignerName, s.SignerPosition, s.SignerUnitName, s.CampaignTitle, s.SignedOn, s.Method, s.VoidedAtUtc, s.Zone);
    }
}
