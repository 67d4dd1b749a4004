using ZonaIntegritas.Web.Domain.Assessments;
using ZonaIntegritas.Web.Domain.Common;
using ZonaIntegritas.Web.Domain.Units;
using ZonaIntegritas.Web.Features.Notifications;
using ZonaIntegritas.Web.Infrastructure.Authorization;
using ZonaIntegritas.Web.Infrastructure.Mail;

namespace ZonaIntegritas.Web.Features.ReviewCycle;

/// <summary>
/// Tells the people who must act after a step, in the portal and by email where SMTP is configured:
/// approved → Ketua Tim; submitted / re-submitted → penilai of the unit (and parent units); review started → Ketua
/// Tim; returned → the Tim ZI of the areas concerned with their items; final → pimpinan and Tim ZI.
/// </summary>
public sealed class ReviewCycleNotifier(
    ReviewCycleRecipients recipients,
    NotificationService notifications,
    IMailSender mail,
    LinkGenerator links,
    ILogger<ReviewCycleNotifier> logger)
{
    private string Summary(int id) => links.GetPathByAction("Details", "Assessments", new { id })!;

    public async Task NotifyAsync(StageTransition step, OrgUnit unit, int year, IReadOnlyCollection<string> returnedCodes, string? officialTotal, DateOnly today, CancellationToken ct)
    {
        var id = step.AssessmentId;
        var what = $"Penilaian LKE {year} {unit.Name}";
        switch (step.Kind)
        {
            case TransitionKind.Approved:
                await SendAsync(await recipients.HoldersAsync(Permissions.SubmitAssessments, [unit.Id], ct),
                    $"{what} disetujui pimpinan ({step.UserName}); siap diajukan.", Summary(id), ct);
                break;
            case TransitionKind.Submitted:
            case TransitionKind.Resubmitted:
                var again = step.Kind == TransitionKind.Resubmitted ? "diajukan kembali setelah Tindak Lanjut" : "diajukan";
                await SendAsync(await recipients.HoldersAsync(Permissions.ReviewAssessments, await recipients.SelfAndAncestorsAsync(unit.Id, ct), ct),
                    $"{what} {again} (putaran {step.Round}); menunggu reviu Anda.", Summary(id), ct);
                break;
            case TransitionKind.ReviewStarted:
                await SendAsync(await recipients.HoldersAsync(Permissions.SubmitAssessments, [unit.Id], ct),
                    $"Reviu Penilai Internal untuk {what} dimulai oleh {step.UserName}.", links.GetPathByAction("Index", "Review", new { id })!, ct);
                break;
            case TransitionKind.Returned:
                var areas = returnedCodes.Select(ChangeAreas.FromLkeCode).OfType<string>().ToHashSet();
                foreach (var (who, own) in await recipients.TeamOfAreasAsync(unit.Id, areas, today, ct))
                {
                    var codes = returnedCodes.Where(c => ChangeAreas.FromLkeCode(c) is { } a && own.Contains(a)).ToList();
                    var tab = ChangeAreas.FromLkeCode(codes[0]);
                    await SendAsync([who], $"{what} dikembalikan untuk Tindak Lanjut: {codes.Count} pertanyaan perlu perbaikan untuk Anda ({string.Join(", ", codes)}).",
                        links.GetPathByAction("Index", "Worksheet", new { id, tab })!, ct);
                }
                break;
            case TransitionKind.ReviewClosed:
                var people = (await recipients.HoldersAsync(Permissions.ApproveAssessments, [unit.Id], ct))
                    .Concat(await recipients.HoldersAsync(Permissions.AnswerWorksheet, [unit.Id], ct)).ToList();
                await SendAsync(people, $"{what} final. Nilai resmi (Penilai Internal): {officialTotal}.", Summary(id), ct);
                break;
        }
    }

    private async Task SendAsync(IReadOnlyList<Recipient> people, string text, string link, CancellationToken ct)
    {
        var distinct = people.DistinctBy(p => p.UserId).ToList();
        await notifications.NotifyAsync(distinct.Select(p => p.UserId), text, link, ct);
        if (!mail.IsEnabled)
        {
            return;
        }
        foreach (var person in distinct.Where(p => !string.IsNullOrWhiteSpace(p.Email)))
        {
            try
            {
                await mail.SendAsync(person.Email!, "Portal Zona Integritas: " + (text.Length > 80 ? text[..80] + "…" : text), $"{text}\n\nBuka: {link}", ct);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Review-cycle email to user {UserId} failed", person.UserId);
            }
        }
    }
}
