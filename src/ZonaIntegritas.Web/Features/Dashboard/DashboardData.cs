using Microsoft.EntityFrameworkCore;
using ZonaIntegritas.Web.Domain.Assessments;
using ZonaIntegritas.Web.Domain.Evidence;
using ZonaIntegritas.Web.Domain.IntegrityPacts;
using ZonaIntegritas.Web.Domain.Lke;
using ZonaIntegritas.Web.Domain.Teams;
using ZonaIntegritas.Web.Domain.Units;
using ZonaIntegritas.Web.Domain.WorkPlans;
using ZonaIntegritas.Web.Features.Assessments;
using ZonaIntegritas.Web.Features.Team;
using ZonaIntegritas.Web.Infrastructure.Data;
using ZonaIntegritas.Web.Infrastructure.Data.ChangeCounters;
using ZonaIntegritas.Web.Infrastructure.Lke;

namespace ZonaIntegritas.Web.Features.Dashboard;

/// <summary>A state that at least one of a question's evidence links is in (one row per distinct state).</summary>
public sealed record EvidenceLinkRow(string QuestionCode, EvidenceLinkState State, bool NeedsRevalidation);

public sealed record PlanItemRow(int Id, string AreaCode, string Activity, int PicStaffId, string PicName, DateOnly EndMonth, WorkPlanStatus Status, IReadOnlyList<string> Questions);

/// <summary>Pakta Integritas counts of one sub-unit: active staff and those of them who signed in the year.</summary>
public sealed record PactUnitCount(int UnitId, int Active, int Signed);

/// <summary>Pakta Integritas for the unit and its sub-units, counted in SQL; the first unsigned names for the widget.</summary>
public sealed record PactCounts(IReadOnlyList<PactUnitCount> Units, IReadOnlyList<string> FirstUnsigned)
{
    public const int NamesShown = 10;
}

/// <summary>Everything one unit dashboard shows, loaded with a fixed number of queries whatever the data size.</summary>
public sealed record DashboardData(
    Assessment Assessment,
    OrgUnit Unit,
    IReadOnlyList<OrgUnit> SubUnits,
    LkeTemplate Template,
    DateOnly Today,
    CachedAnswers Cached,
    IReadOnlyList<ExternalStageResult> External,
    IReadOnlyList<EvidenceLinkRow> Evidence,
    IReadOnlyList<RosterMember> Roster,
    IReadOnlyList<PlanItemRow> PlanItems,
    PactCounts Pacts,
    IReadOnlyList<ScoreSnapshot> Snapshots)
{
    public AssessmentAnswers Answers => Cached.Answers;

    /// <summary>The external result the External basis scores on (the latest with per-question values), if any.</summary>
    public ExternalStageResult? ExternalBasis => AssessmentAnswers.LatestExternalWithValues(External);
}

/// <summary>
/// Loads <see cref="DashboardData"/>: about a dozen SQL queries, none per question, item, staff member or unit; the
/// answers come from <see cref="AnswerCache"/>, the evidence states and pact counts from <see cref="StampedCache"/>
/// (recounted only after a change to their rows).
/// </summary>
public sealed class DashboardDataLoader(AppDbContext db, ILkeTemplateProvider templates, AnswerCache answerCache, StampedCache stamped)
{
    public async Task<DashboardData> LoadAsync(Assessment assessment, OrgUnit unit, IReadOnlyList<OrgUnit> subUnits, DateOnly today, ScoreBasis basis, CancellationToken ct)
    {
        var id = assessment.Id;
        var template = await templates.GetAsync(assessment.LkeVersionCode, ct);
        var cached = await answerCache.GetAsync(id, ct);
        var external = await db.Set<ExternalStageResult>().AsNoTracking().Where(e => e.AssessmentId == id).ToListAsync(ct);

        // Counted again only when an evidence row changed (StampedCache).
        var evidence = await stamped.GetAsync($"dashboard-evidence:{unit.Id}:{assessment.Year}", [ChangeCounterNames.Evidence],
            token => EvidenceStatesAsync(unit.Id, assessment.Year, token), ct);

        var roster = await db.Set<TeamMembership>().AsNoTracking()
            .Where(m => m.Decree!.UnitId == unit.Id && m.Decree.ValidFrom <= today && today <= m.Decree.ValidTo && m.ValidFrom <= today && today <= m.ValidTo)
            .Select(m => new RosterMember(m.Id, m.StaffMemberId, m.StaffMember!.FullName, m.StaffMember.Nip, m.Role, m.AreaCode, m.ValidFrom, m.ValidTo))
            .ToListAsync(ct);

        var items = await db.Set<WorkPlanItem>().AsNoTracking()
            .Where(i => i.Plan!.UnitId == unit.Id && i.Plan.Year == assessment.Year)
            .Select(i => new { i.Id, i.AreaCode, i.Activity, i.PicStaffId, PicName = i.Pic!.FullName, i.EndMonth, i.Status, Questions = i.Questions.Select(q => q.QuestionCode).ToList() })
            .ToListAsync(ct);
        var planItems = items.Select(i => new PlanItemRow(i.Id, i.AreaCode, i.Activity, i.PicStaffId, i.PicName, i.EndMonth, i.Status, i.Questions)).ToList();

        var subUnitIds = subUnits.Select(u => u.Id).Order().ToList();
        var pacts = await stamped.GetAsync($"dashboard-pacts:{assessment.Year}:{string.Join(',', subUnitIds)}", [ChangeCounterNames.Staff, ChangeCounterNames.Pacts],
            token => PactCountsAsync(subUnitIds, assessment.Year, token), ct);
        var snapshots = await db.Set<ScoreSnapshot>().AsNoTracking()
            .Where(s => s.AssessmentId == id && s.Basis == basis)
            .OrderBy(s => s.Day)
            .ToListAsync(ct);

        return new DashboardData(assessment, unit, subUnits, template, today, cached, external, evidence, roster, planItems, pacts, snapshots);
    }

