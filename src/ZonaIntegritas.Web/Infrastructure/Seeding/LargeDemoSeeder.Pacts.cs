using Microsoft.EntityFrameworkCore;
using ZonaIntegritas.Web.Domain.IntegrityPacts;
using ZonaIntegritas.Web.Domain.Units;
using ZonaIntegritas.Web.Features.Pacts;
using ZonaIntegritas.Web.Features.PactSigning;

namespace ZonaIntegritas.Web.Infrastructure.Seeding;

public sealed partial class LargeDemoSeeder
{
    /// <summary>
    /// A Kanwil-wide campaign over every active staff member with about 85 % signed electronically, and the demo
    /// office's campaign extended to its new staff (about 70 % signed). The demo accounts keep their pacts as the
    /// ordinary demo left them.
    /// </summary>
    private async Task<int> AddPactCampaignAsync(int kanwilId, int officeId, IReadOnlySet<int> demoAccounts, DateTime now, CancellationToken ct)
    {
        var version = await db.Set<IntegrityPactTemplateVersion>().AsNoTracking()
            .Where(v => v.Template!.UnitId == null).OrderByDescending(v => v.Number).FirstOrDefaultAsync(ct);
        if (version is null)
        {
            return 0;
        }
        var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, ct);
        var kanwil = units[kanwilId];
        var today = new Time.UnitClock(clock).TodayIn(kanwil.TimeZone);
        var campaign = new PactCampaign
        {
            Title = $"Pakta Integritas Seluruh Pegawai Kanwil {today.Year}",
            Occasion = PactOccasion.StartOfYear,
            UnitId = kanwilId,
            IncludeDescendants = true,
            TemplateVersionId = version.Id,
        };
        campaign.Schedule(today.AddDays(-30), today.AddDays(60));
        db.Add(campaign);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();

        var staff = await db.Staff.AsNoTracking().Where(s => s.IsActive).OrderBy(s => s.Id).ToListAsync(ct);
        var signed = await SignAsync(campaign.Id, kanwil, version, staff, demoAccounts, 85, now, ct);

        var demoCampaign = await db.Set<PactCampaign>().AsNoTracking().FirstOrDefaultAsync(c => c.UnitId == officeId && c.Title == PactDemoData.CampaignTitle, ct);
        if (demoCampaign is not null)
        {
            var scope = (await ActivatorUtilities.CreateInstance<PactParticipantService>(services).ScopeUnitIdsAsync(demoCampaign, ct)).ToHashSet();
            var known = (await db.Set<PactParticipant>().Where(p => p.CampaignId == demoCampaign.Id).Select(p => p.StaffMemberId).ToListAsync(ct)).ToHashSet();
            var newcomers = staff.Where(s => scope.Contains(s.UnitId) && !known.Contains(s.Id)).ToList();
            signed += await SignAsync(demoCampaign.Id, units[officeId], version, newcomers, demoAccounts, 70, now, ct);
        }
        return signed;
    }

    private async Task<int> SignAsync(int campaignId, OrgUnit campaignUnit, IntegrityPactTemplateVersion version, List<Domain.Staff.StaffMember> staff,
        IReadOnlySet<int> demoAccounts, int percentSigned, DateTime now, CancellationToken ct)
    {
        var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, ct);
        await FlushAsync(staff.Select(s => new PactParticipant { CampaignId = campaignId, StaffMemberId = s.Id, AddedAtUtc = now }).ToList(), ct);
        var batch = new List<PactSignature>();
        var count = 0;
        foreach (var member in staff)
        {
            if (demoAccounts.Contains(member.Id) || _random.Next(100) >= percentSigned)
            {
                continue;
            }
            var unit = units[member.UnitId];
            var signedAt = now.AddMinutes(-_random.Next(60 * 24 * 25));
            signedAt = new DateTime(signedAt.Ticks - (signedAt.Ticks % TimeSpan.TicksPerMillisecond), DateTimeKind.Utc);
            var signedOn = DateOnly.FromDateTime(unit.TimeZone.ToLocal(signedAt));
            var variant = PactVariants.ForPosition(member.Position);
            var signer = new PactSigner(member.FullName, member.Nip, member.RankGrade, member.Position, unit.Name,
                PactSigningService.PlaceOf(unit, campaignUnit), signedOn);
            var signature = new PactSignature
            {
                CampaignId = campaignId,
                StaffMemberId = member.Id,
                TemplateVersionId = version.Id,
                Method = SignatureMethod.Electronic,
                Variant = variant,
                SignedAtUtc = signedAt,
                SignedOn = signedOn,
                SignerName = member.FullName,
                SignerNip = member.Nip,
                SignerRankGrade = member.RankGrade,
                SignerPosition = member.Position,
                SignerUnitId = member.UnitId,
                SignerUnitName = unit.Name,
                Place = signer.Place,
                RenderedText = PactText.Render(version.BodyFor(variant), signer),
                TextSha256 = "",
                VerificationCode = VerificationCodes.New(),
                TypedName = member.FullName,
                Ip = "127.0.0.1",
                UserAgent = "data demo skala Kanwil",
            };
            signature.TextSha256 = PactHash.Compute(signature);
            batch.Add(signature);
            count++;
            if (batch.Count == Batch)
            {
                await FlushAsync(batch, ct);
            }
        }
        await FlushAsync(batch, ct);
        return count;
    }
}
