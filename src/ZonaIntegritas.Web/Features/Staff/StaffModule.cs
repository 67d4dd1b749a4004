using ZonaIntegritas.Web.Configuration;
using ZonaIntegritas.Web.Features.Units;
using ZonaIntegritas.Web.Infrastructure.Authorization;

namespace ZonaIntegritas.Web.Features.Staff;

public sealed class StaffModule : IFeatureModule
{
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<StaffService>();
    }

    public IEnumerable<NavItem> Navigation =>
        [new("Pegawai", "/Staff", "bi-person-vcard", Permissions.ViewStaff, 920, UnitsModule.AdminGroup)];
}
