using ZonaIntegritas.Web.Domain.Assessments;
using ZonaIntegritas.Web.Domain.Common;
using ZonaIntegritas.Web.Domain.Evidence;
using ZonaIntegritas.Web.Domain.Lke;
using ZonaIntegritas.Web.Domain.Lke.Planning;
using ZonaIntegritas.Web.Domain.Teams;
using ZonaIntegritas.Web.Domain.WorkPlans;
using ZonaIntegritas.Web.Features.Assessments;
using ZonaIntegritas.Web.Features.Shared;
using ZonaIntegritas.Web.Infrastructure.Web;

namespace ZonaIntegritas.Web.Features.Dashboard;

/// <summary>Turns <see cref="DashboardData"/> into the widgets. Every number comes from <see cref="LkeScorer"/> on the chosen basis.</summary>
public static class DashboardBuilder
{
    public static AnswerSet AnswersFor(DashboardData d, ScoreBasis basis) => d.Answers.SetFor(basis, d.Unit.HoldsWbk, d.ExternalBasis);

    /// <summary>The score, its board and the planner's plan on one basis, computed once per answers stamp.</summary>
    public static Scored ScoredFor(DashboardData d, ScoreBasis basis)
    {
        var external = basis == ScoreBasis.External && d.ExternalBasis is { } e ? $"{e.Id}@{(e.UpdatedAtUtc ?? e.CreatedAtUtc).Ticks}" : "";
        var key = $"dashboard:{CachedAnswers.TemplateKey(d.Template)}:{d.Assessment.Target}:{d.Unit.HoldsWbk}:{basis}:{external}";
        return d.Cached.Derive(key, answers =>
        {
            var set = AnswersFor(d, basis);
            var score = LkeScorer.Score(d.Template, set);
            var board = ScoreBoard.Build(d.Template, score, answers.Hasil, d.Assessment.Target);
            return new Scored(score, board, PredicatePlanner.Plan(d.Template, set, d.Assessment.Target.Label()));
        });
    }

    public sealed record Scored(ScoreResult Score, ScoreBoard Board, PredicatePlan Plan);

    public static DashboardViewModel Build(DashboardData d, DashboardHeader header, PortalLinks links)
    {
        var a = d.Assessment;
        var scored = ScoredFor(d, header.Basis);
        var score = scored.Score;
        var board = scored.Board;
        // The other basis for comparison: the unit's own when looking at a review basis, the assessor's otherwise.
        ScoreBoard? assessorBoard = null;
        if (d.Answers.Assessor.Count > 0 || header.Basis == ScoreBasis.External)
        {
            var other = header.Basis == ScoreBasis.Unit ? ScoreBasis.Assessor : ScoreBasis.Unit;
            assessorBoard = ScoredFor(d, other).Board;
        }
        var predicate = a.Target == TargetPredicate.Wbbm ? d.Template.Gates.Wbbm : d.Template.Gates.Wbk;
        var gates = board.TargetGate.Checks.Select(c => new GateRow(c.Code, c.Label, c.Value, c.Minimum, c.Passed, c.Gap, GateUrl(c.Code, links, a.Id))).ToList();
        var failing = gates.Count(g => !g.Passed);
        var verdict = failing == 0
            ? $"Semua syarat {a.Target.Label()} terpenuhi pada basis ini."
            : $"Belum memenuhi syarat {a.Target.Label()}: {failing} dari {gates.Count} syarat belum terpenuhi.";

        var unanswered = score.Unanswered.ToHashSet(StringComparer.Ordinal);
        var tiles = d.Template.Halves.SelectMany(h => h.Areas.Select(area =>
        {
            var codes = area.Indicators.SelectMany(i => i.Questions).Select(q => q.Code).ToList();
            var answered = codes.Count(c => !unanswered.Contains(c));
            var value = score.Areas[area.Code];
            var minimum = area.Weight * predicate.AreaMinFraction;
            var state = answered == 0 ? TileState.NotStarted : value >= minimum ? TileState.Passing : TileState.UnderMinimum;
            return new AreaTile(area.Code, area.AreaLetter, h.Name, ChangeAreas.NameOf(area.AreaLetter), value, area.Weight, minimum, answered, codes.Count, state,
                links.Worksheet(a.Id, area.AreaLetter));
        })).ToList();

        var scores = new List<ScoreRow>
        {
            new("Pemenuhan", board.Pemenuhan, board.PemenuhanMax, assessorBoard?.Pemenuhan),
            new("Reform", board.Reform, board.ReformMax, assessorBoard?.Reform),
            new("Pengungkit", board.Pengungkit, board.PengungkitMax, assessorBoard?.Pengungkit),
            new("Hasil", board.HasilTotal, board.HasilMax, assessorBoard?.HasilTotal),
            new("Total", board.Total, board.PengungkitMax + board.HasilMax, assessorBoard?.Total),
        };

        var plan = scored.Plan;
        return new DashboardViewModel(header, board.TargetGate, gates, verdict, board, assessorBoard, scores, tiles,
            EvidenceRows(d, unanswered, links), People(d, unanswered, links), FollowUps(d, links), Plan(d, links), Pacts(d),
            board.Hasil, d.Snapshots.Select(s => new TrendPoint(s.Day, s.Total, s.Pengungkit)).ToList(),
            plan.Steps, plan.Reachable);
    }

