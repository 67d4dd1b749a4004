namespace ZonaIntegritas.Web.Features.Worksheet;

public static class WorksheetModule
{
    public static IServiceCollection AddWorksheet(this IServiceCollection services)
    {
        services.AddScoped<WorksheetService>();
        services.AddScoped<WorksheetExchangeService>();
        return services;
    }
}
