using ZonaIntegritas.Web.Domain.Units;

namespace ZonaIntegritas.Web.Infrastructure.Time;

/// <summary>
/// The portal's one clock: UTC from <see cref="TimeProvider"/> (never <c>DateTime.UtcNow</c>), and "now"/"today"
/// in a unit's time zone (WIB/WITA/WIT). Rights and windows are calendar days of the unit, so near midnight a
/// WIT unit is already on the next day while a WIB unit is not. The unit → zone lookup is
/// <see cref="Units.UnitCalendar.TodayAsync"/>.
/// </summary>
public sealed class UnitClock(TimeProvider time)
{
    public DateTime UtcNow => time.GetUtcNow().UtcDateTime;

    public DateTime NowIn(IndonesianTimeZone zone) => zone.ToLocal(UtcNow);

    public DateOnly TodayIn(IndonesianTimeZone zone) => DateOnly.FromDateTime(NowIn(zone));

    /// <summary>The latest calendar date anywhere in Indonesia (WIT): a date after it is in the future for every unit.</summary>
    public DateOnly LatestToday => TodayIn(IndonesianTimeZone.Wit);
}
