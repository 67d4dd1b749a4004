using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using ZonaIntegritas.Web.Configuration;
using ZonaIntegritas.Web.Domain.Common;
using ZonaIntegritas.Web.Infrastructure.Authorization;
using ZonaIntegritas.Web.Infrastructure.Web;
using ZonaIntegritas.Web.Infrastructure.Web.DomainErrors;

namespace ZonaIntegritas.Web.Features.ChangeAgents;

/// <summary>The Agen Perubahan register. Readers see it (not Pegawai); KetuaTim/Administrator manage it.</summary>
[Authorize(Policy = Permissions.ViewChangeAgents)]
[Route("agen-perubahan")]
public sealed class ChangeAgentsController(ChangeAgentService agents) : Controller
{
    public const string PanelView = "~/Features/ChangeAgents/Components/ChangeAgentInputs.cshtml";

    [HttpGet("")]
    public async Task<IActionResult> Index(int? unitId, int? year, CancellationToken ct) =>
        View(await agents.GetIndexAsync(unitId, year, ct));

    [HttpGet("agen/{id:int?}")]
    public async Task<IActionResult> Agent(int id, CancellationToken ct) =>
        View(await agents.GetAgentAsync(id, ct));

    [HttpGet("pindaian/{id:int?}")]
    public async Task<IActionResult> Scan(int id, CancellationToken ct)
    {
        var (content, contentType, fileName) = await agents.OpenScanAsync(id, ct);
        return File(content, contentType, fileName);
    }

    [HttpGet("sk/{id:int?}"), Authorize(Policy = Permissions.ManageRosters)]
    public async Task<IActionResult> Decree(int? id, int? unitId, CancellationToken ct) => View(await agents.DecreeFormAsync(id, unitId, ct));

    [HttpPost("sk/{id:int?}"), ValidateAntiForgeryToken, Authorize(Policy = Permissions.ManageRosters)]
    [OnDomainError(DomainErrorResponse.Form)]
    public async Task<IActionResult> Decree(SaveAgentDecreeInput input, [FromServices] IValidator<SaveAgentDecreeInput> validator, CancellationToken ct)
    {
        if (await validator.ValidateIntoAsync(input, ModelState))
        {
            await agents.SaveDecreeAsync(input, ct);
            TempData["Success"] = "SK Agen Perubahan disimpan.";
            return RedirectToAction(nameof(Index), new { unitId = input.UnitId });
        }
        return View((await agents.DecreeFormAsync(input.Id, input.UnitId, ct)) with { Input = input });
    }

    [HttpPost("tambah-agen"), ValidateAntiForgeryToken, Authorize(Policy = Permissions.ManageRosters)]
    [OnDomainError(DomainErrorResponse.Form)]
    public async Task<IActionResult> AddAgent(AddChangeAgentInput input, int unitId, int year, [FromServices] IValidator<AddChangeAgentInput> validator, CancellationToken ct)
    {
        if (await validator.ValidateIntoAsync(input, ModelState))
        {
            await agents.AddAgentAsync(input, ct);
            TempData["Success"] = "Agen perubahan ditambahkan.";
        }
        else
        {
            TempData["Error"] = string.Join(" ", ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage));
        }
        return RedirectToAction(nameof(Index), new { unitId, year });
    }

    [HttpPost("ubah-agen"), ValidateAntiForgeryToken, Authorize(Policy = Permissions.ManageRosters)]
    public async Task<IActionResult> UpdateAgent(UpdateChangeAgentInput input, [FromServices] IValidator<UpdateChangeAgentInput> validator, CancellationToken ct)
    {
        if (await validator.ValidateIntoAsync(input, ModelState))
        {
            await agents.UpdateAgentAsync(input, ct);
            TempData["Success"] = "Data agen perubahan disimpan.";
        }
        else
        {
            TempData["Error"] = string.Join(" ", ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage));
        }
        return RedirectToAction(nameof(Agent), new { id = input.Id });
    }

    [HttpGet("proyek/{id:int?}"), Authorize(Policy = Permissions.ManageRosters)]
    public async Task<IActionResult> Project(int? id, int agentId, CancellationToken ct) => View(await agents.ProjectFormAsync(id, agentId, ct));

    [HttpPost("proyek/{id:int?}"), ValidateAntiForgeryToken, Authorize(Policy = Permissions.ManageRosters)]
    [OnDomainError(DomainErrorResponse.Form)]
    public async Task<IActionResult> Project(SaveChangeProjectInput input, [FromServices] IValidator<SaveChangeProjectInput> validator, CancellationToken ct)
    {
        if (await validator.ValidateIntoAsync(input, ModelState))
        {
            await agents.SaveProjectAsync(input, ct);
            TempData["Success"] = "Perubahan disimpan.";
            return RedirectToAction(nameof(Agent), new { id = input.AgentId });
        }
        return View((await agents.ProjectFormAsync(input.Id, input.AgentId, ct)) with { Input = input });
    }

    /// <summary>
    /// Accept or override the register's PRA1A/PRA1B inputs. Answers htmx requests with the refreshed panel
    /// (carrying the values for the worksheet inputs), other requests with a redirect.
    /// </summary>
    [HttpPost("putuskan-masukan"), ValidateAntiForgeryToken, Authorize(Policy = Permissions.AnswerWorksheet)]
    [OnDomainError(DomainErrorResponse.Form)]
    public async Task<IActionResult> DecideInputs([Bind(Prefix = "agentInputs")] DecideAgentInputsInput input, string? returnUrl,
        [FromServices] IValidator<DecideAgentInputsInput> validator, CancellationToken ct)
    {
        IReadOnlyDictionary<string, int>? applied = null;
        if (await validator.ValidateIntoAsync(input, ModelState))
        {
            applied = await agents.DecideAsync(input, ct);
        }
        var error = ModelState.IsValid ? null : string.Join(" ", ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage).Distinct());
        if (Request.Headers.ContainsKey("HX-Request"))
        {
            var panel = await agents.PanelAsync(new WorksheetPanelContext(0, input.UnitId, input.Year, input.QuestionCode, true), ct);
            return panel is null ? BadRequest() : PartialView(PanelView, panel with { Apply = applied, Error = error, Posted = error is null ? null : input });
        }
        if (error is null)
        {
            TempData["Success"] = $"Masukan {input.QuestionCode} dicatat.";
        }
        else
        {
            TempData["Error"] = error;
        }
        return !string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl)
            ? LocalRedirect(returnUrl)
            : RedirectToAction(nameof(Index), new { unitId = input.UnitId, year = input.Year });
    }
}
