using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ZonaIntegritas.Web.Domain.Assessments;
using ZonaIntegritas.Web.Domain.Common;
using ZonaIntegritas.Web.Features.Assessments;
using ZonaIntegritas.Web.Features.SubmissionCheck;
using ZonaIntegritas.Web.Infrastructure.Authorization;
using ZonaIntegritas.Web.Infrastructure.Data;
using ZonaIntegritas.Web.Infrastructure.Web;

namespace ZonaIntegritas.Web.Features.ReviewCycle;

/// <summary>
/// The internal review cycle: role-owned steps checked on the server (permission, unit scope, stage, window),
/// each recorded as a <see cref="StageTransition"/> and notified to whoever must act next.
/// </summary>
public sealed class ReviewCycleService(
    AppDbContext db,
    AssessmentAccess access,
    SubmissionCheckService check,
    ReviewCycleNotifier notifier,
    IOptions<ReviewCycleOptions> options,
    ILogger<ReviewCycleService> logger)
{
    private const string LockNote = "Setelah diajukan, jawaban unit terkunci. Lanjutkan?";

    /// <summary>
    /// Performs one step; returns the success message. <see cref="ForbiddenException"/> when the user does not own
    /// the step or the unit is out of scope; <see cref="DomainException"/> (nothing changed) when the stage, the
    /// window or the approval refuses.
    /// </summary>
    public async Task<string> TransitionAsync(int id, TransitionInput input, CancellationToken ct)
    {
        if (!ReviewCycleActions.All.Contains(input.Action))
        {
            throw new DomainException("Perubahan tahap tidak dikenal.");
        }
        if (!access.Has(ReviewCycleActions.PermissionFor(input.Action)))
        {
            throw new ForbiddenException("Langkah ini bukan milik peran Anda.");
        }
        var ctx = await access.LoadAsync(id, ct);
        var a = ctx.Assessment;
        if (input.Note?.Length > 2000)
        {
            throw new DomainException("Catatan paling banyak 2.000 karakter.");
        }
        if (ReviewCycleActions.EntersWindow(input.Action) is { } stage && (input.WindowStart is not null || input.WindowEnd is not null))
        {
            a.SetWindow(stage, input.WindowStart, input.WindowEnd);
        }
        IReadOnlyList<string> marked = [];
        var step = input.Action switch
        {
            ReviewCycleActions.Approve => a.Approve(access.UserId, access.UserName, access.NowUtc, input.Note),
            ReviewCycleActions.Submit => a.Submit(access.UserId, access.UserName, access.NowUtc, await ApprovalCurrentAsync(a, ct), input.Note),
            ReviewCycleActions.StartReview => a.StartReview(access.UserId, access.UserName, access.NowUtc, ctx.Today, input.Note),
            ReviewCycleActions.Return => a.ReturnForFollowUp(access.UserId, access.UserName, access.NowUtc, ctx.Today,
                marked = await MarkedCodesAsync(id, ct), input.Note),
            _ => a.CloseReview(access.UserId, access.UserName, access.NowUtc, input.Note),
        };
        db.Add(step);
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Assessment {AssessmentId}: {Transition} by {UserId}, now {Stage} round {Round}", id, step.Kind, access.UserId, a.Stage, a.Round);

        string? total = null;
        if (step.Kind == TransitionKind.ReviewClosed)
        {
            total = Fmt.Number(OfficialScore.Of(ctx, await access.AnswersAsync(id, ct)).Official.Total);
        }
        await notifier.NotifyAsync(step, ctx.Unit, a.Year, marked, total, ctx.Today, ct);
        return step.Kind == TransitionKind.Approved
            ? "Penilaian mandiri disetujui pimpinan."
            : $"{step.Kind.Label()}. Tahap penilaian sekarang: {a.Stage.Label()}.";
    }

    /// <summary>The cycle panel of the assessment page: the steps the user owns now (windows prefilled) and the timeline.</summary>
    public async Task<ReviewCyclePanel> PanelAsync(int id, CancellationToken ct)
    {
        var ctx = await access.LoadAsync(id, ct);
        var a = ctx.Assessment;
        var approvalCurrent = await ApprovalCurrentAsync(a, ct);
        var choices = new List<TransitionChoice>();
        foreach (var action in ReviewCycleActions.From(a.Stage).Where(x => access.Has(ReviewCycleActions.PermissionFor(x))))
        {
            if (action == ReviewCycleActions.Approve && approvalCurrent)
            {
                continue;
            }
            choices.Add(await ChoiceAsync(ctx, action, approvalCurrent, ct));
        }
        var timeline = await db.Set<StageTransition>().AsNoTracking().Where(t => t.AssessmentId == id).OrderBy(t => t.Id)
            .Select(t => new TimelineRow(t.Kind, t.FromStage, t.ToStage, t.Round, t.UserName, t.AtUtc, t.Note)).ToListAsync(ct);
        var approval = a.ApprovedAtUtc is { } at
            ? $"Disetujui pimpinan {Fmt.DateTime(at, ctx.Unit.TimeZone)}" + (approvalCurrent || a.Stage != AssessmentStage.SelfAssessment ? "" : "; jawaban berubah sesudahnya, perlu persetujuan ulang")
            : a.Stage == AssessmentStage.SelfAssessment ? "Belum disetujui pimpinan" : null;
        return new ReviewCyclePanel(id, a.Stage, a.Round, ctx.Unit.TimeZone, approval, approvalCurrent, choices, timeline);
    }

    private async Task<TransitionChoice> ChoiceAsync(AssessmentContext ctx, string action, bool approvalCurrent, CancellationToken ct)
    {
        var a = ctx.Assessment;
        var label = ReviewCycleActions.Label(action, a.Stage);
        string confirm;
        string? blocked = null;
        switch (action)
        {
            case ReviewCycleActions.Submit:
                confirm = (await check.RunAsync(a.Id, ct)).ConfirmText(LockNote);
                if (a.Stage == AssessmentStage.SelfAssessment && !approvalCurrent)
                {
                    blocked = a.ApprovedAtUtc is null ? "Menunggu persetujuan pimpinan." : "Jawaban berubah setelah persetujuan pimpinan; perlu persetujuan ulang.";
                }
                break;
            case ReviewCycleActions.Return:
                var marked = await MarkedCodesAsync(a.Id, ct);
                confirm = $"{marked.Count} pertanyaan Perlu Perbaikan akan dibuka kembali untuk unit ({string.Join(", ", marked)}). Lanjutkan?";
                if (marked.Count == 0)
                {
                    blocked = "Belum ada pertanyaan yang ditandai Perlu Perbaikan.";
                }
                break;
            case ReviewCycleActions.Close:
                var open = (await MarkedCodesAsync(a.Id, ct)).Count;
                confirm = $"Reviu putaran {a.Round} ditutup dan penilaian menjadi final dengan nilai Penilai Internal" +
                    (open > 0 ? $"; {open} pertanyaan masih bertanda Perlu Perbaikan" : "") + ". Lanjutkan?";
                break;
            case ReviewCycleActions.Approve:
                confirm = "Setujui penilaian mandiri ini untuk diajukan? Perubahan jawaban sesudahnya memerlukan persetujuan ulang.";
                break;
            default:
                confirm = "Mulai tahap Reviu Penilai Internal?";
                break;
        }
        DateOnly? start = null, end = null;
        string? windowProblem = null;
        var windowStage = ReviewCycleActions.EntersWindow(action);
        if (windowStage is { } stage)
        {
            var window = a.WindowOf(stage);
            try
            {
                a.EnsureCanEnter(stage, ctx.Today);
                (start, end) = (window!.StartDate, window.EndDate);
            }
            catch (DomainException ex)
            {
                windowProblem = ex.Message;
                var days = stage == AssessmentStage.InternalReview ? options.Value.ReviewDays : options.Value.FollowUpDays;
                start = window is not null && window.StartDate <= ctx.Today ? window.StartDate : ctx.Today;
                end = window is not null && window.EndDate >= ctx.Today ? window.EndDate : ctx.Today.AddDays(Math.Max(days, 1) - 1);
            }
        }
        return new TransitionChoice(action, label, confirm, blocked, windowStage, start, end, windowProblem);
    }

    /// <summary>The pimpinan approved and no unit answer (or Hasil entry) changed afterwards.</summary>
    private async Task<bool> ApprovalCurrentAsync(Assessment a, CancellationToken ct) =>
        a.ApprovedAtUtc is { } at
        && !await db.Set<AnswerHistory>().AnyAsync(h => h.AssessmentId == a.Id && h.Source == AnswerSource.Unit && h.ChangedAtUtc > at, ct);

    private async Task<IReadOnlyList<string>> MarkedCodesAsync(int id, CancellationToken ct) =>
        (await db.Set<AssessorAnswer>().AsNoTracking().Where(x => x.AssessmentId == id && x.NeedsFix).Select(x => x.QuestionCode).ToListAsync(ct))
            .Order(StringComparer.Ordinal).ToList();
}
