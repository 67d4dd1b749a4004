using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ZonaIntegritas.IntegrationTests.Evidence;
using ZonaIntegritas.IntegrationTests.Infrastructure;
using ZonaIntegritas.Web.Domain.Assessments;
using ZonaIntegritas.Web.Domain.Common;
using ZonaIntegritas.Web.Domain.Users;
using ZonaIntegritas.Web.Infrastructure.Authorization;
using ZonaIntegritas.Web.Infrastructure.Data;
using ZonaIntegritas.Web.Infrastructure.Identity;

namespace ZonaIntegritas.IntegrationTests.CrossFeature;

/// <summary>
/// <see cref="ResourceAccess"/>, the one facade services ask (issue 17 item 2): unit scope, change areas and stage go
/// through the resource policies, and the area list agrees with the per-area policy.
/// </summary>
[Collection(DemoPortalCollection.Name)]
public class ResourceAccessTests(DemoPortal demo)
{
    private readonly PortalFactory factory = demo.For(typeof(ResourceAccessTests));

    [Fact]
    public async Task Ketua_Tim_of_a_sub_unit_gets_no_area_and_no_stage_right_in_the_office_above()
    {
        var office = await EvidenceTestData.OfficeIdAsync(factory);
        var kua = await factory.WithDbAsync(db => db.Units.Where(u => u.Code == "KUA-KLOJEN").Select(u => u.Id).SingleAsync());
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        var (officeAreas, officeArea, officeStage, officeInScope, kuaInScope) = await AsAsync("ketua-kua-uji", kua, Roles.KetuaTim, async access =>
            (await access.EditableAreasAsync(office, today), await access.CanEditAreaAsync(office, "A", today),
             await access.StageAllowsAsync(office, AssessmentStage.SelfAssessment), await access.CanAccessAsync(office), await access.CanAccessAsync(kua)));

        officeAreas.ShouldBeEmpty();
        officeArea.ShouldBeFalse();
        officeStage.ShouldBeFalse();
        officeInScope.ShouldBeFalse();
        kuaInScope.ShouldBeTrue();
        await AsAsync("ketua-kua-uji", kua, Roles.KetuaTim, async access =>
            await Should.ThrowAsync<ForbiddenException>(() => access.EnsureAccessAsync(office)));
    }

    [Fact]
    public async Task Area_list_agrees_with_the_per_area_policy_for_the_demo_Tim()
    {
        var office = await EvidenceTestData.OfficeIdAsync(factory);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        foreach (var email in new[] { "ketua@zi.demo", "anggota@zi.demo", "penilai@zi.demo" })
        {
            var (id, role) = await factory.WithScopeAsync(async sp =>
            {
                var db = sp.GetRequiredService<AppDbContext>();
                var user = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
                var roleName = await db.UserRoles.Where(r => r.UserId == user).Join(db.Roles, r => r.RoleId, r => r.Id, (_, r) => r.Name!).FirstAsync();
                return (user, roleName);
            });
            var (list, each) = await AsAsync(id, office, role, async access =>
            {
                var areas = await access.EditableAreasAsync(office, today);
                var perArea = new HashSet<string>();
                foreach (var area in ChangeAreas.All)
                {
                    if (await access.CanEditAreaAsync(office, area.Code, today))
                    {
                        perArea.Add(area.Code);
                    }
                }
                return (areas, perArea);
            });
            each.ShouldBe(list, ignoreOrder: true, customMessage: email);
            if (email == "penilai@zi.demo")
            {
                list.ShouldBeEmpty();
            }
            else
            {
                list.ShouldNotBeEmpty(email);
            }
        }
    }

    /// <summary>Runs <paramref name="action"/> in a request scope signed in as a principal with the role in the unit.</summary>
    private Task<T> AsAsync<T>(string userId, int unitId, string role, Func<ResourceAccess, Task<T>> action) =>
        factory.WithScopeAsync(async sp =>
        {
            var identity = new ClaimsIdentity([
                new Claim(ClaimTypes.NameIdentifier, userId),
                new Claim(AppClaimTypes.UnitId, unitId.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new Claim(ClaimTypes.Role, role),
            ], "Test");
            sp.GetRequiredService<IHttpContextAccessor>().HttpContext = new DefaultHttpContext { User = new ClaimsPrincipal(identity), RequestServices = sp };
            return await action(sp.GetRequiredService<ResourceAccess>());
        });

    private Task AsAsync(string userId, int unitId, string role, Func<ResourceAccess, Task> action) =>
        AsAsync(userId, unitId, role, async access =>
        {
            await action(access);
            return 0;
        });
}
