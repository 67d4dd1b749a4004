namespace ZonaIntegritas.Web.Domain.Units;

/// <summary>The three Indonesian time zones. Times are stored in UTC and shown in the unit's zone.</summary>
public enum IndonesianTimeZone
{
    Wib = 7,
    Wita = 8,
    Wit = 9,
}

public static class IndonesianTimeZones
{
    public static string Label(this IndonesianTimeZone zone) => zone switch
    {
        IndonesianTimeZone.Wita => "WITA",
        IndonesianTimeZone.Wit => "WIT",
        _ => "WIB",
    };

    /// <summary>The zone's <see cref="TimeZoneInfo"/>, looked up once per zone (the lookup reads the system's tz data).</summary>
    public static TimeZoneInfo Info(this IndonesianTimeZone zone) => zone switch
    {
        IndonesianTimeZone.Wita => Wita.Value,
        IndonesianTimeZone.Wit => Wit.Value,
        _ => Wib.Value,
    };

    private static readonly Lazy<TimeZoneInfo> Wib = new(() => Find("Asia/Jakarta", 7));
    private static readonly Lazy<TimeZoneInfo> Wita = new(() => Find("Asia/Makassar", 8));
    private static readonly Lazy<TimeZoneInfo> Wit = new(() => Find("Asia/Jayapura", 9));

    private static TimeZoneInfo Find(string id, int hours)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (TimeZoneNotFoundException)
        {
            // Indonesia has no daylight saving time, so a fixed offset is exact.
            return TimeZoneInfo.CreateCustomTimeZone(id, TimeSpan.FromHours(hours), id, id);
        }
    }

    public static DateTime ToLocal(this IndonesianTimeZone zone, DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone.Info());
}
