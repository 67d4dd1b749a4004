using ZonaIntegritas.Web.Domain.Common;
using ZonaIntegritas.Web.Domain.WorkPlans;

namespace ZonaIntegritas.UnitTests.Rosters;

public class WorkPlanItemTests
{
    private static WorkPlanItem Item(WorkPlanStatus status, int endMonth = 9) => new()
    {
        AreaCode = "A",
        Activity = "Monev",
        Output = "Notulen",
        PicStaffId = 1,
        Status = status,
        OriginalStartMonth = new DateOnly(2026, 1, 1),
        OriginalEndMonth = new DateOnly(2026, endMonth, 1),
        StartMonth = new DateOnly(2026, 1, 1),
        EndMonth = new DateOnly(2026, endMonth, 1),
    };

    [Theory]
    [InlineData(WorkPlanStatus.InProgress, "2026-09-30", false)]
    [InlineData(WorkPlanStatus.InProgress, "2026-10-01", true)]
    [InlineData(WorkPlanStatus.NotStarted, "2026-10-01", true)]
    [InlineData(WorkPlanStatus.Postponed, "2027-01-15", true)]
    [InlineData(WorkPlanStatus.Done, "2026-12-01", false)]
    [InlineData(WorkPlanStatus.Cancelled, "2026-12-01", false)]
    public void An_item_is_late_once_its_planned_end_month_is_over_and_it_is_still_open(WorkPlanStatus status, string today, bool late) =>
        Item(status).IsLate(DateOnly.Parse(today)).ShouldBe(late);

    [Fact]
    public void Rescheduling_keeps_the_original_plan_and_needs_a_reason()
    {
        var item = Item(WorkPlanStatus.InProgress);
        var at = new DateTime(2026, 8, 1, 0, 0, 0, DateTimeKind.Utc);
        Should.Throw<DomainException>(() => item.Reschedule(new DateOnly(2026, 1, 1), new DateOnly(2026, 11, 1), " ", "u1", "Ketua", at));
        item.Reschedule(new DateOnly(2026, 1, 1), new DateOnly(2026, 11, 1), "Narasumber berhalangan", "u1", "Ketua", at);

        (item.OriginalEndMonth, item.EndMonth, item.IsRescheduled).ShouldBe((new DateOnly(2026, 9, 1), new DateOnly(2026, 11, 1), true));
        var revision = item.Revisions.ShouldHaveSingleItem();
        (revision.OldEndMonth, revision.NewEndMonth, revision.Reason).ShouldBe((new DateOnly(2026, 9, 1), new DateOnly(2026, 11, 1), "Narasumber berhalangan"));
        item.IsLate(new DateOnly(2026, 10, 15)).ShouldBeFalse("lateness follows the current plan");

        item.Reschedule(new DateOnly(2026, 1, 1), new DateOnly(2026, 11, 1), "", "u1", "Ketua", at);
        item.Revisions.Count.ShouldBe(1, "an unchanged schedule records nothing");
        Should.Throw<DomainException>(() => item.Reschedule(new DateOnly(2026, 5, 1), new DateOnly(2026, 4, 1), "x", "u1", "Ketua", at));
    }

    [Fact]
    public void Moving_the_pic_is_recorded_and_the_new_pic_leaves_the_helpers()
    {
        var item = Item(WorkPlanStatus.InProgress);
        item.SetHelpers([2, 3]);
        item.MovePic(2, "PIC dipindahkan", null, null, "Ketua", DateTime.UtcNow);
        item.PicStaffId.ShouldBe(2);
        item.Helpers.Select(h => h.StaffMemberId).ShouldBe([3]);
        (item.Revisions.Single().OldPicStaffId, item.Revisions.Single().NewPicStaffId).ShouldBe((1, 2));
    }

    [Fact]
    public void Selesai_means_100_percent_and_progress_stays_within_0_and_100()
    {
        var item = Item(WorkPlanStatus.InProgress);
        item.SetProgress(WorkPlanStatus.Done, 40);
        item.Progress.ShouldBe(100);
        Should.Throw<DomainException>(() => item.SetProgress(WorkPlanStatus.InProgress, 101));
    }

    [Fact]
    public void A_follow_up_stays_open_until_closed_with_a_note()
    {
        var followUp = new FollowUpAction { Action = "Lengkapi eviden", OwnerStaffId = 1, DueDate = new DateOnly(2026, 10, 31) };
        followUp.IsOverdue(new DateOnly(2026, 11, 1)).ShouldBeTrue();
        Should.Throw<DomainException>(() => followUp.Close(new DateOnly(2026, 11, 2), "", "Ketua"));
        followUp.IsOpen.ShouldBeTrue();
        followUp.Close(new DateOnly(2026, 11, 2), "Sudah diunggah", "Ketua");
        (followUp.IsOpen, followUp.IsOverdue(new DateOnly(2026, 12, 1))).ShouldBe((false, false));
        Should.Throw<DomainException>(() => followUp.Close(new DateOnly(2026, 11, 3), "lagi", "Ketua"));
    }

    [Fact]
    public void A_plan_version_is_approved_once_and_changes_need_a_new_approval()
    {
        var plan = new WorkPlan { UnitId = 1, Year = 2026, Version = 1, Items = [Item(WorkPlanStatus.InProgress)] };
        plan.Approve("u", "Pimpinan", DateTime.UtcNow, null, "[]");
        plan.IsCurrentVersionApproved.ShouldBeTrue();
        Should.Throw<DomainException>(() => plan.Approve("u", "Pimpinan", DateTime.UtcNow, null, "[]"));
        plan.Touch();
        plan.IsCurrentVersionApproved.ShouldBeFalse();
        plan.Approve("u", "Pimpinan", DateTime.UtcNow, "ok", "[]").Version.ShouldBe(2);
        Should.Throw<DomainException>(() => new WorkPlan { Version = 1 }.Approve("u", "P", DateTime.UtcNow, null, "[]")).Message.ShouldContain("belum memiliki kegiatan");
    }

    [Theory]
    [InlineData("2026-03", 2026, "2026-03-01")]
    [InlineData("2026-3", 2026, "2026-03-01")]
    [InlineData("03/2027", 2026, "2027-03-01")]
    [InlineData("Maret 2026", 2026, "2026-03-01")]
    [InlineData("agt 2026", 2026, "2026-08-01")]
    [InlineData("Des 2026", 2026, "2026-12-01")]
    [InlineData("7", 2026, "2026-07-01")]
    [InlineData("46082", 2026, "2026-03-01")]
    [InlineData("2026-05-17", 2026, "2026-05-01")]
    public void Plan_months_are_read_as_people_write_them(string text, int planYear, string expected)
    {
        PlanMonths.TryParse(text, planYear, out var month).ShouldBeTrue();
        month.ShouldBe(DateOnly.Parse(expected));
    }

    [Theory]
    [InlineData("")]
    [InlineData("13/2026")]
    [InlineData("2026-13")]
    [InlineData("0")]
    [InlineData("Bulan depan")]
    [InlineData("1999-05")]
    public void Nonsense_months_are_rejected(string text) => PlanMonths.TryParse(text, 2026, out _).ShouldBeFalse();

    [Theory]
    [InlineData("Belum mulai", WorkPlanStatus.NotStarted)]
    [InlineData("selesai", WorkPlanStatus.Done)]
    [InlineData("Tertunda", WorkPlanStatus.Postponed)]
    public void Status_labels_parse(string text, WorkPlanStatus status) => WorkPlanStatuses.Parse(text).ShouldBe(status);
}
