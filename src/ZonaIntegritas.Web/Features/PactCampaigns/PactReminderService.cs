using System.Net.Mail;
using Microsoft.EntityFrameworkCore;
using ZonaIntegritas.Web.Domain.Common;
using ZonaIntegritas.Web.Domain.IntegrityPacts;
using ZonaIntegritas.Web.Features.Notifications;
using ZonaIntegritas.Web.Features.Pacts;
using ZonaIntegritas.Web.Infrastructure.Authorization;
using ZonaIntegritas.Web.Infrastructure.Data;
using ZonaIntegritas.Web.Infrastructure.Mail;
using ZonaIntegritas.Web.Infrastructure.Time;
using ZonaIntegritas.Web.Features.Shared;

namespace ZonaIntegritas.Web.Features.PactCampaigns;

/// <summary>
/// Reminds participants who have not signed: an in-app notification for those with an account, and an email
/// when SMTP is configured (Smtp:Host) and an address is known.
/// </summary>
public sealed partial class PactReminderService(
    AppDbContext db,
    PactCampaignService campaigns,
    PactParticipantService participants,
    NotificationService notifications,
    PactLinks links,
    IMailSender mail,
    UnitClock clock,
    PortalLinks portalLinks,
    ILogger<PactReminderService> logger)
{
    public async Task<PactReminderResult> RemindAsync(int campaignId, CancellationToken ct = default)
    {
        var campaign = await campaigns.LoadAsync(campaignId, Permissions.ManagePacts, ct);
        if (!campaign.IsOpenOn(clock.TodayIn(campaign.Unit!.TimeZone)))
        {
            throw new DomainException("Pengingat hanya dapat dikirim selama kampanye dibuka.");
        }
        var notSigned = (await participants.ListAsync(campaign, ct)).Where(p => !p.HasSigned).ToList();
        var staffIds = notSigned.Select(p => p.StaffMemberId).ToList();
        var users = await db.Users.AsNoTracking()
            .Where(u => u.IsActive && u.StaffMemberId != null && staffIds.Contains(u.StaffMemberId.Value))
            .Select(u => new { u.Id, u.Email, StaffMemberId = u.StaffMemberId!.Value }).ToListAsync(ct);
        var staffEmails = await db.Staff.AsNoTracking().Where(s => staffIds.Contains(s.Id) && s.Email != null)
            .ToDictionaryAsync(s => s.Id, s => s.Email!, ct);
        var closes = PactText.FormatDate(campaign.ClosesOn);
        var link = portalLinks.PactSigning(campaign.Id);
        var notified = await notifications.NotifyAsync(users.Select(u => u.Id),
            $"Pengingat: Anda belum menandatangani \"{campaign.Title}\". Batas penandatanganan {closes}.", link, ct);

        int emailed = 0, failed = 0;
        if (mail.IsEnabled)
        {
            var url = links.BaseUrl + link;
            foreach (var p in notSigned)
            {
                var to = users.FirstOrDefault(u => u.StaffMemberId == p.StaffMemberId)?.Email ?? staffEmails.GetValueOrDefault(p.StaffMemberId);
                if (string.IsNullOrWhiteSpace(to))
                {
                    continue;
                }
                try
                {
                    await mail.SendAsync(to, $"Pengingat Pakta Integritas: {campaign.Title}",
                        $"Yth. {p.FullName},\n\nAnda belum menandatangani Pakta Integritas \"{campaign.Title}\". " +
                        $"Batas penandatanganan {closes}.\n\nSilakan masuk ke portal dan tanda tangani di:\n{url}\n\n" +
                        "Pesan ini dikirim otomatis oleh Portal Zona Integritas.", ct);
                    emailed++;
                }
                catch (Exception ex) when (ex is SmtpException or InvalidOperationException or FormatException or IOException)
                {
                    failed++;
                    LogMailFailed(logger, ex, campaign.Id, p.StaffMemberId);
                }
            }
        }
        campaign.LastReminderAtUtc = clock.UtcNow;
        await db.SaveChangesAsync(ct);
        var withoutAccount = notSigned.Count(p => users.All(u => u.StaffMemberId != p.StaffMemberId));
        return new PactReminderResult(notSigned.Count, notified, emailed, failed, withoutAccount);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Pact reminder email for campaign {CampaignId} to staff {StaffMemberId} failed")]
    private static partial void LogMailFailed(ILogger logger, Exception ex, int campaignId, int staffMemberId);
}
