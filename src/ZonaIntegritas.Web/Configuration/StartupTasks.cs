using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using ZonaIntegritas.Web.Domain.Users;
using ZonaIntegritas.Web.Infrastructure.Data;
using ZonaIntegritas.Web.Infrastructure.Seeding;

namespace ZonaIntegritas.Web.Configuration;

/// <summary>Work done once at start-up, before serving: migrations, roles, reference data, demo data.</summary>
public interface IStartupTask
{
    int Order => 100;

    Task RunAsync(IServiceProvider services, CancellationToken ct);
}

public static class StartupTasks
{
    public static async Task PrepareDatabaseAsync(this WebApplication app, bool seedDemo)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await PrepareDatabaseAsync(scope.ServiceProvider, seedDemo);
    }

    /// <summary>Migrations, roles, demo data (when wanted) and the feature start-up tasks, in a scope's services.</summary>
    public static async Task PrepareDatabaseAsync(IServiceProvider sp, bool seedDemo)
    {
        var configuration = sp.GetRequiredService<IConfiguration>();
        var environment = sp.GetRequiredService<IHostEnvironment>();
        var db = sp.GetRequiredService<AppDbContext>();
        await DatabaseStartup.MigrateOrVerifyAsync(db, sp.GetRequiredService<DatabaseInfo>(),
            configuration.GetValue("Database:MigrateAtStartup", true), CancellationToken.None);

        var roles = sp.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }

        var demoAllowed = !environment.IsProduction();
        if (seedDemo && !demoAllowed)
        {
            throw new InvalidOperationException("Demo data is never seeded in Production.");
        }
        if (seedDemo || (demoAllowed && configuration.GetValue("Demo:Seed", environment.IsDevelopment())))
        {
            await ActivatorUtilities.CreateInstance<DemoSeeder>(sp).SeedAsync(CancellationToken.None);
        }

        // Feature start-up tasks (e.g. loading the LKE template, feature demo data that needs the demo office)
        // run after the demo seed, in their declared order. Each is registered with AddStartupTask<T>() by the
        // setup or feature that owns it (no assembly scan).
        var tasks = sp.GetServices<IStartupTask>().OrderBy(t => t.Order).ToList();
        foreach (var task in tasks)
        {
            await task.RunAsync(sp, CancellationToken.None);
        }
    }
}
