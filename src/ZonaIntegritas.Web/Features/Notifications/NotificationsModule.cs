namespace ZonaIntegritas.Web.Features.Notifications;

public static class NotificationsModule
{
    public static IServiceCollection AddNotifications(this IServiceCollection services) => services.AddScoped<NotificationService>();
}
