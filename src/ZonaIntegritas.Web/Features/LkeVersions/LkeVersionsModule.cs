using ZonaIntegritas.Web.Configuration;
using ZonaIntegritas.Web.Infrastructure.Authorization;

namespace ZonaIntegritas.Web.Features.LkeVersions;

public static class LkeVersionsModule
{
    public static IServiceCollection AddLkeVersions(this IServiceCollection services)
    {
        services.AddScoped<LkeVersionService>();
        services.AddNavItem(NavItem.ToAction("Versi LKE", "LkeVersions", nameof(LkeVersionsController.Index), "bi-diagram-3", Permissions.ManageLkeTemplates, 900, "Administrasi"));
        return services;
    }
}
