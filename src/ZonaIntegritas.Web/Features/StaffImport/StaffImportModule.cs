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
        services.AddNavItem(new("Impor Pegawai", "/pegawai/impor", "bi-upload", Permissions.ManageStaff, 930, UnitsModule.AdminGroup));
        return services;
    }
}
