using ZonaIntegritas.Web.Configuration;
using ZonaIntegritas.Web.Features.Units;
using ZonaIntegritas.Web.Infrastructure.Authorization;

namespace ZonaIntegritas.Web.Features.StaffImport;

public static class StaffImportModule
{
    public static IServiceCollection AddStaffImport(this IServiceCollection services)
    {
        services.AddScoped<StaffImportService>();
        services.AddSingleton<StaffImportStore>();
        services.AddNavItem(NavItem.ToAction("Impor Pegawai", "StaffImport", nameof(StaffImportController.Index), "bi-upload", Permissions.ManageStaff, 930, UnitsModule.AdminGroup));
        return services;
    }
}
