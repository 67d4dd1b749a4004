using ZonaIntegritas.Web.Configuration;
using ZonaIntegritas.Web.Infrastructure.Authorization;

namespace ZonaIntegritas.Web.Features.LkeVersions;

public sealed class LkeVersionsModule : IFeatureModule
{
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<LkeVersionService>();
    }

    public IEnumerable<NavItem> Navigation =>
        [new("Versi LKE", "/LkeVersions", "bi-diagram-3", Permissions.ManageLkeTemplates, 900, "Administrasi")];
}
