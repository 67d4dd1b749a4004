using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ZonaIntegritas.IntegrationTests.Infrastructure;
using ZonaIntegritas.Web.Domain.Assessments;
using ZonaIntegritas.Web.Domain.Users;
using ZonaIntegritas.Web.Infrastructure.Lke;
using static ZonaIntegritas.IntegrationTests.Worksheet.WorksheetTestKit;

namespace ZonaIntegritas.IntegrationTests.ReviewCycle;

/// <summary>Assessments put straight into a stage of the cycle, and extra accounts in other units.</summary>
public static class ReviewCycleTestKit
{
    /// <summary>A fresh assessment of the demo office in <paramref name="stage"/>, every window open today.</summary>
    public static async Task<int> AssessmentInStageAsync(PortalFactory factory, int year, AssessmentStage stage, bool approved = false, params string[] markedForFix)
    {
        var id = await CreateAssessmentAsync(factory, year);
        await factory.WithDbAsync(async db =>
        {
            var a = await db.Set<Assessment>().SingleAsync(x => x.Id == id);
            var now = DateTime.UtcNow.AddMinutes(-5);
            if (approved || stage != AssessmentStage.SelfAssessment)
            {
                a.Approve("uji", "Pimpinan Uji", now, null);
            }
            if (stage >= AssessmentStage.Submitted)
            {
                a.Submit("uji", "Ketua Uji", now, approvalCurrent: true);
            }
            if (stage >= AssessmentStage.InternalReview)
            {
                a.StartReview("uji", "Penilai Uji", now, Today);
            }
            foreach (var code in markedForFix)
            {
                var answer = new AssessorAnswer(id, code, "uji");
                answer.Change(null, null, null, needsFix: true, "Perbaiki " + code, "uji", "Penilai Uji", now);
                db.Add(answer);
            }
            if (stage == AssessmentStage.FollowUp)
            {
                a.ReturnForFollowUp("uji", "Penilai Uji", now, Today, markedForFix);
            }
            return await db.SaveChangesAsync();
        });
        return id;
    }

    public static Task<Assessment> AssessmentAsync(PortalFactory factory, int id) =>
        factory.WithDbAsync(db => db.Set<Assessment>().AsNoTracking().SingleAsync(a => a.Id == id));

    public static Task<int> TransitionCountAsync(PortalFactory factory, int id) =>
        factory.WithDbAsync(db => db.Set<StageTransition>().CountAsync(t => t.AssessmentId == id));

    /// <summary>Creates an active account with one role in the unit with code <paramref name="unitCode"/> (created under <paramref name="parentCode"/> if missing).</summary>
    public static async Task CreateUserAsync(PortalFactory factory, string email, string role, string unitCode, string? parentCode = null)
    {
        var unitId = await factory.WithDbAsync(async db =>
        {
            var unit = await db.Units.FirstOrDefaultAsync(u => u.Code == unitCode);
            if (unit is null)
            {
                var parent = await db.Units.SingleAsync(u => u.Code == parentCode);
                unit = new Web.Domain.Units.OrgUnit { Code = unitCode, Name = "Unit Uji " + unitCode, Type = Web.Domain.Units.UnitType.Kua, ParentId = parent.Id };
                db.Units.Add(unit);
                await db.SaveChangesAsync();
            }
            return unit.Id;
        });
        await factory.WithScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<AppUser>>();
            var user = new AppUser { UserName = email, Email = email, FullName = "Uji " + email, UnitId = unitId };
            (await users.CreateAsync(user, PortalClient.DemoPassword)).Succeeded.ShouldBeTrue();
            await users.AddToRoleAsync(user, role);
            return 0;
        });
    }
}
