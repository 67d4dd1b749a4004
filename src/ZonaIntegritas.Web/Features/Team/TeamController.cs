using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using ZonaIntegritas.Web.Domain.Common;
using ZonaIntegritas.Web.Infrastructure.Authorization;
using ZonaIntegritas.Web.Infrastructure.Units;
using ZonaIntegritas.Web.Infrastructure.Web;
using ZonaIntegritas.Web.Infrastructure.Web.DomainErrors;

namespace ZonaIntegritas.Web.Features.Team;

/// <summary>The Tim ZI roster: every role may read it; KetuaTim/Administrator manage it.</summary>
[Authorize(Policy = Permissions.ViewRosters)]
public sealed class TeamController(TeamService teams, UnitCalendar calendar) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(int? unitId, int? year, CancellationToken ct) => View(await RosterAsync(unitId, year, ct));

    [HttpGet]
    public async Task<IActionResult> Print(int? unitId, int? year, CancellationToken ct) => View(await teams.GetRosterAsync(unitId, year, ct));

    /// <summary>Files the roster PDF in the evidence library (PPA1A, and PPA1B when the selection mechanism is recorded).</summary>
    [HttpPost, ValidateAntiForgeryToken, Authorize(Policy = Permissions.ManageRosters)]
    [OnDomainError(DomainErrorResponse.RedirectBack, Action = "Print", RouteKeys = ["unitId", "year"])]
    public async Task<IActionResult> FileEvidence(int unitId, int year, [FromServices] TeamRosterEvidence rosterEvidence, CancellationToken ct)
    {
        var itemId = await rosterEvidence.FileAsync(unitId, year, ct);
        TempData["Success"] = "Susunan tim disimpan sebagai eviden di pustaka eviden.";
        return Redirect($"/Evidence/Details/{itemId}");
    }

    [HttpGet]
    public async Task<IActionResult> Scan(int id, CancellationToken ct)
    {
        var (content, contentType, fileName) = await teams.OpenScanAsync(id, ct);
        return File(content, contentType, fileName);
    }

    [HttpGet, Authorize(Policy = Permissions.ManageRosters)]
    public async Task<IActionResult> Decree(int? id, int? unitId, int? year, CancellationToken ct) =>
        View(await teams.DecreeFormAsync(id, unitId, year, ct));

    [HttpPost, ValidateAntiForgeryToken, Authorize(Policy = Permissions.ManageRosters)]
    [OnDomainError(DomainErrorResponse.Form)]
    public async Task<IActionResult> Decree(SaveTeamDecreeInput input, [FromServices] IValidator<SaveTeamDecreeInput> validator, CancellationToken ct)
    {
        if (await validator.ValidateIntoAsync(input, ModelState))
        {
            await teams.SaveDecreeAsync(input, ct);
            TempData["Success"] = "SK Tim ZI disimpan.";
            return RedirectToAction(nameof(Index), new { unitId = input.UnitId, year = input.Year });
        }
        var form = await teams.DecreeFormAsync(input.Id, input.UnitId, input.Year, ct);
        return View(form with { Input = input });
    }

    [HttpPost, ValidateAntiForgeryToken, Authorize(Policy = Permissions.ManageRosters)]
    [OnDomainError(DomainErrorResponse.Form)]
    public async Task<IActionResult> AddMember([Bind(Prefix = "AddMember")] AddTeamMemberInput input, int unitId, int year,
        [FromServices] IValidator<AddTeamMemberInput> validator, CancellationToken ct)
    {
        if (await validator.ValidateIntoAsync(input, ModelState, "AddMember"))
        {
            await teams.AddMemberAsync(input, ct);
            TempData["Success"] = "Anggota tim ditambahkan.";
            return RedirectToAction(nameof(Index), new { unitId, year });
        }
        return View(nameof(Index), (await RosterAsync(unitId, year, ct)) with { AddMember = input });
    }

    [HttpGet, Authorize(Policy = Permissions.ManageRosters)]
    public async Task<IActionResult> Replace(int id, CancellationToken ct)
    {
        var (member, unitName, unitId, year) = await teams.GetMemberAsync(id, ct);
        return View(new ReplaceFormViewModel(member, unitName, year, await StaffAsync(unitId, ct), new ReplaceTeamMemberInput { MembershipId = id }));
    }

    [HttpPost, ValidateAntiForgeryToken, Authorize(Policy = Permissions.ManageRosters)]
    [OnDomainError(DomainErrorResponse.Form)]
    public async Task<IActionResult> Replace(ReplaceTeamMemberInput input, [FromServices] IValidator<ReplaceTeamMemberInput> validator, CancellationToken ct)
    {
        var (member, unitName, unitId, year) = await teams.GetMemberAsync(input.MembershipId, ct);
        if (await validator.ValidateIntoAsync(input, ModelState))
        {
            await teams.ReplaceMemberAsync(input.MembershipId, input.SuccessorStaffId!.Value, input.EndDate!.Value, input.Reason!.Value, input.Note, ct);
            TempData["Success"] = $"{member.FullName} diganti. Kegiatan rencana kerja yang masih terbuka telah dipindahkan ke pengganti.";
            return RedirectToAction(nameof(Index), new { unitId, year });
        }
        return View(new ReplaceFormViewModel(member, unitName, year, await StaffAsync(unitId, ct), input));
    }

    [HttpGet, Authorize(Policy = Permissions.ManageRosters)]
    public async Task<IActionResult> End(int id, CancellationToken ct)
    {
        var (member, unitName, _, year) = await teams.GetMemberAsync(id, ct);
        return View(new EndFormViewModel(member, unitName, year, new EndTeamMemberInput { MembershipId = id }));
    }

    [HttpPost, ValidateAntiForgeryToken, Authorize(Policy = Permissions.ManageRosters)]
    [OnDomainError(DomainErrorResponse.Form)]
    public async Task<IActionResult> End(EndTeamMemberInput input, [FromServices] IValidator<EndTeamMemberInput> validator, CancellationToken ct)
    {
        var (member, unitName, unitId, year) = await teams.GetMemberAsync(input.MembershipId, ct);
        if (await validator.ValidateIntoAsync(input, ModelState))
        {
            await teams.EndMembershipAsync(input, ct);
            TempData["Success"] = $"Keanggotaan {member.FullName} diakhiri.";
            return RedirectToAction(nameof(Index), new { unitId, year });
        }
        return View(new EndFormViewModel(member, unitName, year, input));
    }

    [HttpPost, ValidateAntiForgeryToken, Authorize(Policy = Permissions.ManageRosters)]
    [OnDomainError(DomainErrorResponse.RedirectBack)]
    public async Task<IActionResult> Remove(int id, CancellationToken ct)
    {
        var (_, _, unitId, year) = await teams.GetMemberAsync(id, ct);
        await teams.RemoveMemberAsync(id, ct);
        TempData["Success"] = "Keanggotaan dihapus.";
        return RedirectToAction(nameof(Index), new { unitId, year });
    }

    private Task<TeamRosterViewModel> RosterAsync(int? unitId, int? year, CancellationToken ct) =>
        teams.GetRosterAsync(unitId, year, ct);

    private Task<IReadOnlyList<StaffOption>> StaffAsync(int unitId, CancellationToken ct) => calendar.StaffOptionsAsync(unitId, ct);
}
