using ZonaIntegritas.Web.Infrastructure.Time;

namespace ZonaIntegritas.Web.Configuration;

public static class ClockSetup
{
    /// <summary>The clock (<see cref="TimeProvider"/>) and the unit's "today" (<see cref="UnitClock"/>).</summary>
    public static IServiceCollection AddPortalClock(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<UnitClock>();
        return services;
    }
}
