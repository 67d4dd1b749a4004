using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ZonaIntegritas.IntegrationTests.Infrastructure;
using ZonaIntegritas.Web.Domain.Assessments;
using ZonaIntegritas.Web.Domain.Staff;
using ZonaIntegritas.Web.Domain.Teams;
using ZonaIntegritas.Web.Domain.Users;
using ZonaIntegritas.Web.Infrastructure.Lke;
using ZonaIntegritas.Web.Infrastructure.Seeding;

namespace ZonaIntegritas.IntegrationTests.Worksheet;

/// <summary>Shared steps of the worksheet tests: assessments in a given stage/window, extra users, htmx posts.</summary>
public static class WorksheetTestKit
{
    /// <summary>The demo office's local date (WIB).</summary>
    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));

    public static Task<int> OfficeIdAsync(PortalFactory factory) =>
        factory.WithDbAsync(db => db.Units.Where(u => u.Code == DemoSeeder.OfficeCode).Select(u => u.Id).SingleAsync());

    /// <summary>The seeded demo assessment (this year, WBK, Penilaian Mandiri, window open).</summary>
    public static async Task<int> DemoAssessmentIdAsync(PortalFactory factory)
    {
        var office = await OfficeIdAsync(factory);
        return await factory.WithDbAsync(db => db.Set<Assessment>().Where(a => a.UnitId == office && a.Year == Today.Year).Select(a => a.Id).SingleAsync());
    }

    /// <summary>
    /// A fresh assessment of the demo office for <paramref name="year"/> (each test uses its own year), with the
    /// Penilaian Mandiri window open (or closed) today.
    /// </summary>
    public static async Task<int> CreateAssessmentAsync(PortalFactory factory, int year, bool windowOpen = true)
    {
        var office = await OfficeIdAsync(factory);
        return await factory.WithDbAsync(async db =>
        {
            var a = Assessment.Create(office, year, TargetPredicate.Wbk, LkeTemplateFile.DefaultVersion);
            if (windowOpen)
            {
                a.SetWindow(AssessmentStage.SelfAssessment, Today.AddDays(-30), Today.AddDays(30));
            }
            else
            {
                a.SetWindow(AssessmentStage.SelfAssessment, Today.AddDays(-60), Today.AddDays(-1));
            }
            a.SetWindow(AssessmentStage.InternalReview, Today.AddDays(-30), Today.AddDays(30));
            a.SetWindow(AssessmentStage.FollowUp, Today.AddDays(-30), Today.AddDays(30));
            db.Add(a);
            await db.SaveChangesAsync();
            return a.Id;
        });
    }

    /// <summary>Creates an AnggotaTim account in the demo office with the given interim area rights.</summary>
    public static async Task CreateAnggotaAsync(PortalFactory factory, string email, params string[] areas)
    {
        var office = await OfficeIdAsync(factory);
        await factory.WithScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<AppUser>>();
            var user = new AppUser { UserName = email, Email = email, FullName = "Anggota Uji " + email, UnitId = office };
            (await users.CreateAsync(user, PortalClient.DemoPassword)).Succeeded.ShouldBeTrue();
            await users.AddToRoleAsync(user, Roles.AnggotaTim);
            return 0;
        });
        await factory.WithDbAsync(async db =>
        {
            // Area rights come from the Tim ZI decree covering today (the demo seeds one); without a decree the
            // interim per-user assignments decide.
            var user = await db.Users.SingleAsync(u => u.Email == email);
            var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));
            var decree = (await db.Set<TeamDecree>().Include(d => d.Memberships).Where(d => d.UnitId == office).ToListAsync())
                .FirstOrDefault(d => d.Covers(today));
            if (decree is null)
            {
                foreach (var area in areas)
                {
                    db.AreaAssignments.Add(new AreaAssignment { UserId = user.Id, UnitId = office, AreaCode = area, CreatedAtUtc = DateTime.UtcNow });
                }
            }
            else
            {
                var staff = new StaffMember { FullName = user.FullName, UnitId = office, Email = email, EmploymentType = EmploymentType.Pppk };
                db.Add(staff);
                await db.SaveChangesAsync();
                user.StaffMemberId = staff.Id;
                foreach (var area in areas)
                {
                    decree.AddMember(staff.Id, TeamRole.AnggotaArea, area, decree.ValidFrom, decree.ValidTo);
                }
            }
            await db.SaveChangesAsync();
        });
    }

    /// <summary>Takes a review-cycle step from the assessment page's own form (as its owner would) and expects success.</summary>
    public static async Task TransitionAsync(PortalClient client, int id, string action, Dictionary<string, string>? values = null)
    {
        var form = await client.GetFormAsync($"/penilaian/{id}", $"form[data-transition='{action}']");
        var response = await client.PostFormAsync(form, values);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var page = await client.FollowAsync(response);
        page.QuerySelector(".alert-danger")?.TextContent.ShouldBeNull();
    }

    /// <summary>The pimpinan approves the self-assessment, then the Ketua Tim submits it.</summary>
    public static async Task ApproveAndSubmitAsync(PortalFactory factory, int id)
    {
        await TransitionAsync(await PortalClient.SignedInAsync(factory, "pimpinan@zi.demo"), id, "approve");
        await TransitionAsync(await PortalClient.SignedInAsync(factory, "ketua@zi.demo"), id, "submit");
    }

    public static Task<HtmlForm> QuestionFormAsync(PortalClient client, int assessmentId, string code) =>
        client.GetFormAsync($"/lembar-kerja/{assessmentId}?tab={code[2]}", $"form[data-question-form='{code}']");

    /// <summary>Posts a form the way htmx does (HX-Request header), returning the partial response.</summary>
    public static Task<HttpResponseMessage> PostHtmxAsync(PortalClient client, HtmlForm form, Dictionary<string, string> values)
    {
        var fields = form.Fields.ToList();
        foreach (var (key, value) in values)
        {
            fields.RemoveAll(f => f.Key == key);
            fields.Add(new(key, value));
        }
        var request = new HttpRequestMessage(HttpMethod.Post, form.Action) { Content = new FormUrlEncodedContent(fields) };
        request.Headers.Add("HX-Request", "true");
        return client.Http.SendAsync(request);
    }

    /// <summary>
    /// A refused request ends on the 403 page: either directly (a service refused) or through the sign-in cookie's
    /// redirect to /Account/AccessDenied (a permission policy refused).
    /// </summary>
    public static async Task ShouldBeForbiddenAsync(PortalClient client, HttpResponseMessage response)
    {
        if (response.StatusCode == HttpStatusCode.Redirect)
        {
            response.Headers.Location!.ToString().ShouldContain("/akun/akses-ditolak");
            response = await client.Http.GetAsync(response.Headers.Location);
        }
        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    public static Task<UnitAnswer?> UnitAnswerAsync(PortalFactory factory, int assessmentId, string code) =>
        factory.WithDbAsync(db => db.Set<UnitAnswer>().AsNoTracking().SingleOrDefaultAsync(a => a.AssessmentId == assessmentId && a.QuestionCode == code));

    /// <summary>The token-bearing sign-out form of the layout, re-aimed at <paramref name="action"/> (for users who cannot open the page).</summary>
    public static async Task<HtmlForm> TokenFormAsync(PortalClient client, string action)
    {
        var logout = await client.GetFormAsync("/", "form[action='/akun/keluar']");
        return new HtmlForm(action, logout.Fields);
    }
}
