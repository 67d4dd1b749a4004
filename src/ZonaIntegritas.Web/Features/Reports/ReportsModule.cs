using ZonaIntegritas.Web.Configuration;

namespace ZonaIntegritas.Web.Features.Reports;

public static class ReportsModule
{
    public static IServiceCollection AddReports(this IServiceCollection services)
    {
        services.AddScoped<ReportDataLoader>();
        services.AddScoped<ReportService>();
        services.AddStartupTask<ReportDemoData>();
        return services;
    }
}
