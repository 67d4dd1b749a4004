using System.Net;
using Microsoft.EntityFrameworkCore;
using ZonaIntegritas.IntegrationTests.Infrastructure;
using ZonaIntegritas.Web.Domain.Assessments;
using static ZonaIntegritas.IntegrationTests.ReviewCycle.ReviewCycleTestKit;
using static ZonaIntegritas.IntegrationTests.Worksheet.WorksheetTestKit;

namespace ZonaIntegritas.IntegrationTests.ReviewCycle;

/// <summary>No stage is entered in which its owner cannot act: the window is set in the step's form or the step is refused.</summary>
[Collection(AssessmentDemoPortalCollection.Name)]
public class ReviewCycleWindowTests(DemoPortal demo)
{
    private readonly PortalFactory factory = demo.For(typeof(ReviewCycleWindowTests));

    [Fact]
    public async Task Starting_a_review_without_a_window_is_refused_unless_the_form_sets_it()
    {
        var id = await AssessmentInStageAsync(factory, 2071, AssessmentStage.Submitted);
        await factory.WithDbAsync(async db =>
        {
            var a = await db.Set<Assessment>().SingleAsync(x => x.Id == id);
            a.SetWindow(AssessmentStage.InternalReview, null, null);
            return await db.SaveChangesAsync();
        });
        var penilai = await PortalClient.SignedInAsync(factory, "penilai@zi.demo");
        var page = await penilai.GetDocumentAsync($"/penilaian/{id}");
        page.QuerySelector("[data-testid=window-problem-review]")!.TextContent.ShouldContain("Jadwal tahap Reviu Penilai Internal belum ditetapkan");
        var form = HtmlForm.From(page, "form[data-transition='review']", $"/penilaian/{id}");
        form["WindowStart"].ShouldBe(Today.ToString("yyyy-MM-dd"), "prefilled from today");
        form["WindowEnd"].ShouldBe(Today.AddDays(13).ToString("yyyy-MM-dd"), "ReviewCycle:ReviewDays defaults to 14 days");

        var refused = await penilai.FollowAsync(await penilai.PostFormAsync(form, new() { ["WindowStart"] = "", ["WindowEnd"] = "" }));
        refused.QuerySelector(".alert-danger")!.TextContent.ShouldContain("belum ditetapkan");
        (await AssessmentAsync(factory, id)).Stage.ShouldBe(AssessmentStage.Submitted);
        (await TransitionCountAsync(factory, id)).ShouldBe(0);

        var started = await penilai.PostFormAsync(form);
        started.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var a = await AssessmentAsync(factory, id);
        a.Stage.ShouldBe(AssessmentStage.InternalReview);
        (a.WindowOf(AssessmentStage.InternalReview)!.StartDate, a.WindowOf(AssessmentStage.InternalReview)!.EndDate).ShouldBe((Today, Today.AddDays(13)));
        var review = await penilai.GetDocumentAsync($"/reviu/{id}?area=A");
        review.QuerySelector("form[data-review-form='PPA1A'] fieldset")!.HasAttribute("disabled").ShouldBeFalse("the penilai can act in the stage just entered");
    }

    [Fact]
    public async Task Returning_into_a_tindak_lanjut_window_that_begins_later_is_refused_and_nothing_changes()
    {
        var id = await AssessmentInStageAsync(factory, 2072, AssessmentStage.InternalReview, false, "PPA1A");
        await factory.WithDbAsync(async db =>
        {
            var a = await db.Set<Assessment>().SingleAsync(x => x.Id == id);
            a.SetWindow(AssessmentStage.FollowUp, Today.AddDays(3), Today.AddDays(20));
            return await db.SaveChangesAsync();
        });
        var penilai = await PortalClient.SignedInAsync(factory, "penilai@zi.demo");
        var form = await penilai.GetFormAsync($"/penilaian/{id}", "form[data-transition='return']");
        form["WindowStart"].ShouldBe(Today.ToString("yyyy-MM-dd"), "the form proposes to start today");

        var values = new Dictionary<string, string> { ["WindowStart"] = Today.AddDays(3).ToString("yyyy-MM-dd"), ["WindowEnd"] = Today.AddDays(20).ToString("yyyy-MM-dd") };
        var refused = await penilai.FollowAsync(await penilai.PostFormAsync(form, values));
        refused.QuerySelector(".alert-danger")!.TextContent.ShouldContain("baru dimulai");
        var unchanged = await AssessmentAsync(factory, id);
        unchanged.Stage.ShouldBe(AssessmentStage.InternalReview);
        unchanged.WindowOf(AssessmentStage.FollowUp)!.StartDate.ShouldBe(Today.AddDays(3));

        (await penilai.PostFormAsync(form)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var returned = await AssessmentAsync(factory, id);
        returned.Stage.ShouldBe(AssessmentStage.FollowUp);
        returned.WindowOf(AssessmentStage.FollowUp)!.StartDate.ShouldBe(Today);
    }

    [Fact]
    public async Task Submitting_needs_the_pimpinan_approval_again_after_an_answer_changed()
    {
        var id = await CreateAssessmentAsync(factory, 2073);
        var ketua = await PortalClient.SignedInAsync(factory, "ketua@zi.demo");
        var blocked = await ketua.GetDocumentAsync($"/penilaian/{id}");
        blocked.QuerySelector("[data-testid=blocked-submit]")!.TextContent.ShouldBe("Menunggu persetujuan pimpinan.");
        var submit = HtmlForm.From(blocked, "form[data-transition='submit']", $"/penilaian/{id}");
        (await ketua.FollowAsync(await ketua.PostFormAsync(submit))).QuerySelector(".alert-danger")!.TextContent.ShouldContain("belum disetujui pimpinan");

        await TransitionAsync(await PortalClient.SignedInAsync(factory, "pimpinan@zi.demo"), id, "approve");
        await PostHtmxAsync(ketua, await QuestionFormAsync(ketua, id, "PPA1A"), new() { ["OptionKey"] = "Ya" });
        var stale = await ketua.FollowAsync(await ketua.PostFormAsync(submit));
        stale.QuerySelector(".alert-danger")!.TextContent.ShouldContain("persetujuan ulang");
        (await AssessmentAsync(factory, id)).Stage.ShouldBe(AssessmentStage.SelfAssessment);

        await TransitionAsync(await PortalClient.SignedInAsync(factory, "pimpinan@zi.demo"), id, "approve");
        var page = await ketua.GetDocumentAsync($"/penilaian/{id}");
        var confirm = page.QuerySelector("[data-testid=stage-submit]")!.GetAttribute("data-confirm")!;
        confirm.ShouldContain("jawaban kosong");
        confirm.ShouldContain("jawaban positif tanpa eviden");
        confirm.ShouldContain("syarat belum terpenuhi");
        await TransitionAsync(ketua, id, "submit");
        (await AssessmentAsync(factory, id)).Stage.ShouldBe(AssessmentStage.Submitted);
        page = await ketua.GetDocumentAsync($"/penilaian/{id}");
        var timeline = page.QuerySelector("[data-testid=timeline]")!.TextContent;
        timeline.ShouldContain("Disetujui pimpinan");
        timeline.ShouldContain("Diajukan");
        timeline.ShouldContain("putaran 1");
    }
}
