using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ZonaIntegritas.Web.Domain.Assessments;
using ZonaIntegritas.Web.Domain.Common;
using ZonaIntegritas.Web.Features.Assessments;
using ZonaIntegritas.Web.Infrastructure.Authorization;
using ZonaIntegritas.Web.Infrastructure.Data;

namespace ZonaIntegritas.Web.Features.ReviewCycle;

public sealed record QueueRow(int AssessmentId, string UnitName, int Year, AssessmentStage Stage, int Round, IReadOnlyList<string> Codes);

public sealed record QueueViewModel(string Title, string TestId, string Empty, IReadOnlyList<QueueRow> Rows, bool ForReview);

/// <summary>Home: "Menunggu reviu Anda": submitted or in-review assessments of the units the penilai may review.</summary>
public sealed class ReviewQueueViewComponent(AppDbContext db, ResourceAccess scope, AssessmentAccess access) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        if (!access.Has(Permissions.ReviewAssessments))
        {
            return Content("");
        }
        var units = await scope.VisibleUnitIdsAsync(HttpContext.RequestAborted);
        var rows = await db.Set<Assessment>().AsNoTracking()
            .Where(a => units.Contains(a.UnitId) && (a.Stage == AssessmentStage.Submitted || a.Stage == AssessmentStage.InternalReview))
            .Join(db.Units, a => a.UnitId, u => u.Id, (a, u) => new { a.Id, u.Name, a.Year, a.Stage, a.Round })
            .ToListAsync(HttpContext.RequestAborted);
        return View("~/Features/ReviewCycle/_Queue.cshtml", new QueueViewModel("Menunggu reviu Anda", "review-queue", "Tidak ada penilaian yang menunggu reviu.",
            rows.OrderBy(r => r.Name, StringComparer.Ordinal).Select(r => new QueueRow(r.Id, r.Name, r.Year, r.Stage, r.Round, [])).ToList(), true));
    }
}

/// <summary>Home: "Perlu perbaikan untuk Anda": questions returned in Tindak Lanjut in the areas the Tim member edits.</summary>
public sealed class FixQueueViewComponent(AppDbContext db, ResourceAccess scope, AssessmentAccess access) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        if (!access.Has(Permissions.AnswerWorksheet))
        {
            return Content("");
        }
        var ct = HttpContext.RequestAborted;
        var units = await scope.VisibleUnitIdsAsync(ct);
        var open = await db.Set<Assessment>().AsNoTracking()
            .Where(a => units.Contains(a.UnitId) && a.Stage == AssessmentStage.FollowUp)
            .Join(db.Units, a => a.UnitId, u => u.Id, (a, u) => new { a.Id, a.UnitId, u.Name, u.TimeZone, a.Year, a.Stage, a.Round })
            .ToListAsync(ct);
        var rows = new List<QueueRow>();
        foreach (var a in open)
        {
            var mine = await scope.EditableAreasAsync(a.UnitId, access.TodayIn(a.TimeZone), ct);
            var codes = (await db.Set<AssessorAnswer>().AsNoTracking().Where(x => x.AssessmentId == a.Id && x.NeedsFix).Select(x => x.QuestionCode).ToListAsync(ct))
                .Where(c => ChangeAreas.FromLkeCode(c) is { } letter && mine.Contains(letter)).Order(StringComparer.Ordinal).ToList();
            if (codes.Count > 0)
            {
                rows.Add(new QueueRow(a.Id, a.Name, a.Year, a.Stage, a.Round, codes));
            }
        }
        return View("~/Features/ReviewCycle/_Queue.cshtml", new QueueViewModel("Perlu perbaikan untuk Anda", "fix-queue", "Tidak ada pertanyaan yang perlu Anda perbaiki.", rows, false));
    }
}
