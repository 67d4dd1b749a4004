using ZonaIntegritas.Web.Domain.Common;
using ZonaIntegritas.Web.Domain.Teams;

namespace ZonaIntegritas.UnitTests.Rosters;

public class TeamMembershipTests
{
    private static TeamDecree Decree() => new()
    {
        UnitId = 1,
        Year = 2026,
        Number = "B-1",
        SignedBy = "Kepala",
        ValidFrom = new DateOnly(2026, 1, 1),
        ValidTo = new DateOnly(2026, 12, 31),
    };

    [Fact]
    public void Replacement_ends_the_old_membership_on_the_date_and_starts_the_successor_the_next_day()
    {
        var decree = Decree();
        var old = decree.AddMember(10, TeamRole.KoordinatorArea, "C", decree.ValidFrom, decree.ValidTo);
        var successor = old.ReplaceWith(20, new DateOnly(2026, 6, 30), MembershipEndReason.Transfer, " SK perubahan ");

        (old.ValidTo, old.EndReason, old.EndNote, old.ReplacedBy).ShouldBe((new DateOnly(2026, 6, 30), MembershipEndReason.Transfer, "SK perubahan", successor));
        (successor.StaffMemberId, successor.Role, successor.AreaCode, successor.ValidFrom, successor.ValidTo)
            .ShouldBe((20, TeamRole.KoordinatorArea, "C", new DateOnly(2026, 7, 1), new DateOnly(2026, 12, 31)));
        old.IsValidOn(new DateOnly(2026, 6, 30)).ShouldBeTrue();
        old.IsValidOn(new DateOnly(2026, 7, 1)).ShouldBeFalse();
        successor.IsValidOn(new DateOnly(2026, 6, 30)).ShouldBeFalse();
        successor.IsValidOn(new DateOnly(2026, 7, 1)).ShouldBeTrue();
        decree.Memberships.Count.ShouldBe(2);
    }

    [Theory]
    [InlineData(10, "2026-06-30", "berbeda")]
    [InlineData(20, "2026-12-31", "sebelum akhir masa keanggotaan")]
    [InlineData(20, "2025-12-31", "di dalam masa keanggotaan")]
    public void Replacement_rules_are_explained(int successor, string lastDay, string message)
    {
        var decree = Decree();
        var old = decree.AddMember(10, TeamRole.Ketua, null, decree.ValidFrom, decree.ValidTo);
        Should.Throw<DomainException>(() => old.ReplaceWith(successor, DateOnly.Parse(lastDay), MembershipEndReason.Retirement, null)).Message.ShouldContain(message);
    }

    [Fact]
    public void An_ended_membership_cannot_be_replaced_again()
    {
        var decree = Decree();
        var old = decree.AddMember(10, TeamRole.Sekretaris, null, decree.ValidFrom, decree.ValidTo);
        old.ReplaceWith(20, new DateOnly(2026, 3, 31), MembershipEndReason.Promotion, null);
        Should.Throw<DomainException>(() => old.ReplaceWith(30, new DateOnly(2026, 2, 28), MembershipEndReason.Promotion, null)).Message.ShouldContain("sudah diakhiri");
    }

    [Fact]
    public void Area_roles_need_an_area_and_members_stay_within_the_decree()
    {
        var decree = Decree();
        Should.Throw<DomainException>(() => decree.AddMember(1, TeamRole.AnggotaArea, null, decree.ValidFrom, decree.ValidTo)).Message.ShouldContain("area perubahan");
        Should.Throw<DomainException>(() => decree.AddMember(1, TeamRole.Ketua, null, new DateOnly(2025, 12, 1), decree.ValidTo)).Message.ShouldContain("masa berlaku SK");
        decree.AddMember(1, TeamRole.Ketua, "A", decree.ValidFrom, decree.ValidTo).AreaCode.ShouldBeNull("only area roles keep an area");
        Should.Throw<DomainException>(() => decree.AddMember(1, TeamRole.Ketua, null, decree.ValidFrom, decree.ValidTo)).Message.ShouldContain("sudah memegang peran");
        decree.AddMember(1, TeamRole.KoordinatorArea, "B", decree.ValidFrom, decree.ValidTo).ShouldNotBeNull("one person may hold several roles");
    }

    [Theory]
    [InlineData(TeamRole.Ketua, null, "ABCDEF")]
    [InlineData(TeamRole.Sekretaris, null, "ABCDEF")]
    [InlineData(TeamRole.KoordinatorArea, "C", "C")]
    [InlineData(TeamRole.AnggotaArea, "F", "F")]
    [InlineData(TeamRole.PenanggungJawab, null, "")]
    [InlineData(TeamRole.AdminPmpzi, null, "")]
    public void Roles_grant_their_areas(TeamRole role, string? area, string expected) =>
        string.Concat(TeamRoles.AreasGranted(role, area).Order()).ShouldBe(expected);
}
