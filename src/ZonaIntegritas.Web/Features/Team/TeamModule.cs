using ZonaIntegritas.Web.Configuration;
using ZonaIntegritas.Web.Infrastructure.Authorization;

namespace ZonaIntegritas.Web.Features.Team;

public sealed class TeamModule : IFeatureModule
{
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<TeamService>();
        services.AddScoped<TeamRosterEvidence>();
        services.AddScoped<ITeamRoster, TeamRoster>();
        // The roster decides change-area rights from now on (modules run after the authorization setup).
        services.AddScoped<IChangeAreaAccess, RosterChangeAreaAccess>();
    }

    public IEnumerable<NavItem> Navigation => [new("Tim ZI", "/Team", "bi-people", Permissions.ViewRosters, 30, "Pembangunan ZI")];
}
