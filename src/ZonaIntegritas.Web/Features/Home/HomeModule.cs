using ZonaIntegritas.Web.Configuration;

namespace ZonaIntegritas.Web.Features.Home;

public static class HomeModule
{
    public static IServiceCollection AddHome(this IServiceCollection services) =>
        services.AddNavItem(NavItem.ToAction("Beranda", "Home", nameof(HomeController.Index), "bi-house", null, 0));
}