    private static string GateUrl(string code, PortalLinks links, int assessmentId) => code switch
    {
        _ when code.StartsWith("AREA_", StringComparison.Ordinal) => links.Worksheet(assessmentId, code[^1..]),
        "HBA" or "HBB" or "HBA_HBB" or "HPA" => links.Worksheet(assessmentId, "hasil"),
        "WBK_HELD" => links.Assessment(assessmentId),
        _ => links.Planner(assessmentId),
    };

    private static List<EvidenceAreaRow> EvidenceRows(DashboardData d, IReadOnlySet<string> unanswered, PortalLinks links)
    {
        var byQuestion = d.Evidence.ToLookup(e => e.QuestionCode, StringComparer.Ordinal);
        return ChangeAreas.All.Select(area =>
        {
            var codes = d.Template.Questions.Select(q => q.Code).Where(c => ChangeAreas.FromLkeCode(c) == area.Code).ToList();
            var answered = codes.Where(c => !unanswered.Contains(c)).ToList();
            var withEvidence = answered.Where(c => byQuestion[c].Any()).ToList();
            var reviewed = withEvidence.Count(c => byQuestion[c].Any(e => e.State is not (EvidenceLinkState.Pending or EvidenceLinkState.NewVersionPending)));
            var accepted = withEvidence.Count(c => byQuestion[c].Any(e => e.State == EvidenceLinkState.Accepted));
            return new EvidenceAreaRow(area.Code, area.Name, codes.Count, answered.Count, withEvidence.Count, reviewed, accepted, links.EvidenceList(d.Unit.Id, d.Assessment.Year, area.Code));
        }).ToList();
    }

    private static List<PersonRow> People(DashboardData d, IReadOnlySet<string> unanswered, PortalLinks links)
    {
        var fix = d.Answers.Assessor.Where(x => x.NeedsFix).Select(x => x.QuestionCode).ToHashSet(StringComparer.Ordinal);
        var overdue = d.PlanItems.Where(i => i.Status.IsOpen() && PlanMonths.LastDay(i.EndMonth) < d.Today).ToLookup(i => i.PicStaffId);
        return d.Roster.Where(m => m.AreaCode is not null && m.Role is TeamRole.KoordinatorArea or TeamRole.AnggotaArea)
            .OrderBy(m => m.AreaCode, StringComparer.Ordinal).ThenBy(m => m.Role).ThenBy(m => m.FullName, StringComparer.Ordinal)
            .Select(m =>
            {
                var codes = d.Template.Questions.Select(q => q.Code).Where(c => ChangeAreas.FromLkeCode(c) == m.AreaCode).ToList();
                return new PersonRow(m.StaffMemberId, m.FullName, m.AreaCode!, ChangeAreas.NameOf(m.AreaCode!), codes.Count,
                    codes.Count(c => !unanswered.Contains(c)), codes.Count(fix.Contains), overdue[m.StaffMemberId].Count(),
                    links.Worksheet(d.Assessment.Id, m.AreaCode));
            }).ToList();
    }

    private static List<FollowUpRow> FollowUps(DashboardData d, PortalLinks links)
    {
        var rows = d.Answers.Assessor.Where(x => x.NeedsFix).OrderBy(x => x.QuestionCode, StringComparer.Ordinal)
            .Select(x => new FollowUpRow(x.QuestionCode, "Perlu perbaikan (penilai)", links.Worksheet(d.Assessment.Id, ChangeAreas.FromLkeCode(x.QuestionCode), x.QuestionCode)))
            .ToList();
        rows.AddRange(d.Evidence.Where(e => e.State is EvidenceLinkState.NeedsFix or EvidenceLinkState.NewVersionPending || e.NeedsRevalidation)
            .GroupBy(e => e.QuestionCode).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new FollowUpRow(g.Key,
                g.Any(e => e.State == EvidenceLinkState.NeedsFix) ? "Eviden perlu perbaikan"
                    : g.Any(e => e.State == EvidenceLinkState.NewVersionPending) ? "Eviden menunggu reviu ulang" : "Eviden perlu divalidasi ulang",
                links.EvidenceQuestion(d.Unit.Id, d.Assessment.Year, g.Key))));
        return rows;
    }

    private static PlanStatusSummary Plan(DashboardData d, PortalLinks links)
    {
        var live = d.PlanItems.Where(i => i.Status != WorkPlanStatus.Cancelled).ToList();
        bool Late(PlanItemRow i) => i.Status.IsOpen() && PlanMonths.LastDay(i.EndMonth) < d.Today;
        var done = live.Count(i => i.Status == WorkPlanStatus.Done);
        var late = live.Where(Late).ToList();
        return new PlanStatusSummary(live.Count - done - late.Count, late.Count, done, live.Count,
            late.GroupBy(i => i.PicName).Select(g => (g.Key, g.Count())).OrderByDescending(x => x.Item2).ThenBy(x => x.Key, StringComparer.Ordinal).ToList(),
            links.WorkPlan(d.Unit.Id, d.Assessment.Year));
    }

    private static PactSummary Pacts(DashboardData d)
    {
        var counts = d.Pacts.Units.ToDictionary(u => u.UnitId);
        var units = d.SubUnits.Where(u => counts.TryGetValue(u.Id, out var c) && c.Active > 0)
            .Select(u => new PactUnitRow(u.Name, counts[u.Id].Signed, counts[u.Id].Active)).ToList();
        var active = d.Pacts.Units.Sum(u => u.Active);
        var signed = d.Pacts.Units.Sum(u => u.Signed);
        return new PactSummary(signed, active, units, d.Pacts.FirstUnsigned, active - signed);
    }
}
