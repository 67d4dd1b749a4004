using ZonaIntegritas.Web.Infrastructure.Identity.SignIn;

namespace ZonaIntegritas.UnitTests.Security;

public class SignInCoolDownTests
{
    private sealed class Clock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 12, 7, 3, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => Now;
    }

    [Fact]
    public void Five_failures_cool_that_address_down_for_a_minute_and_other_addresses_not_at_all()
    {
        var clock = new Clock();
        var coolDown = new SignInCoolDown(clock);
        for (var i = 0; i < 4; i++)
        {
            coolDown.RecordFailure("admin@zi.demo", "203.0.113.9");
        }
        coolDown.BlockedUntil("admin@zi.demo", "203.0.113.9").ShouldBeNull();
        coolDown.RecordFailure("ADMIN@zi.demo ", "203.0.113.9");

        coolDown.BlockedUntil("admin@zi.demo", "203.0.113.9").ShouldBe(clock.Now.AddMinutes(1));
        coolDown.BlockedUntil("admin@zi.demo", "198.51.100.7").ShouldBeNull("the owner at another address can still sign in");
        clock.Now = clock.Now.AddMinutes(1).AddSeconds(1);
        coolDown.BlockedUntil("admin@zi.demo", "203.0.113.9").ShouldBeNull("the cool-down ends by itself");
    }

    [Fact]
    public void Each_further_failure_doubles_the_cool_down_up_to_fifteen_minutes_and_success_clears_it()
    {
        var clock = new Clock();
        var coolDown = new SignInCoolDown(clock);
        var waits = new List<double>();
        for (var i = 0; i < 12; i++)
        {
            coolDown.RecordFailure("admin@zi.demo", "203.0.113.9");
            waits.Add(((coolDown.BlockedUntil("admin@zi.demo", "203.0.113.9") ?? clock.Now) - clock.Now).TotalMinutes);
        }
        waits.ShouldBe([0, 0, 0, 0, 1, 2, 4, 8, 15, 15, 15, 15]);

        coolDown.Clear("admin@zi.demo", "203.0.113.9");
        coolDown.BlockedUntil("admin@zi.demo", "203.0.113.9").ShouldBeNull();
    }
}
