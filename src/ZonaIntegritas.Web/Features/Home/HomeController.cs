using Microsoft.AspNetCore.Mvc;
using ZonaIntegritas.Web.Domain.Users;
using ZonaIntegritas.Web.Infrastructure.Identity;
using ZonaIntegritas.Web.Infrastructure.Units;
using ZonaIntegritas.Web.Infrastructure.Web.PageCache;

namespace ZonaIntegritas.Web.Features.Home;

public sealed record HomeViewModel(string FullName, string UnitName, IReadOnlyList<string> RoleLabels);

[Route("")]
public sealed class HomeController(UnitDirectory units) : Controller
{
    [CachedPage]
    [Route("")]
    public async Task<IActionResult> Index()
    {
        var unitId = User.GetUnitId();
        var unitName = unitId is { } id ? (await units.FindAsync(id, HttpContext.RequestAborted))?.Name ?? "" : "";
        var roles = Roles.All.Where(User.IsInRole).Select(Roles.Label).ToList();
        return View(new HomeViewModel(User.GetFullName(), unitName, roles));
    }
}
