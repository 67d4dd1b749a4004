using ZonaIntegritas.Web.Configuration;

namespace ZonaIntegritas.Web.Features.Notifications;

public sealed class NotificationsModule : IFeatureModule
{
    public void AddServices(IServiceCollection services, IConfiguration configuration) => services.AddScoped<NotificationService>();
}