    /// <summary>
    /// One row per question and link state (at most a few per question), grouped in SQL: a Kantor has thousands of
    /// links, and the widgets only ask which states each question has.
    /// </summary>
    private async Task<IReadOnlyList<EvidenceLinkRow>> EvidenceStatesAsync(int unitId, int year, CancellationToken ct)
    {
        var links = await db.Set<EvidenceLink>().AsNoTracking()
            .Where(l => l.UnitId == unitId && l.Year == year && l.Item!.DeletedAtUtc == null)
            .GroupBy(l => new { l.QuestionCode, l.NeedsRevalidation, l.LatestReviewStatus, Current = l.LatestReviewRevisionId == l.Item!.CurrentRevisionId })
            .Select(g => g.Key)
            .ToListAsync(ct);
        // The link's own rule (a review counts only for the version it judged), fed with "same version or not".
        return links.Select(l => new EvidenceLinkRow(l.QuestionCode,
            new EvidenceLink { QuestionCode = l.QuestionCode, LatestReviewStatus = l.LatestReviewStatus, LatestReviewRevisionId = l.Current ? 0 : -1 }.StateFor(0),
            l.NeedsRevalidation)).ToList();
    }

    /// <summary>Active staff per unit, those who signed a (not voided) pact in the year, and the first unsigned names: three aggregate queries.</summary>
    private async Task<PactCounts> PactCountsAsync(List<int> unitIds, int year, CancellationToken ct)
    {
        var yearStart = new DateOnly(year, 1, 1);
        var yearEnd = new DateOnly(year, 12, 31);
        var signatures = db.Set<PactSignature>().Where(p => p.VoidedAtUtc == null && p.SignedOn >= yearStart && p.SignedOn <= yearEnd && unitIds.Contains(p.SignerUnitId));
        var active = db.Staff.AsNoTracking().Where(s => unitIds.Contains(s.UnitId) && s.IsActive);
        var activeCounts = await active.GroupBy(s => s.UnitId).Select(g => new { UnitId = g.Key, Count = g.Count() }).ToListAsync(ct);
        var signedCounts = (await active.Where(s => signatures.Any(p => p.StaffMemberId == s.Id))
                .GroupBy(s => s.UnitId).Select(g => new { UnitId = g.Key, Count = g.Count() }).ToListAsync(ct))
            .ToDictionary(x => x.UnitId, x => x.Count);
        var unsigned = await active.Where(s => !signatures.Any(p => p.StaffMemberId == s.Id))
            .OrderBy(s => s.FullName).ThenBy(s => s.Id).Select(s => s.FullName).Take(PactCounts.NamesShown).ToListAsync(ct);
        return new PactCounts(activeCounts.Select(a => new PactUnitCount(a.UnitId, a.Count, signedCounts.GetValueOrDefault(a.UnitId))).ToList(), unsigned);
    }
}
