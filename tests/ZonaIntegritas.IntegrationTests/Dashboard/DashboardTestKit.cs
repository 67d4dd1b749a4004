using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ZonaIntegritas.IntegrationTests.Infrastructure;
using ZonaIntegritas.Web.Domain.Users;

namespace ZonaIntegritas.IntegrationTests.Dashboard;

public static class DashboardTestKit
{
    public static Task<int> UnitIdAsync(PortalFactory factory, string code) =>
        factory.WithDbAsync(db => db.Units.Where(u => u.Code == code).Select(u => u.Id).SingleAsync());

    /// <summary>Creates an account with <paramref name="role"/> at the unit with <paramref name="unitCode"/>.</summary>
    public static async Task CreateUserAsync(PortalFactory factory, string email, string role, string unitCode)
    {
        var unitId = await UnitIdAsync(factory, unitCode);
        await factory.WithScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<AppUser>>();
            var user = new AppUser { UserName = email, Email = email, FullName = "Uji " + email, UnitId = unitId };
            (await users.CreateAsync(user, PortalClient.DemoPassword)).Succeeded.ShouldBeTrue();
            await users.AddToRoleAsync(user, role);
            return 0;
        });
    }
}
