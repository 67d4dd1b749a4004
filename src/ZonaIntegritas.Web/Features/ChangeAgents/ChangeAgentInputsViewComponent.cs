using Microsoft.AspNetCore.Mvc;
using ZonaIntegritas.Web.Configuration;

namespace ZonaIntegritas.Web.Features.ChangeAgents;

/// <summary>
/// Worksheet panel (order 20): for PRA1A/PRA1B shows the inputs computed from the Agen Perubahan register with
/// "Gunakan angka dari register" and an override-with-reason form; renders nothing for other questions.
/// </summary>
public sealed class ChangeAgentInputsViewComponent(ChangeAgentService agents) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(WorksheetPanelContext context)
    {
        var panel = await agents.PanelAsync(context, HttpContext.RequestAborted);
        return panel is null ? Content("") : View(ChangeAgentsController.PanelView, panel);
    }
}
