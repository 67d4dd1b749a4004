using ZonaIntegritas.Web.Configuration;
using ZonaIntegritas.Web.Features.Units;
using ZonaIntegritas.Web.Infrastructure.Authorization;

namespace ZonaIntegritas.Web.Features.Users;

public static class UsersModule
{
    public static IServiceCollection AddUsers(this IServiceCollection services)
    {
        services.AddScoped<UsersService>();
        services.AddNavItem(NavItem.ToAction("Pengguna", "Users", nameof(UsersController.Index), "bi-people", Permissions.ManageUsers, 910, UnitsModule.AdminGroup));
        return services;
    }
}
