using ZonaIntegritas.Web.Infrastructure.Jobs;

namespace ZonaIntegritas.UnitTests.Platform;

public class JobScheduleTests
{
    private static DateTime Utc(int y, int mo, int d, int h, int mi) => new(y, mo, d, h, mi, 0, DateTimeKind.Utc);

    [Fact]
    public void Hourly_periods_start_on_the_hour()
    {
        var hourly = JobSchedule.Every(TimeSpan.FromHours(1));
        hourly.PeriodStart(Utc(2026, 12, 7, 10, 59)).ShouldBe(Utc(2026, 12, 7, 10, 0));
        hourly.PeriodStart(Utc(2026, 12, 7, 11, 0)).ShouldBe(Utc(2026, 12, 7, 11, 0));
    }

    [Fact]
    public void A_daily_job_at_half_past_midnight_WIB_runs_at_17_30_UTC_the_day_before()
    {
        var daily = JobSchedule.DailyAt(new TimeOnly(0, 30), TimeSpan.FromHours(7));
        daily.Offset.ShouldBe(new TimeSpan(17, 30, 0));
        daily.PeriodStart(Utc(2026, 12, 7, 17, 29)).ShouldBe(Utc(2026, 12, 6, 17, 30));
        daily.PeriodStart(Utc(2026, 12, 7, 17, 30)).ShouldBe(Utc(2026, 12, 7, 17, 30));
        JobSchedule.Key(daily.PeriodStart(Utc(2026, 12, 8, 3, 0))).ShouldBe("2026-12-07T17:30Z");
    }

    [Fact]
    public void Every_moment_of_a_period_maps_to_the_same_key()
    {
        var daily = JobSchedule.DailyAt(new TimeOnly(1, 0), TimeSpan.FromHours(9));
        var keys = Enumerable.Range(0, 24 * 60).Select(m => JobSchedule.Key(daily.PeriodStart(Utc(2026, 12, 7, 16, 0).AddMinutes(m)))).Distinct().ToList();
        keys.ShouldBe(["2026-12-07T16:00Z"]);
    }
}
