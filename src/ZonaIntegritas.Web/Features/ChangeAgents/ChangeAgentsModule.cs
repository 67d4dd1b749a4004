using ZonaIntegritas.Web.Configuration;
using ZonaIntegritas.Web.Infrastructure.Authorization;

namespace ZonaIntegritas.Web.Features.ChangeAgents;

public static class ChangeAgentsModule
{
    public static IServiceCollection AddChangeAgents(this IServiceCollection services)
    {
        services.AddScoped<ChangeAgentService>();
        services.AddScoped<IChangeAgentStatistics, ChangeAgentStatistics>();
        services.AddNavItem(NavItem.ToAction("Agen Perubahan", "ChangeAgents", nameof(ChangeAgentsController.Index), "bi-lightning-charge", Permissions.ViewChangeAgents, 31, "Pembangunan ZI"));
        services.AddWorksheetPanel(new("ChangeAgentInputs", 20));
        return services;
    }
}
