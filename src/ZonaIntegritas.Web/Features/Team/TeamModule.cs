using ZonaIntegritas.Web.Configuration;
using ZonaIntegritas.Web.Infrastructure.Authorization;

namespace ZonaIntegritas.Web.Features.Team;

public static class TeamModule
{
    public static IServiceCollection AddTeam(this IServiceCollection services)
    {
        services.AddScoped<TeamService>();
        services.AddScoped<TeamRosterEvidence>();
        services.AddScoped<ITeamRoster, TeamRoster>();
        // The roster decides change-area rights from now on (Program.cs calls this after the authorization setup).
        services.AddScoped<IChangeAreaAccess, RosterChangeAreaAccess>();
        services.AddStartupTask<RosterDemoData>();
        services.AddNavItem(NavItem.ToAction("Tim ZI", "Team", nameof(TeamController.Index), "bi-people", Permissions.ViewRosters, 30, "Pembangunan ZI"));
        return services;
    }
}
