using ZonaIntegritas.Web.Domain.Units;

namespace ZonaIntegritas.Web.Features.IntegrityPacts.Common;

public static class PactDates
{
    /// <summary>Today's date in the unit's time zone (campaign dates are the unit's local dates).</summary>
    public static DateOnly Today(TimeProvider clock, IndonesianTimeZone zone) =>
        DateOnly.FromDateTime(zone.ToLocal(clock.GetUtcNow().UtcDateTime));
}
