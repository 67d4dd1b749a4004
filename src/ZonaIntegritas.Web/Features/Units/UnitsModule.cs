using ZonaIntegritas.Web.Configuration;
using ZonaIntegritas.Web.Infrastructure.Authorization;

namespace ZonaIntegritas.Web.Features.Units;

public sealed class UnitsModule : IFeatureModule
{
    /// <summary>The navigation group shared by the administration features.</summary>
    public const string AdminGroup = "Administrasi";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<UnitsService>();
    }

    public IEnumerable<NavItem> Navigation =>
        [new("Unit Kerja", "/Units", "bi-diagram-3", Permissions.ManageUnits, 900, AdminGroup)];
}
