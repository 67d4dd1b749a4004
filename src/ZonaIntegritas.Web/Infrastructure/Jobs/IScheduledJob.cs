namespace ZonaIntegritas.Web.Infrastructure.Jobs;

/// <summary>
/// Work done on a schedule, once per period across every web node on the database (see <see cref="JobRunner"/>).
/// A job is registered with <c>services.AddScheduledJob&lt;T&gt;()</c> and resolved in its own scope per run.
/// </summary>
public interface IScheduledJob
{
    /// <summary>Stable name, stored with each run (e.g. <c>upload-temp-cleanup</c>).</summary>
    string Name { get; }

    JobSchedule Schedule { get; }

    /// <param name="periodStartUtc">Start of the period this run stands for (a daily job: that day's run time).</param>
    Task RunAsync(DateTime periodStartUtc, CancellationToken ct);
}

/// <summary>Once every <see cref="Period"/>, starting at <see cref="Offset"/> after midnight UTC of 1 January 2000.</summary>
public sealed record JobSchedule(TimeSpan Period, TimeSpan Offset)
{
    private static readonly DateTime Epoch = new(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public static JobSchedule Every(TimeSpan period) => new(period, TimeSpan.Zero);

    /// <summary>Daily at a time of day in a UTC offset (e.g. 00:30 WIB = <c>DailyAt(new(0, 30), TimeSpan.FromHours(7))</c>).</summary>
    public static JobSchedule DailyAt(TimeOnly time, TimeSpan utcOffset) =>
        new(TimeSpan.FromDays(1), Mod(time.ToTimeSpan() - utcOffset, TimeSpan.FromDays(1)));

    /// <summary>The start of the period that contains <paramref name="nowUtc"/>.</summary>
    public DateTime PeriodStart(DateTime nowUtc)
    {
        var sinceFirst = nowUtc - Epoch - Offset;
        var periods = (long)Math.Floor(sinceFirst.Ticks / (double)Period.Ticks);
        return Epoch + Offset + TimeSpan.FromTicks(periods * Period.Ticks);
    }

    public static string Key(DateTime periodStartUtc) => periodStartUtc.ToString("yyyy-MM-dd'T'HH:mm'Z'", System.Globalization.CultureInfo.InvariantCulture);

    private static TimeSpan Mod(TimeSpan value, TimeSpan by) => TimeSpan.FromTicks(((value.Ticks % by.Ticks) + by.Ticks) % by.Ticks);
}
