using ZonaIntegritas.Web.Configuration;
using ZonaIntegritas.Web.Features.Units;
using ZonaIntegritas.Web.Infrastructure.Authorization;

namespace ZonaIntegritas.Web.Features.Staff;

public static class StaffModule
{
    public static IServiceCollection AddStaff(this IServiceCollection services)
    {
        services.AddScoped<StaffService>();
        services.AddNavItem(NavItem.ToAction("Pegawai", "Staff", nameof(StaffController.Index), "bi-person-vcard", Permissions.ViewStaff, 920, UnitsModule.AdminGroup));
        return services;
    }
}
