using ZonaIntegritas.Web.Configuration;
using ZonaIntegritas.Web.Features.Units;
using ZonaIntegritas.Web.Infrastructure.Authorization;

namespace ZonaIntegritas.Web.Features.Users;

public static class UsersModule
{
    public static IServiceCollection AddUsers(this IServiceCollection services)
    {
        services.AddScoped<UsersService>();
        services.AddNavItem(new("Pengguna", "/pengguna", "bi-people", Permissions.ManageUsers, 910, UnitsModule.AdminGroup));
        return services;
    }
}
