using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ZonaIntegritas.Web.Domain.Assessments;
using ZonaIntegritas.Web.Domain.Lke;
using ZonaIntegritas.Web.Infrastructure.Data;

namespace ZonaIntegritas.Web.Features.Assessments;

public sealed record AssessmentSummaryViewModel(AssessmentHeader? Header, ScoreBoard? Score);

/// <summary>Home page widget: the latest assessment of the user's own unit with Pengungkit, projected total and progress.</summary>
public sealed class AssessmentSummaryViewComponent(AppDbContext db, AssessmentAccess access) : ViewComponent
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
                var answers = await access.AnswersAsync(id, HttpContext.RequestAborted);
                var score = LkeScorer.Score(ctx.Template, answers.UnitSet(ctx.Unit.HoldsWbk));
                model = new AssessmentSummaryViewModel(AssessmentService.Header(ctx), ScoreBoard.Build(ctx.Template, score, answers.Hasil, ctx.Assessment.Target));
            }
        }
        return View("~/Features/Assessments/_SummaryWidget.cshtml", model);
    }
}
