using ZonaIntegritas.Web.Configuration;
using ZonaIntegritas.Web.Infrastructure.Lke;

namespace ZonaIntegritas.Web.Features.Lke;

public static class LkeModule
{
    public static IServiceCollection AddLke(this IServiceCollection services)
    {
        services.AddMemoryCache();
        services.AddSingleton<DbLkeTemplateProvider>();
        services.AddSingleton<ILkeTemplateProvider>(sp => sp.GetRequiredService<DbLkeTemplateProvider>());
        services.AddStartupTask<ShippedLkeTemplatesStartupTask>();
        return services;
    }
}
