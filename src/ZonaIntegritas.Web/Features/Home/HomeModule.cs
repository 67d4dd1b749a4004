using ZonaIntegritas.Web.Configuration;

namespace ZonaIntegritas.Web.Features.Home;

public sealed class HomeModule : IFeatureModule
{
    public IEnumerable<NavItem> Navigation => [new("Beranda", "/", "bi-house", null, 0)];
}
