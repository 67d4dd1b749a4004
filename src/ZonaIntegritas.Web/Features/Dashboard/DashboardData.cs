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
using ZonaIntegritas.Web.Infrastructure.Lke;

namespace ZonaIntegritas.Web.Features.Dashboard;

public sealed record EvidenceLinkRow(string QuestionCode, EvidenceLinkState State, bool NeedsRevalidation);

public sealed record PlanItemRow(int Id, string AreaCode, string Activity, int PicStaffId, string PicName, DateOnly EndMonth, WorkPlanStatus Status, IReadOnlyList<string> Questions);

public sealed record StaffRow(int Id, string FullName, int UnitId);

/// <summary>Everything one unit dashboard shows, loaded with a fixed number of queries whatever the data size.</summary>
public sealed record DashboardData(
    Assessment Assessment,
    OrgUnit Unit,
    IReadOnlyList<OrgUnit> SubUnits,
    LkeTemplate Template,
    DateOnly Today,
    AssessmentAnswers Answers,
    IReadOnlyList<ExternalStageResult> External,
    IReadOnlyList<EvidenceLinkRow> Evidence,
    IReadOnlyList<RosterMember> Roster,
    IReadOnlyList<PlanItemRow> PlanItems,
    IReadOnlyList<StaffRow> ActiveStaff,
    IReadOnlySet<int> SignedStaff,
    IReadOnlyList<ScoreSnapshot> Snapshots);

/// <summary>Loads <see cref="DashboardData"/>: about a dozen SQL queries, none per question, item or unit.</summary>
public sealed class DashboardDataLoader(AppDbContext db, ILkeTemplateProvider templates)
{
    public async Task<DashboardData> LoadAsync(Assessment assessment, OrgUnit unit, IReadOnlyList<OrgUnit> subUnits, DateOnly today, ScoreBasis basis, CancellationToken ct)
    {
        var id = assessment.Id;
        var template = await templates.GetAsync(assessment.LkeVersionCode, ct);
        var unitAnswers = await db.Set<UnitAnswer>().AsNoTracking().Where(a => a.AssessmentId == id).ToListAsync(ct);
        var hasil = await db.Set<HasilEntry>().AsNoTracking().Where(a => a.AssessmentId == id).ToListAsync(ct);
        var assessor = await db.Set<AssessorAnswer>().AsNoTracking().Where(a => a.AssessmentId == id).ToListAsync(ct);
        var external = await db.Set<ExternalStageResult>().AsNoTracking().Where(e => e.AssessmentId == id).ToListAsync(ct);

        var links = await db.Set<EvidenceLink>().AsNoTracking()
            .Where(l => l.UnitId == unit.Id && l.Year == assessment.Year && l.Item!.DeletedAtUtc == null)
            .Select(l => new { l.QuestionCode, l.NeedsRevalidation, l.LatestReviewStatus, l.LatestReviewRevisionId, l.Item!.CurrentRevisionId })
            .ToListAsync(ct);
        var evidence = links.Select(l => new EvidenceLinkRow(l.QuestionCode,
            new EvidenceLink { QuestionCode = l.QuestionCode, LatestReviewStatus = l.LatestReviewStatus, LatestReviewRevisionId = l.LatestReviewRevisionId }.StateFor(l.CurrentRevisionId),
            l.NeedsRevalidation)).ToList();

        var roster = await db.Set<TeamMembership>().AsNoTracking()
            .Where(m => m.Decree!.UnitId == unit.Id && m.Decree.ValidFrom <= today && today <= m.Decree.ValidTo && m.ValidFrom <= today && today <= m.ValidTo)
            .Select(m => new RosterMember(m.Id, m.StaffMemberId, m.StaffMember!.FullName, m.StaffMember.Nip, m.Role, m.AreaCode, m.ValidFrom, m.ValidTo))
            .ToListAsync(ct);

        var items = await db.Set<WorkPlanItem>().AsNoTracking()
            .Where(i => i.Plan!.UnitId == unit.Id && i.Plan.Year == assessment.Year)
            .Select(i => new { i.Id, i.AreaCode, i.Activity, i.PicStaffId, PicName = i.Pic!.FullName, i.EndMonth, i.Status, Questions = i.Questions.Select(q => q.QuestionCode).ToList() })
            .ToListAsync(ct);
        var planItems = items.Select(i => new PlanItemRow(i.Id, i.AreaCode, i.Activity, i.PicStaffId, i.PicName, i.EndMonth, i.Status, i.Questions)).ToList();

        var unitIds = subUnits.Select(u => u.Id).ToList();
        var staff = await db.Staff.AsNoTracking().Where(s => unitIds.Contains(s.UnitId) && s.IsActive)
            .Select(s => new StaffRow(s.Id, s.FullName, s.UnitId)).ToListAsync(ct);
        var yearStart = new DateOnly(assessment.Year, 1, 1);
        var yearEnd = new DateOnly(assessment.Year, 12, 31);
        var signed = await db.Set<PactSignature>().AsNoTracking()
            .Where(s => s.VoidedAtUtc == null && s.SignedOn >= yearStart && s.SignedOn <= yearEnd && unitIds.Contains(s.SignerUnitId))
            .Select(s => s.StaffMemberId).Distinct().ToListAsync(ct);

        var snapshots = await db.Set<ScoreSnapshot>().AsNoTracking()
            .Where(s => s.AssessmentId == id && s.Basis == basis)
            .OrderBy(s => s.Day)
            .ToListAsync(ct);

        return new DashboardData(assessment, unit, subUnits, template, today,
            new AssessmentAnswers(unitAnswers, hasil, assessor), external, evidence, roster, planItems,
            staff, signed.ToHashSet(), snapshots);
    }
}
