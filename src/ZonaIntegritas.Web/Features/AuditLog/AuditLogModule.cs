using ZonaIntegritas.Web.Configuration;
using ZonaIntegritas.Web.Features.Units;
using ZonaIntegritas.Web.Infrastructure.Authorization;

namespace ZonaIntegritas.Web.Features.AuditLog;

public sealed class AuditLogModule : IFeatureModule
{
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<AuditLogService>();
    }

    public IEnumerable<NavItem> Navigation =>
        [new("Log Audit", "/AuditLog", "bi-journal-check", Permissions.ViewAuditLog, 950, UnitsModule.AdminGroup)];
}
