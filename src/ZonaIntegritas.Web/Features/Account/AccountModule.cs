using ZonaIntegritas.Web.Configuration;

namespace ZonaIntegritas.Web.Features.Account;

public sealed class AccountModule : IFeatureModule
{
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
    }
}
