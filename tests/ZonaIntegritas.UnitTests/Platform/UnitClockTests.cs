using Microsoft.Extensions.Time.Testing;
using ZonaIntegritas.Web.Domain.Units;
using ZonaIntegritas.Web.Features.Evidence;
using ZonaIntegritas.Web.Infrastructure.Time;

namespace ZonaIntegritas.UnitTests.Platform;

public class UnitClockTests
{
    // 15:30 UTC on 6 December: 22:30 WIB, 23:30 WITA, 00:30 WIT on 7 December.
    private static readonly DateTimeOffset NearMidnight = new(2026, 12, 6, 15, 30, 0, TimeSpan.Zero);

    [Fact]
    public void Today_near_midnight_follows_the_unit_zone()
    {
        var clock = new UnitClock(new FakeTimeProvider(NearMidnight));

        clock.TodayIn(IndonesianTimeZone.Wib).ShouldBe(new DateOnly(2026, 12, 6));
        clock.TodayIn(IndonesianTimeZone.Wita).ShouldBe(new DateOnly(2026, 12, 6));
        clock.TodayIn(IndonesianTimeZone.Wit).ShouldBe(new DateOnly(2026, 12, 7));
        clock.NowIn(IndonesianTimeZone.Wita).ShouldBe(new DateTime(2026, 12, 6, 23, 30, 0));
        clock.UtcNow.ShouldBe(NearMidnight.UtcDateTime);
    }

    [Fact]
    public void A_WITA_unit_turns_to_the_next_day_one_hour_before_WIB()
    {
        var time = new FakeTimeProvider(NearMidnight);
        var clock = new UnitClock(time);
        time.Advance(TimeSpan.FromMinutes(31)); // 16:01 UTC = 00:01 WITA, 23:01 WIB

        clock.TodayIn(IndonesianTimeZone.Wita).ShouldBe(new DateOnly(2026, 12, 7));
        clock.TodayIn(IndonesianTimeZone.Wib).ShouldBe(new DateOnly(2026, 12, 6));
    }

    [Fact]
    public void A_document_dated_tomorrow_in_WIB_is_not_in_the_future_once_it_is_that_day_in_WIT()
    {
        var time = new FakeTimeProvider(NearMidnight);

        EvidenceRules.NotInFuture(new DateOnly(2026, 12, 7), time).ShouldBeTrue();
        EvidenceRules.NotInFuture(new DateOnly(2026, 12, 8), time).ShouldBeFalse();
    }
}
