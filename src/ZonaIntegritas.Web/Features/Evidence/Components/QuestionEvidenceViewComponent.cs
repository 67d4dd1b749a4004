using Microsoft.AspNetCore.Mvc;
using ZonaIntegritas.Web.Configuration;
using ZonaIntegritas.Web.Domain.Common;
using ZonaIntegritas.Web.Infrastructure.Authorization;

namespace ZonaIntegritas.Web.Features.Evidence;

/// <summary>
/// Worksheet panel (registered as <c>WorksheetPanel("QuestionEvidence", 10)</c>): the evidence of one question
/// with review states and counts, actions to attach or upload (when the worksheet is editable and the user has
/// the area), and review buttons for the PenilaiInternal. Renders nothing for users without evidence rights.
/// </summary>
public sealed class QuestionEvidenceViewComponent(EvidenceListService lists, EvidenceSummaryService summary, EvidenceAccess access) : ViewComponent
{
    /// <summary>Items shown under a question; the rest are on the question's evidence page ("Lihat semua").</summary>
    public const int ShownItems = 10;

    public async Task<IViewComponentResult> InvokeAsync(WorksheetPanelContext context)
    {
        if (!access.Has(Permissions.ViewEvidence) || !(await access.VisibleUnitIdsAsync(HttpContext.RequestAborted)).Contains(context.UnitId))
        {
            return Content("");
        }
        var area = ChangeAreas.FromLkeCode(context.QuestionCode);
        // One query for every question of the tab (the same request asks for each question of the area).
        var items = area is null
            ? await lists.QuestionItemsAsync(context.UnitId, context.Year, context.QuestionCode, HttpContext.RequestAborted, take: ShownItems)
            : (await lists.FirstItemsPerQuestionAsync(context.UnitId, context.Year, area, ShownItems, HttpContext.RequestAborted))
                .GetValueOrDefault(context.QuestionCode) ?? [];
        var canEdit = context.CanEdit && area is not null && (await access.EditableAreasAsync(context.UnitId, HttpContext.RequestAborted)).Contains(area);
        // Counted in SQL once per page for every question (the same request asks for each question of the tab).
        var counts = (await summary.GetAreaCountsAsync(context.UnitId, context.Year, HttpContext.RequestAborted)).ForQuestion(context.QuestionCode);
        var returnUrl = HttpContext.Request.Path + HttpContext.Request.QueryString;
        return View("~/Features/Evidence/Components/QuestionEvidence.cshtml",
            new QuestionPanelViewModel(context.UnitId, context.Year, context.QuestionCode, items, counts, canEdit, access.Has(Permissions.ReviewEvidence), returnUrl));
    }
}
