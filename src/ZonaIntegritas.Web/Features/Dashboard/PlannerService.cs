using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ZonaIntegritas.Web.Domain.Assessments;
using ZonaIntegritas.Web.Domain.Common;
using ZonaIntegritas.Web.Domain.Lke;
using ZonaIntegritas.Web.Domain.Lke.Planning;
using ZonaIntegritas.Web.Domain.Teams;
using ZonaIntegritas.Web.Domain.WorkPlans;
using ZonaIntegritas.Web.Features.Assessments;
using ZonaIntegritas.Web.Features.Shared;
using ZonaIntegritas.Web.Features.Team;
using ZonaIntegritas.Web.Infrastructure.Authorization;
using ZonaIntegritas.Web.Infrastructure.Data;
using ZonaIntegritas.Web.Infrastructure.Units;
using ZonaIntegritas.Web.Infrastructure.Web;

namespace ZonaIntegritas.Web.Features.Dashboard;

/// <summary>
/// "Rencana menuju predikat": the planner on an assessment's answers (basis chosen on the dashboard), with the
/// stage's locked questions excluded and the viewer's non-editable areas marked; pushes chosen rows into the work
/// plan once (an item per question, linked to it).
/// </summary>
public sealed class PlannerService(AppDbContext db, AssessmentAccess access, ResourceAccess areas, ITeamRoster roster, UnitCalendar calendar, PortalLinks links, ILogger<PlannerService> logger)
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static string ActivityPrefix(string code) => $"Naikkan jawaban {code} ";

    public async Task<PlannerViewModel> PageAsync(int assessmentId, string? basis, CancellationToken ct)
    {
        var ctx = await access.LoadAsync(assessmentId, ct);
        var answers = await access.AnswersAsync(assessmentId, ct);
        var chosen = ScoreBasisText.Parse(basis);
        var external = chosen == ScoreBasis.External ? AssessmentAnswers.LatestExternalWithValues(await db.Set<ExternalStageResult>().AsNoTracking().Where(e => e.AssessmentId == assessmentId).ToListAsync(ct)) : null;
        if (chosen == ScoreBasis.External && external is null)
        {
            chosen = ScoreBasis.Assessor;
        }
        var set = answers.SetFor(chosen, ctx.Unit.HoldsWbk, external);
        var (locked, lockReason) = Locked(ctx, answers);
        var plan = PredicatePlanner.Plan(ctx.Template, set, ctx.Assessment.Target.Label(), locked);

        var editable = access.Has(Permissions.AnswerWorksheet) ? await areas.EditableAreasAsync(ctx.Unit.Id, ctx.Today, ct) : new HashSet<string>();
        var members = await roster.MembersOnAsync(ctx.Unit.Id, ctx.Today, ct);
        var pics = members.Count > 0
            ? members.GroupBy(m => m.StaffMemberId).Select(g => new PicOption(g.Key, $"{g.First().FullName} ({string.Join(", ", g.Select(m => m.Role.Label() + (m.AreaCode is null ? "" : " " + m.AreaCode)))})")).ToList()
            : (await calendar.StaffOptionsAsync(ctx.Unit.Id, ct)).Select(s => new PicOption(s.Id, s.FullName)).ToList();
        var pushed = await PushedAsync(ctx.Unit.Id, ctx.Assessment.Year, ct);
        var rows = plan.Changes.Select(c =>
        {
            var letter = ChangeAreas.FromLkeCode(c.Code)!;
            var coordinator = members.FirstOrDefault(m => m.Role == TeamRole.KoordinatorArea && m.AreaCode == letter)?.StaffMemberId;
            var text = $"naikkan {c.Code} dari {c.From ?? "(belum dijawab)"} ke {c.To}: +{Fmt.Number(c.Gain)}";
            return new PlannerRow(c.Code, text, letter, c.From, c.To, c.Steps, c.Gain, editable.Contains(letter), coordinator,
                pushed.TryGetValue(c.Code, out var itemId) ? itemId : null, links.Worksheet(assessmentId, letter, c.Code));
        }).OrderBy(r => r.Area, StringComparer.Ordinal).ThenByDescending(r => r.Gain).ToList();
        var target = ctx.Assessment.Target == TargetPredicate.Wbbm;
        var due = ctx.Today.AddMonths(1);
        return new PlannerViewModel(assessmentId, ctx.Unit.Id, ctx.Unit.Name, ctx.Assessment.Year, ctx.Assessment.Target, chosen,
            plan.Reachable, plan.Steps, rows, plan.Unreachable,
            (target ? plan.Before.Wbbm : plan.Before.Wbk).Checks, plan.TargetGateAfter.Checks,
            plan.Before.Total, plan.After.Total, plan.Before.Pengungkit, plan.After.Pengungkit, lockReason, pics,
            $"{due.Year:0000}-{due.Month:00}", access.Has(Permissions.PushPlanner));
    }

    /// <summary>Creates one work-plan item per selected row whose question has no pushed item yet; returns how many were created.</summary>
    public async Task<int> PushAsync(PushPlannerInput input, CancellationToken ct)
    {
        if (!access.Has(Permissions.PushPlanner))
        {
            throw new ForbiddenException();
        }
        var ctx = await access.LoadAsync(input.AssessmentId, ct);
        var selected = input.Rows.Where(r => r.Selected).ToList();
        if (selected.Count == 0)
        {
            throw new DomainException("Pilih minimal satu baris rencana.");
        }
        var staff = (await calendar.StaffOptionsAsync(ctx.Unit.Id, ct)).ToDictionary(s => s.Id);
        var year = ctx.Assessment.Year;
        var plan = await db.Set<WorkPlan>().Include(p => p.Items).ThenInclude(i => i.Questions)
            .FirstOrDefaultAsync(p => p.UnitId == ctx.Unit.Id && p.Year == year, ct);
        if (plan is null)
        {
            plan = new WorkPlan { UnitId = ctx.Unit.Id, Year = year, Version = 0 };
            db.Add(plan);
        }
        var created = 0;
        foreach (var row in selected)
        {
            var question = ctx.Template.FindQuestion(row.Code) ?? throw new DomainException($"Kode pertanyaan {row.Code} tidak dikenal.");
            var option = question.Options.FirstOrDefault(o => o.Key == row.To) ?? throw new DomainException($"Pilihan {row.To} tidak dikenal untuk {row.Code}.");
            if (row.PicStaffId is not { } pic || !staff.ContainsKey(pic))
            {
                throw new DomainException($"Pilih PIC (pegawai aktif unit ini) untuk {row.Code}.");
            }
            if (!DateOnly.TryParseExact((row.DueMonth ?? "") + "-01", "yyyy-MM-dd", Inv, DateTimeStyles.None, out var dueMonth))
            {
                throw new DomainException($"Isi bulan tenggat untuk {row.Code}.");
            }
            if (plan.Items.Any(i => i.Questions.Any(q => q.QuestionCode == row.Code) && i.Activity.StartsWith(ActivityPrefix(row.Code), StringComparison.Ordinal)))
            {
                continue;
            }
            var start = new DateOnly(ctx.Today.Year, ctx.Today.Month, 1);
            if (dueMonth < start)
            {
                start = dueMonth;
            }
            var item = new WorkPlanItem
            {
                AreaCode = ChangeAreas.FromLkeCode(row.Code)!,
                Activity = $"{ActivityPrefix(row.Code)}ke {option.Key} (Rencana menuju predikat {ctx.Assessment.Target.Label()})",
                Output = $"Jawaban {row.Code} memenuhi kriteria {option.Key}: {option.Criteria}",
                ExpectedEvidence = question.TypicalEvidence.Count == 0 ? null : string.Join("; ", question.TypicalEvidence),
                PicStaffId = pic,
                OriginalStartMonth = start,
                OriginalEndMonth = dueMonth,
                StartMonth = start,
                EndMonth = dueMonth,
            };
            item.SetQuestions([row.Code]);
            plan.Items.Add(item);
            created++;
        }
        if (created > 0)
        {
            plan.Touch();
            await db.SaveChangesAsync(ct);
            logger.LogInformation("Planner pushed {Count} work-plan items for assessment {AssessmentId}", created, input.AssessmentId);
        }
        return created;
    }

    /// <summary>Where a question of a unit's assessment of a year is answered: the assessment and its worksheet tab (after the scope check).</summary>
    public async Task<(int AssessmentId, string Tab)> QuestionTargetAsync(int unitId, int year, string code, CancellationToken ct)
    {
        var id = await db.Set<Assessment>().AsNoTracking().Where(a => a.UnitId == unitId && a.Year == year).Select(a => (int?)a.Id).FirstOrDefaultAsync(ct)
            ?? throw new NotFoundException("Penilaian tahun ini belum ada.");
        var ctx = await access.LoadAsync(id, ct);
        var letter = ChangeAreas.FromLkeCode(code) ?? throw new NotFoundException();
        return ctx.Template.FindQuestion(code) is null ? throw new NotFoundException() : (id, letter);
    }

    private async Task<Dictionary<string, int>> PushedAsync(int unitId, int year, CancellationToken ct)
    {
        var items = await db.Set<WorkPlanItem>().AsNoTracking()
            .Where(i => i.Plan!.UnitId == unitId && i.Plan.Year == year && i.Activity.StartsWith("Naikkan jawaban "))
            .Select(i => new { i.Id, Codes = i.Questions.Select(q => q.QuestionCode).ToList() })
            .ToListAsync(ct);
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            foreach (var code in item.Codes)
            {
                result.TryAdd(code, item.Id);
            }
        }
        return result;
    }

    /// <summary>Questions the unit cannot change at this stage: none in Penilaian Mandiri; in Tindak Lanjut all but those reopened; otherwise all.</summary>
    private static (IReadOnlySet<string> Locked, string? Reason) Locked(AssessmentContext ctx, AssessmentAnswers answers)
    {
        var all = ctx.Template.Questions.Select(q => q.Code);
        return ctx.Assessment.Stage switch
        {
            AssessmentStage.SelfAssessment => (new HashSet<string>(), null),
            AssessmentStage.FollowUp => (all.Where(c => !answers.ReopenedCodes.Contains(c)).ToHashSet(StringComparer.Ordinal),
                "Tahap Tindak Lanjut: hanya pertanyaan yang ditandai Perlu Perbaikan dapat diubah; pertanyaan lain terkunci."),
            _ => (all.ToHashSet(StringComparer.Ordinal), $"Tahap {ctx.Assessment.Stage.Label()}: jawaban unit terkunci; rencana hanya menunjukkan syarat yang belum terpenuhi."),
        };
    }
}
