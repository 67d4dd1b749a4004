using ZonaIntegritas.Web.Configuration;

namespace ZonaIntegritas.Web.Features.Worksheet;

public sealed class WorksheetModule : IFeatureModule
{
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<WorksheetService>();
        services.AddScoped<WorksheetExchangeService>();
    }
}
