using ZonaIntegritas.Web.Configuration;
using ZonaIntegritas.Web.Infrastructure.Lke;

namespace ZonaIntegritas.Web.Features.Lke;

public sealed class LkeModule : IFeatureModule
{
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddMemoryCache();
        services.AddSingleton<DbLkeTemplateProvider>();
        services.AddSingleton<ILkeTemplateProvider>(sp => sp.GetRequiredService<DbLkeTemplateProvider>());
    }
}
