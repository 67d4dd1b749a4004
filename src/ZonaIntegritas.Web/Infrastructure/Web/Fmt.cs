using System.Globalization;
using ZonaIntegritas.Web.Domain.Units;

namespace ZonaIntegritas.Web.Infrastructure.Web;

/// <summary>id-ID display formatting: 1.234,56 and 22 November 2026; times in the unit's zone (WIB/WITA/WIT).</summary>
public static class Fmt
{
    public static readonly CultureInfo Id = Domain.Common.IndonesianCulture.Id;

    public static string Number(decimal value, int decimals = 2) => value.ToString("N" + decimals, Id);

    public static string Number(decimal? value, int decimals = 2) => value is { } v ? Number(v, decimals) : "–";

    public static string Integer(long value) => value.ToString("N0", Id);

    public static string Percent(decimal ratio, int decimals = 2) => Number(ratio * 100m, decimals) + " %";

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", Id);

    public static string Date(DateOnly? date) => date is { } d ? Date(d) : "–";

    /// <summary>A UTC instant shown as a date in the unit's zone.</summary>
    public static string Date(DateTime utc, IndonesianTimeZone zone = IndonesianTimeZone.Wib) =>
        zone.ToLocal(utc).ToString("d MMMM yyyy", Id);

    /// <summary>A UTC instant shown as "22 November 2026 14.05 WIB".</summary>
    public static string DateTime(DateTime utc, IndonesianTimeZone zone = IndonesianTimeZone.Wib) =>
        zone.ToLocal(utc).ToString("d MMMM yyyy HH.mm", Id) + " " + zone.Label();

    public static string DateTime(DateTime? utc, IndonesianTimeZone zone = IndonesianTimeZone.Wib) =>
        utc is { } u ? DateTime(u, zone) : "–";

    public static string FileSize(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} B",
        < 1024 * 1024 => Number(bytes / 1024m, 1) + " KB",
        < 1024L * 1024 * 1024 => Number(bytes / 1024m / 1024m, 1) + " MB",
        _ => Number(bytes / 1024m / 1024m / 1024m, 2) + " GB",
    };

    public static string MonthYear(int year, int month) => new DateOnly(year, month, 1).ToString("MMMM yyyy", Id);
}
