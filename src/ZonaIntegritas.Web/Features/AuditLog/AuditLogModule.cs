using ZonaIntegritas.Web.Configuration;
using ZonaIntegritas.Web.Features.Units;
using ZonaIntegritas.Web.Infrastructure.Authorization;

namespace ZonaIntegritas.Web.Features.AuditLog;

public static class AuditLogModule
{
    public static IServiceCollection AddAuditLog(this IServiceCollection services)
    {
        services.AddScoped<AuditLogService>();
        services.AddNavItem(NavItem.ToAction("Log Audit", "AuditLog", nameof(AuditLogController.Index), "bi-journal-check", Permissions.ViewAuditLog, 950, UnitsModule.AdminGroup));
        return services;
    }
}
