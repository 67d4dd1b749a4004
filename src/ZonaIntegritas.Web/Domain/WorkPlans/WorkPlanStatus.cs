using System.Text.Json.Serialization;
using ZonaIntegritas.Web.Domain.Common;

namespace ZonaIntegritas.Web.Domain.WorkPlans;

/// <summary>
/// Where a work-plan item stands. Stored as the number; forms, filters, CSS classes and JSON use the written name
/// (<c>BelumMulai</c> … <c>Batal</c>, <see cref="EnumNames.WrittenName"/>), as before the members were English.
/// </summary>
public enum WorkPlanStatus
{
    [JsonStringEnumMemberName("BelumMulai")]
    NotStarted = 1,
    [JsonStringEnumMemberName("Berjalan")]
    InProgress = 2,
    [JsonStringEnumMemberName("Selesai")]
    Done = 3,
    [JsonStringEnumMemberName("Tertunda")]
    Postponed = 4,
    [JsonStringEnumMemberName("Batal")]
    Cancelled = 5,
}

public static class WorkPlanStatuses
{
    public static readonly IReadOnlyList<WorkPlanStatus> All = Enum.GetValues<WorkPlanStatus>();

    public static string Label(this WorkPlanStatus status) => status switch
    {
        WorkPlanStatus.NotStarted => "Belum mulai",
        WorkPlanStatus.InProgress => "Berjalan",
        WorkPlanStatus.Done => "Selesai",
        WorkPlanStatus.Postponed => "Tertunda",
        WorkPlanStatus.Cancelled => "Batal",
        _ => status.ToString(),
    };

    /// <summary>Open items still need work (and can be late); Selesai and Batal are closed.</summary>
    public static bool IsOpen(this WorkPlanStatus status) => status is not (WorkPlanStatus.Done or WorkPlanStatus.Cancelled);

    /// <summary>Reads a status as typed in a spreadsheet: its label ("Belum mulai"), written name ("BelumMulai"), member name or number.</summary>
    public static WorkPlanStatus? Parse(string? text)
    {
        var t = (text ?? "").Trim();
        if (t.All(char.IsAsciiDigit))
        {
            return null; // a bare number in a spreadsheet is a mistake, not a status
        }
        var byLabel = All.Cast<WorkPlanStatus?>().FirstOrDefault(s => string.Equals(s!.Value.Label(), t, StringComparison.OrdinalIgnoreCase));
        return byLabel ?? (EnumNames.TryParse(typeof(WorkPlanStatus), t, out var parsed) ? (WorkPlanStatus)parsed! : null);
    }
}

/// <summary>Plan months are the first day of the month.</summary>
public static class PlanMonths
{
    public static DateOnly Of(int year, int month) => new(year, month, 1);

    public static DateOnly Of(DateOnly date) => new(date.Year, date.Month, 1);

    public static DateOnly LastDay(DateOnly month) => month.AddMonths(1).AddDays(-1);

    private static readonly string[] Names =
        ["januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober", "november", "desember"];

    /// <summary>
    /// Reads a plan month as people type it in a form or spreadsheet: "2026-03", "03/2026", "Maret 2026",
    /// "Mar 2026", a bare month number 1–12 (in <paramref name="planYear"/>) or an Excel date serial.
    /// </summary>
    public static bool TryParse(string? raw, int planYear, out DateOnly month)
    {
        month = default;
        var text = (raw ?? "").Trim().ToLowerInvariant();
        if (text.Length == 0)
        {
            return false;
        }
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        if (int.TryParse(text, System.Globalization.NumberStyles.None, inv, out var n))
        {
            if (n is >= 1 and <= 12)
            {
                return Valid(planYear, n, out month);
            }
            if (n is > 20000 and < 80000)
            {
                var d = DateTime.FromOADate(n);
                return Valid(d.Year, d.Month, out month);
            }
            return false;
        }
        if (double.TryParse(text, System.Globalization.NumberStyles.Float, inv, out var serial) && serial is > 20000 and < 80000)
        {
            var d = DateTime.FromOADate(serial);
            return Valid(d.Year, d.Month, out month);
        }
        var parts = text.Split(['-', '/', ' ', '.'], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 3 && parts[0].Length == 4 && int.TryParse(parts[0], inv, out var y3) && int.TryParse(parts[1], inv, out var m3))
        {
            return Valid(y3, m3, out month); // 2026-03-01 (a date typed where a month was asked)
        }
        if (parts.Length != 2)
        {
            return false;
        }
        if (parts[0].Length == 4 && int.TryParse(parts[0], inv, out var y1) && int.TryParse(parts[1], inv, out var m1))
        {
            return Valid(y1, m1, out month);
        }
        if (!int.TryParse(parts[1], inv, out var y2) || parts[1].Length != 4)
        {
            return false;
        }
        if (int.TryParse(parts[0], inv, out var m2))
        {
            return Valid(y2, m2, out month);
        }
        var idx = Array.FindIndex(Names, name => parts[0].Length >= 3 && name.StartsWith(parts[0], StringComparison.Ordinal));
        if (idx < 0 && parts[0] is "agt" or "ags")
        {
            idx = 7;
        }
        return idx >= 0 && Valid(y2, idx + 1, out month);
    }

    private static bool Valid(int year, int month, out DateOnly result)
    {
        result = default;
        if (year is < 2000 or > 2100 || month is < 1 or > 12)
        {
            return false;
        }
        result = new DateOnly(year, month, 1);
        return true;
    }
}
