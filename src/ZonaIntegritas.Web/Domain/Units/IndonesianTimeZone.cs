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

    public static TimeZoneInfo Info(this IndonesianTimeZone zone)
    {
        var id = zone switch
        {
            IndonesianTimeZone.Wita => "Asia/Makassar",
            IndonesianTimeZone.Wit => "Asia/Jayapura",
            _ => "Asia/Jakarta",
        };
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (TimeZoneNotFoundException)
        {
            // Indonesia has no daylight saving time, so a fixed offset is exact.
            return TimeZoneInfo.CreateCustomTimeZone(id, TimeSpan.FromHours((int)zone), id, id);
        }
    }

    public static DateTime ToLocal(this IndonesianTimeZone zone, DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone.Info());
}
