using ZonaIntegritas.Web.Configuration;
using ZonaIntegritas.Web.Infrastructure.Authorization;

namespace ZonaIntegritas.Web.Features.Units;

public static class UnitsModule
{
    /// <summary>The navigation group shared by the administration features.</summary>
    public const string AdminGroup = "Administrasi";

    public static IServiceCollection AddUnits(this IServiceCollection services)
    {
        services.AddScoped<UnitsService>();
        services.AddNavItem(NavItem.ToAction("Unit Kerja", "Units", nameof(UnitsController.Index), "bi-diagram-3", Permissions.ManageUnits, 900, AdminGroup));
        return services;
    }
}
