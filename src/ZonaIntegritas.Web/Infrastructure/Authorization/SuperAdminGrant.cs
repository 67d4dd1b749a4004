using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using ZonaIntegritas.Web.Configuration;
using ZonaIntegritas.Web.Domain.Users;

namespace ZonaIntegritas.Web.Infrastructure.Authorization;

/// <summary>
/// Grants <see cref="Roles.SuperAdmin"/> at start-up to exactly the accounts listed in
/// <c>Security:SuperAdminEmails</c> (array or comma-separated) and takes it from every other account: the
/// configuration of the server is the only source of the global role. Nothing is listed by default.
/// </summary>
public sealed class SuperAdminGrant(UserManager<AppUser> users, RoleManager<IdentityRole> roles, IConfiguration configuration, ILogger<SuperAdminGrant> logger) : IStartupTask
{
    public int Order => 5;

    public static IReadOnlySet<string> ConfiguredEmails(IConfiguration configuration)
    {
        var section = configuration.GetSection("Security:SuperAdminEmails");
        var values = section.GetChildren().Select(c => c.Value).Append(section.Value);
        return values.Where(v => !string.IsNullOrWhiteSpace(v))
            .SelectMany(v => v!.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    public async Task RunAsync(IServiceProvider services, CancellationToken ct)
    {
        var wanted = ConfiguredEmails(configuration);
        if (!await roles.RoleExistsAsync(Roles.SuperAdmin))
        {
            await roles.CreateAsync(new IdentityRole(Roles.SuperAdmin));
        }
        foreach (var user in await users.GetUsersInRoleAsync(Roles.SuperAdmin))
        {
            if (user.Email is null || !wanted.Contains(user.Email))
            {
                await users.RemoveFromRoleAsync(user, Roles.SuperAdmin);
                logger.LogWarning("Super Admin role removed from {UserId}: not listed in Security:SuperAdminEmails", user.Id);
            }
        }
        foreach (var email in wanted)
        {
            var user = await users.Users.FirstOrDefaultAsync(u => u.NormalizedEmail == email.ToUpperInvariant(), ct);
            if (user is null)
            {
                logger.LogWarning("Security:SuperAdminEmails lists {Email}, which has no account", email);
            }
            else if (!await users.IsInRoleAsync(user, Roles.SuperAdmin))
            {
                await users.AddToRoleAsync(user, Roles.SuperAdmin);
                logger.LogInformation("Super Admin role granted to {UserId} from Security:SuperAdminEmails", user.Id);
            }
        }
    }
}
