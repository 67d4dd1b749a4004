using ZonaIntegritas.Web.Configuration;
using ZonaIntegritas.Web.Infrastructure.Authorization;

namespace ZonaIntegritas.Web.Features.ChangeAgents;

public sealed class ChangeAgentsModule : IFeatureModule
{
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<ChangeAgentService>();
        services.AddScoped<IChangeAgentStatistics, ChangeAgentStatistics>();
    }

    public IEnumerable<NavItem> Navigation => [new("Agen Perubahan", "/ChangeAgents", "bi-lightning-charge", Permissions.ViewChangeAgents, 31, "Pembangunan ZI")];

    public IEnumerable<WorksheetPanel> WorksheetPanels => [new("ChangeAgentInputs", 20)];
}
