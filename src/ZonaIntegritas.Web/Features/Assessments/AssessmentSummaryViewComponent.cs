using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ZonaIntegritas.Web.Domain.Assessments;
using ZonaIntegritas.Web.Infrastructure.Data;

namespace ZonaIntegritas.Web.Features.Assessments;

/// <summary><paramref name="Score"/> is the official score (<see cref="OfficialScore"/>); <paramref name="SelfScore"/> the unit's own when they differ in basis.</summary>
public sealed record AssessmentSummaryViewModel(AssessmentHeader? Header, ScoreBoard? Score, ScoreBoard? SelfScore = null, string? Basis = null);

/// <summary>Home page widget: the latest assessment of the user's own unit with Pengungkit, projected total and progress.</summary>
public sealed class AssessmentSummaryViewComponent(AppDbContext db, AssessmentAccess access, AnswerCache answers) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var model = new AssessmentSummaryViewModel(null, null);
        if (access.UserUnitId is { } unitId)
        {
            var latest = await db.Set<Assessment>().AsNoTracking().Where(a => a.UnitId == unitId)
                .OrderByDescending(a => a.Year).Select(a => (int?)a.Id).FirstOrDefaultAsync();
            if (latest is { } id)
            {
                var ctx = await access.LoadAsync(id, HttpContext.RequestAborted);
                // Read on every home page: answers and score come from the cache while the answers' stamp is unchanged.
                var official = OfficialScore.Of(ctx, await answers.GetAsync(id, HttpContext.RequestAborted));
                model = new AssessmentSummaryViewModel(AssessmentService.Header(ctx), official.Official, official.ByAssessor ? official.Unit : null, official.Basis);
            }
        }
        return View("~/Features/Assessments/_SummaryWidget.cshtml", model);
    }
}
