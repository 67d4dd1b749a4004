using ZonaIntegritas.Web.Configuration;

namespace ZonaIntegritas.Web.Features.Reports;

public sealed class ReportsModule : IFeatureModule
{
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<ReportDataLoader>();
        services.AddScoped<ReportService>();
    }
}
