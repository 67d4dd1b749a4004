using Microsoft.EntityFrameworkCore;
using ZonaIntegritas.Web.Configuration;
using ZonaIntegritas.Web.Domain.IntegrityPacts;
using ZonaIntegritas.Web.Domain.Units;
using ZonaIntegritas.Web.Features.PactSigning;
using ZonaIntegritas.Web.Infrastructure.Data;
using ZonaIntegritas.Web.Infrastructure.Seeding;
using ZonaIntegritas.Web.Infrastructure.Time;

namespace ZonaIntegritas.Web.Features.Pacts;

/// <summary>
/// Demo data (only where demo data is allowed, only when the demo office exists and has no pact campaign yet):
/// an open "Penandatanganan Pakta Integritas Awal Tahun 2026" for the demo office and its sub-units, with a
/// dozen electronic signatures, so the demo pegawai sees a waiting pact and the coverage page has data.
/// Demo seeding runs after the start-up tasks, so this task asks the (idempotent) demo seeder first.
/// </summary>
public sealed class PactDemoData : IStartupTask
{
    public const string CampaignTitle = "Penandatanganan Pakta Integritas Awal Tahun 2026";

    private static readonly string[] NeverSigned = ["pegawai@zi.demo", "ketua@zi.demo", "admin@zi.demo"];

    public int Order => 600;

    public async Task RunAsync(IServiceProvider services, CancellationToken ct)
    {
        // Runs after the demo seed (StartupTasks): the demo office exists only when demo data is wanted.
        var db = services.GetRequiredService<AppDbContext>();
        var office = await db.Units.FirstOrDefaultAsync(u => u.Code == DemoSeeder.OfficeCode, ct);
        if (office is null || await db.Set<PactCampaign>().AnyAsync(c => c.UnitId == office.Id, ct))
        {
            return;
        }
        var version = await db.Set<IntegrityPactTemplateVersion>()
            .Where(v => v.Template!.UnitId == null)
            .OrderByDescending(v => v.Number).FirstOrDefaultAsync(ct);
        if (version is null)
        {
            return;
        }
        var clock = services.GetRequiredService<UnitClock>();
        var today = clock.TodayIn(office.TimeZone);
        // Open whatever the machine's date: normally 5 January to 31 December 2026.
        var opens = new DateOnly(2026, 1, 5) < today ? new DateOnly(2026, 1, 5) : today.AddDays(-7);
        var closes = new DateOnly(2026, 12, 31) > today.AddDays(14) ? new DateOnly(2026, 12, 31) : today.AddDays(30);

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var campaign = new PactCampaign
        {
            Title = CampaignTitle,
            Occasion = PactOccasion.StartOfYear,
            UnitId = office.Id,
            IncludeDescendants = true,
            TemplateVersionId = version.Id,
        };
        campaign.Schedule(opens, closes);
        db.Add(campaign);
        await db.SaveChangesAsync(ct);
        var participants = ActivatorUtilities.CreateInstance<PactParticipantService>(services);
        await participants.SyncAsync(campaign, initial: true, ct);

        var excluded = await db.Users.Where(u => NeverSigned.Contains(u.Email!) && u.StaffMemberId != null)
            .Select(u => u.StaffMemberId!.Value).ToListAsync(ct);
        var signers = await db.Staff.Include(s => s.Unit)
            .Where(s => s.IsActive && s.UnitId == office.Id && !excluded.Contains(s.Id))
            .OrderBy(s => s.Id).Take(12).ToListAsync(ct);
        var now = clock.UtcNow;
        var i = 0;
        foreach (var staff in signers)
        {
            var signedAt = now.AddDays(-20 + i).AddHours(-3);
            signedAt = new DateTime(signedAt.Ticks - (signedAt.Ticks % TimeSpan.TicksPerMillisecond), DateTimeKind.Utc);
            var signedOn = DateOnly.FromDateTime(office.TimeZone.ToLocal(signedAt));
            var variant = PactVariants.ForPosition(staff.Position);
            var signer = new PactSigner(staff.FullName, staff.Nip, staff.RankGrade, staff.Position, staff.Unit!.Name,
                PactSigningService.PlaceOf(staff.Unit, office), signedOn);
            var signature = new PactSignature
            {
                CampaignId = campaign.Id,
                StaffMemberId = staff.Id,
                TemplateVersionId = version.Id,
                Method = SignatureMethod.Electronic,
                Variant = variant,
                SignedAtUtc = signedAt,
                SignedOn = signedOn,
                SignerName = staff.FullName,
                SignerNip = staff.Nip,
                SignerRankGrade = staff.RankGrade,
                SignerPosition = staff.Position,
                SignerUnitId = staff.UnitId,
                SignerUnitName = staff.Unit.Name,
                Place = signer.Place,
                RenderedText = PactText.Render(version.BodyFor(variant), signer),
                TextSha256 = "",
                VerificationCode = VerificationCodes.New(),
                TypedName = staff.FullName,
                Ip = "127.0.0.1",
                UserAgent = "data demo",
            };
            signature.TextSha256 = PactHash.Compute(signature);
            db.Add(signature);
            i++;
        }
        version.Lock(now);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }
}
