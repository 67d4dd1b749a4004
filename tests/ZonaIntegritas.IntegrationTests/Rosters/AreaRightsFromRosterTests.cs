using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ZonaIntegritas.Web.Domain.Teams;
using ZonaIntegritas.Web.Domain.Users;
using ZonaIntegritas.Web.Domain.WorkPlans;
using ZonaIntegritas.Web.Features.Team;
using ZonaIntegritas.Web.Features.WorkPlans;
using ZonaIntegritas.Web.Infrastructure.Authorization;
using ZonaIntegritas.Web.Infrastructure.Data;

namespace ZonaIntegritas.IntegrationTests.Rosters;

public class AreaRightsFromRosterTests(RostersFactory factory) : IClassFixture<RostersFactory>
{
    private Task<IReadOnlySet<string>> AreasAsync(string email, int unitId, DateOnly date) =>
        factory.AsUserAsync(email, sp => sp.GetRequiredService<ResourceAccess>().EditableAreasAsync(unitId, date));

    [Fact]
    public async Task The_roster_implementation_is_the_registered_change_area_access()
    {
        await factory.AsUserAsync("ketua@zi.demo", sp =>
        {
            sp.GetRequiredService<IChangeAreaAccess>().ShouldBeOfType<RosterChangeAreaAccess>();
            return Task.FromResult(0);
        });
    }

