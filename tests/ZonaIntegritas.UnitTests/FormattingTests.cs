using ZonaIntegritas.Web.Domain.Units;
using ZonaIntegritas.Web.Infrastructure.Web;

namespace ZonaIntegritas.UnitTests;

public class FormattingTests
{
    [Fact]
    public void Numbers_use_indonesian_separators() => Fmt.Number(1234.5m).ShouldBe("1.234,50");

    [Fact]
    public void Dates_use_indonesian_month_names() => Fmt.Date(new DateOnly(2026, 11, 22)).ShouldBe("22 November 2026");

    [Theory]
    [InlineData(IndonesianTimeZone.Wib, "22 November 2026 07.30 WIB")]
    [InlineData(IndonesianTimeZone.Wita, "22 November 2026 08.30 WITA")]
    [InlineData(IndonesianTimeZone.Wit, "22 November 2026 09.30 WIT")]
    public void Utc_times_are_shown_in_the_unit_time_zone(IndonesianTimeZone zone, string expected) =>
        Fmt.DateTime(new DateTime(2026, 11, 22, 0, 30, 0, DateTimeKind.Utc), zone).ShouldBe(expected);
}
