using ZonaIntegritas.Web.Configuration;
using ZonaIntegritas.Web.Features.Units;
using ZonaIntegritas.Web.Infrastructure.Authorization;

namespace ZonaIntegritas.Web.Features.StaffImport;

public sealed class StaffImportModule : IFeatureModule
{
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<StaffImportService>();
        services.AddSingleton<StaffImportStore>();
    }

    public IEnumerable<NavItem> Navigation =>
        [new("Impor Pegawai", "/StaffImport", "bi-upload", Permissions.ManageStaff, 930, UnitsModule.AdminGroup)];
}
