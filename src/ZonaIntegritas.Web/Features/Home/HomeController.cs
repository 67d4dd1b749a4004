using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ZonaIntegritas.Web.Domain.Users;
using ZonaIntegritas.Web.Infrastructure.Data;
using ZonaIntegritas.Web.Infrastructure.Identity;

namespace ZonaIntegritas.Web.Features.Home;

public sealed record HomeViewModel(string FullName, string UnitName, IReadOnlyList<string> RoleLabels);

[Route("")]
public sealed class HomeController(AppDbContext db) : Controller
{
    [Route("")]
    public async Task<IActionResult> Index()
    {
        var unitId = User.GetUnitId();
        var unitName = await db.Units.AsNoTracking().Where(u => u.Id == unitId).Select(u => u.Name).FirstOrDefaultAsync() ?? "";
        var roles = Roles.All.Where(User.IsInRole).Select(Roles.Label).ToList();
        return View(new HomeViewModel(User.GetFullName(), unitName, roles));
    }
}
