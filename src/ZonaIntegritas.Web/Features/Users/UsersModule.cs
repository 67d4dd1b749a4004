using ZonaIntegritas.Web.Configuration;
using ZonaIntegritas.Web.Features.Units;
using ZonaIntegritas.Web.Infrastructure.Authorization;

namespace ZonaIntegritas.Web.Features.Users;

public sealed class UsersModule : IFeatureModule
{
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<UsersService>();
    }

    public IEnumerable<NavItem> Navigation =>
        [new("Pengguna", "/Users", "bi-people", Permissions.ManageUsers, 910, UnitsModule.AdminGroup)];
}
