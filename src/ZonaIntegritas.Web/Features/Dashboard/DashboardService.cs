using Microsoft.EntityFrameworkCore;
using ZonaIntegritas.Web.Domain.Assessments;
using ZonaIntegritas.Web.Domain.Units;
using ZonaIntegritas.Web.Features.Assessments;
using ZonaIntegritas.Web.Features.Shared;
using ZonaIntegritas.Web.Infrastructure.Authorization;
using ZonaIntegritas.Web.Infrastructure.Data;
using ZonaIntegritas.Web.Infrastructure.Identity;
using ZonaIntegritas.Web.Infrastructure.Time;

namespace ZonaIntegritas.Web.Features.Dashboard;

/// <summary>
/// The unit dashboard ("Kesiapan ZI"): resolves unit (own by default; any unit in scope, read-only for a parent),
/// year (the latest assessment) and basis, then loads with <see cref="DashboardDataLoader"/>.
/// </summary>
public sealed class DashboardService(AppDbContext db, ResourceAccess scope, ICurrentUser currentUser, DashboardDataLoader loader, UnitClock clock, PortalLinks links)
{
    /// <summary>The dashboard, or null (with the empty model) when the unit has no assessment for the year.</summary>
    public async Task<(DashboardViewModel? Model, DashboardEmptyViewModel? Empty)> GetAsync(int? unitId, int? year, string? basis, CancellationToken ct)
    {
        var (unit, subUnits) = await ResolveUnitAsync(unitId, ct);
        var years = await db.Set<Assessment>().AsNoTracking().Where(a => a.UnitId == unit.Id).Select(a => a.Year).ToListAsync(ct);
        var today = clock.TodayIn(unit.TimeZone);
        var chosenYear = year ?? (years.Count > 0 ? years.Max() : today.Year);
        var assessment = await db.Set<Assessment>().AsNoTracking().FirstOrDefaultAsync(a => a.UnitId == unit.Id && a.Year == chosenYear, ct);
        if (assessment is null)
        {
            return (null, new DashboardEmptyViewModel(unit.Id, unit.Name, chosenYear, currentUser.Has(Permissions.ManageAssessments), subUnits.Count > 1,
                currentUser.Has(Permissions.ViewRollup)));
        }
        var chosenBasis = ScoreBasisText.Parse(basis);
        var data = await loader.LoadAsync(assessment, unit, subUnits, today, chosenBasis, ct);
        var hasAssessor = data.Answers.Assessor.Count > 0;
        var external = data.ExternalBasis;
        if ((chosenBasis == ScoreBasis.Assessor && !hasAssessor) || (chosenBasis == ScoreBasis.External && external is null))
        {
            chosenBasis = ScoreBasis.Unit;
            data = data with { Snapshots = [] };
        }
        var window = assessment.WindowOf(assessment.Stage);
        var header = new DashboardHeader(assessment.Id, unit.Id, unit.Name, assessment.Year, years.OrderDescending().ToList(), assessment.Target, assessment.Stage,
            window?.EndDate, window is null ? null : window.EndDate.DayNumber - today.DayNumber, chosenBasis,
            [
                new(ScoreBasis.Unit, ScoreBasis.Unit.Key(), ScoreBasis.Unit.Label(), true),
                new(ScoreBasis.Assessor, ScoreBasis.Assessor.Key(), ScoreBasis.Assessor.Label(), hasAssessor),
                new(ScoreBasis.External, ScoreBasis.External.Key(), external is null ? ScoreBasis.External.Label() : $"{ScoreBasis.External.Label()} ({external.Stage.ToString().ToUpperInvariant()})", external is not null),
            ],
            data.External.OrderBy(e => e.Stage).Select(e => new ExternalRow(e.Stage.Label(), e.Passed, e.Date, e.Note)).ToList(),
            unit.TimeZone, currentUser.UnitId != unit.Id);
        return (DashboardBuilder.Build(data, header, links), null);
    }

    /// <summary>The unit (own by default) after the scope check, and the unit with its descendants.</summary>
    public async Task<(OrgUnit Unit, IReadOnlyList<OrgUnit> Subtree)> ResolveUnitAsync(int? unitId, CancellationToken ct)
    {
        var id = unitId ?? currentUser.UnitId ?? throw new ForbiddenException();
        await scope.EnsureAccessAsync(id, ct);
        var units = await db.Units.AsNoTracking().ToListAsync(ct);
        var unit = units.FirstOrDefault(u => u.Id == id) ?? throw new NotFoundException();
        var ids = UnitScope.Descendants(units.Select(u => (u.Id, u.ParentId)), id);
        return (unit, units.Where(u => ids.Contains(u.Id)).OrderBy(u => u.Id == id ? 0 : 1).ThenBy(u => u.Name, StringComparer.Ordinal).ToList());
    }
}