    [Fact]
    public async Task Ketua_gets_every_area_coordinator_their_areas_and_the_penanggung_jawab_none()
    {
        var office = await factory.OfficeIdAsync();
        var day = new DateOnly(2026, 11, 22);
        (await AreasAsync("ketua@zi.demo", office, day)).ShouldBe(["A", "B", "C", "D", "E", "F"], ignoreOrder: true);
        (await AreasAsync("anggota@zi.demo", office, day)).ShouldBe(["A", "B"], ignoreOrder: true);
        (await AreasAsync("pimpinan@zi.demo", office, day)).ShouldBeEmpty();
        (await AreasAsync("pegawai@zi.demo", office, day)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Without_a_decree_covering_the_date_the_interim_assignments_decide_and_with_one_the_roster_alone()
    {
        var office = await factory.OfficeIdAsync();
        await factory.WithDbAsync(async db =>
        {
            var anggota = await db.Users.SingleAsync(u => u.Email == "anggota@zi.demo");
            db.AreaAssignments.Add(new AreaAssignment { UserId = anggota.Id, UnitId = office, AreaCode = "D" });
            await db.SaveChangesAsync();
        });

        (await AreasAsync("anggota@zi.demo", office, new DateOnly(2025, 5, 1))).ShouldBe(["D"]);
        (await AreasAsync("ketua@zi.demo", office, new DateOnly(2025, 5, 1))).Count.ShouldBe(6, "the interim rule gives KetuaTim every area");
        (await AreasAsync("anggota@zi.demo", office, new DateOnly(2026, 5, 1))).ShouldBe(["A", "B"], ignoreOrder: true);
    }

    [Fact]
    public async Task Units_outside_the_users_scope_give_no_areas()
    {
        var kanwil = await factory.WithDbAsync(db => db.Units.Where(u => u.Code == "KANWIL-JATIM").Select(u => u.Id).SingleAsync());
        (await AreasAsync("ketua@zi.demo", kanwil, new DateOnly(2026, 11, 22))).ShouldBeEmpty();
    }

    [Fact]
    public async Task Replacing_a_member_moves_area_rights_and_open_plan_items_on_the_day_after_the_end_date()
    {
        var office = await factory.OfficeIdAsync();
        var leaver = await factory.StaffIdAsync("anggota@zi.demo");
        var successor = await factory.StaffIdAsync("pegawai@zi.demo");

        // A 2027 roster: anggota@ coordinates area C; a 2027 plan with one open and one finished item of theirs.
        var (membershipId, openItem, doneItem) = await factory.AsUserAsync("ketua@zi.demo", async sp =>
        {
            var teams = sp.GetRequiredService<TeamService>();
            var decreeId = await teams.SaveDecreeAsync(new SaveTeamDecreeInput
            {
                UnitId = office,
                Year = 2027,
                Number = "B-1/2027",
                DecreeDate = new DateOnly(2027, 1, 4),
                SignedBy = "Kepala Kantor",
                ValidFrom = new DateOnly(2027, 1, 1),
                ValidTo = new DateOnly(2027, 12, 31),
            });
            await teams.AddMemberAsync(new AddTeamMemberInput { DecreeId = decreeId, StaffMemberId = leaver, Role = TeamRole.KoordinatorArea, AreaCode = "C" });
            var plans = sp.GetRequiredService<WorkPlanService>();
            SaveWorkPlanItemInput Item(string activity, WorkPlanStatus status) => new()
            {
                UnitId = office,
                Year = 2027,
                AreaCode = "C",
                Activity = activity,
                Output = "Dokumen",
                PicStaffId = leaver,
                StartMonth = "2027-02",
                EndMonth = "2027-09",
                Status = status,
                Progress = status == WorkPlanStatus.Done ? 100 : 30,
            };
            var open = await plans.SaveItemAsync(Item("Analisis kebutuhan diklat 2027", WorkPlanStatus.InProgress));
            var done = await plans.SaveItemAsync(Item("Rekap SKP triwulan I", WorkPlanStatus.Done));
            var membership = await sp.GetRequiredService<AppDbContext>().Set<TeamMembership>()
                .Where(m => m.DecreeId == decreeId && m.StaffMemberId == leaver).Select(m => m.Id).SingleAsync();
            return (membership, open, done);
        });

        (await AreasAsync("anggota@zi.demo", office, new DateOnly(2027, 6, 30))).ShouldBe(["C"]);
        (await AreasAsync("pegawai@zi.demo", office, new DateOnly(2027, 6, 30))).ShouldBeEmpty();

        await factory.AsUserAsync("ketua@zi.demo", sp =>
            sp.GetRequiredService<TeamService>().ReplaceMemberAsync(membershipId, successor, new DateOnly(2027, 6, 30), MembershipEndReason.Transfer, "SK perubahan"));

        (await AreasAsync("anggota@zi.demo", office, new DateOnly(2027, 6, 30))).ShouldBe(["C"], ignoreOrder: true, customMessage: "the leaver keeps the rights through the last day");
        (await AreasAsync("pegawai@zi.demo", office, new DateOnly(2027, 6, 30))).ShouldBeEmpty("the successor starts the next day");
        (await AreasAsync("anggota@zi.demo", office, new DateOnly(2027, 7, 1))).ShouldBeEmpty();
        (await AreasAsync("pegawai@zi.demo", office, new DateOnly(2027, 7, 1))).ShouldBe(["C"]);
        (await AreasAsync("pegawai@zi.demo", office, new DateOnly(2027, 12, 31))).ShouldBe(["C"]);

        await factory.WithDbAsync(async db =>
        {
            var old = await db.Set<TeamMembership>().Include(m => m.ReplacedBy).SingleAsync(m => m.Id == membershipId);
            old.ValidTo.ShouldBe(new DateOnly(2027, 6, 30));
            old.EndReason.ShouldBe(MembershipEndReason.Transfer);
            old.ReplacedBy!.StaffMemberId.ShouldBe(successor);
            old.ReplacedBy.Role.ShouldBe(TeamRole.KoordinatorArea);
            old.ReplacedBy.AreaCode.ShouldBe("C");
            old.ReplacedBy.ValidFrom.ShouldBe(new DateOnly(2027, 7, 1));
            old.ReplacedBy.ValidTo.ShouldBe(new DateOnly(2027, 12, 31));

            var open = await db.Set<WorkPlanItem>().Include(i => i.Revisions).SingleAsync(i => i.Id == openItem);
            open.PicStaffId.ShouldBe(successor);
            var move = open.Revisions.ShouldHaveSingleItem();
            move.Kind.ShouldBe(RevisionKind.Pic);
            move.OldPicStaffId.ShouldBe(leaver);
            move.Description.ShouldContain("1 Juli 2027");
            (await db.Set<WorkPlanItem>().SingleAsync(i => i.Id == doneItem)).PicStaffId.ShouldBe(leaver, "finished items keep their PIC");
        });
    }

    [Fact]
    public async Task Team_roster_queries_answer_who_coordinates_an_area()
    {
        var office = await factory.OfficeIdAsync();
        var anggota = await factory.StaffIdAsync("anggota@zi.demo");
        await using var scope = factory.Services.CreateAsyncScope();
        var roster = scope.ServiceProvider.GetRequiredService<ITeamRoster>();
        var day = new DateOnly(2026, 11, 22);
        (await roster.CoordinatorsOfAreaAsync(office, "A", day)).ShouldHaveSingleItem().StaffMemberId.ShouldBe(anggota);
        (await roster.CoordinatedAreasOfStaffAsync(office, anggota, day)).ShouldBe(["A"]);
        (await roster.HasDecreeOnAsync(office, new DateOnly(2025, 12, 31))).ShouldBeFalse();
        (await roster.MembersOnAsync(office, day)).Count.ShouldBeGreaterThan(15);
    }
}
