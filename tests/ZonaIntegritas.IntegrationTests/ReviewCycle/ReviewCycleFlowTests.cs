using Microsoft.EntityFrameworkCore;
using ZonaIntegritas.IntegrationTests.Infrastructure;
using ZonaIntegritas.Web.Domain.Assessments;
using ZonaIntegritas.Web.Domain.Notifications;
using static ZonaIntegritas.IntegrationTests.ReviewCycle.ReviewCycleTestKit;
using static ZonaIntegritas.IntegrationTests.Worksheet.WorksheetTestKit;

namespace ZonaIntegritas.IntegrationTests.ReviewCycle;

/// <summary>The whole cycle over HTTP: who is notified at each step, the home queues, fixed marks and the official score.</summary>
[Collection(AssessmentDemoPortalCollection.Name)]
public class ReviewCycleFlowTests(DemoPortal demo)
{
    private readonly PortalFactory factory = demo.For(typeof(ReviewCycleFlowTests));

    [Fact]
    public async Task Each_step_notifies_the_people_who_must_act_and_final_shows_the_assessors_score()
    {
        var id = await CreateAssessmentAsync(factory, 2091);
        await CreateAnggotaAsync(factory, "anggota.a@zi.demo", "A");
        await CreateAnggotaAsync(factory, "anggota.b@zi.demo", "B");
        var ketua = await PortalClient.SignedInAsync(factory, "ketua@zi.demo");
        var penilai = await PortalClient.SignedInAsync(factory, "penilai@zi.demo");
        foreach (var (code, option) in new[] { ("PPA1A", "Ya"), ("PPA1B", "A"), ("PPB1A", "Ya") })
        {
            await PostHtmxAsync(ketua, await QuestionFormAsync(ketua, id, code), new() { ["OptionKey"] = option });
        }

        await ApproveAndSubmitAsync(factory, id);
        (await NotesAsync("ketua@zi.demo")).ShouldContain(n => n.Contains("disetujui pimpinan"));
        (await NotesAsync("penilai@zi.demo")).ShouldContain(n => n.Contains("diajukan (putaran 1); menunggu reviu Anda"));
        (await NotesAsync("anggota.a@zi.demo")).ShouldBeEmpty();
        (await penilai.GetDocumentAsync("/")).QuerySelector($"[data-testid=review-queue] [data-queue-assessment='{id}']").ShouldNotBeNull();

        await TransitionAsync(penilai, id, "review");
        foreach (var code in new[] { "PPA1A", "PPA1B", "PPB1A" })
        {
            var form = await penilai.GetFormAsync($"/reviu/{id}?area={code[2]}", $"form[data-review-form='{code}']");
            await PostHtmxAsync(penilai, form, new() { ["NeedsFix"] = "true", ["FixNote"] = "Lengkapi bukti " + code });
        }
        await TransitionAsync(penilai, id, "return");

        var forA = await NotesAsync("anggota.a@zi.demo");
        forA.Count.ShouldBe(1);
        forA[0].ShouldContain("2 pertanyaan perlu perbaikan untuk Anda (PPA1A, PPA1B)");
        (await NotesAsync("anggota.b@zi.demo")).ShouldHaveSingleItem().ShouldContain("(PPB1A)");
        (await NotesAsync("ketua@zi.demo")).ShouldContain(n => n.Contains("(PPA1A, PPA1B, PPB1A)"));
        (await NotesAsync("pimpinan@zi.demo")).ShouldBeEmpty();
        var homeA = await (await PortalClient.SignedInAsync(factory, "anggota.a@zi.demo")).GetDocumentAsync("/");
        homeA.QuerySelectorAll("[data-testid=fix-queue] [data-fix-code]").Select(e => e.TextContent).ShouldBe(["PPA1A", "PPA1B"]);
        homeA.QuerySelector("[data-testid=unread-count]")!.TextContent.ShouldBe("1");

        await PostHtmxAsync(ketua, await QuestionFormAsync(ketua, id, "PPA1A"), new() { ["OptionKey"] = "Tidak", ["Note"] = "SK belum ada" });
        await PostHtmxAsync(ketua, await QuestionFormAsync(ketua, id, "PPB1A"), new() { ["OptionKey"] = "Tidak" });
        await TransitionAsync(ketua, id, "submit");
        (await NotesAsync("penilai@zi.demo")).ShouldContain(n => n.Contains("diajukan kembali setelah Tindak Lanjut (putaran 2)"));

        await TransitionAsync(penilai, id, "review");
        var review = await penilai.GetDocumentAsync($"/reviu/{id}?area=A");
        review.QuerySelector("[data-testid=fixed-PPA1A]").ShouldNotBeNull();
        review.QuerySelector("[data-testid=not-fixed-PPA1B]").ShouldNotBeNull();
        review.QuerySelector("[data-testid=criteria-PPA1B]")!.TextContent.Length.ShouldBeGreaterThan(40, "the criteria of every option are on the page");
        review.QuerySelector($"#r-PPA1B [data-testid=question-evidence-panel]").ShouldNotBeNull("the evidence is shown beside the question");
        var lowest = review.QuerySelectorAll("form[data-review-form='PPA1B'] input[name=OptionKey]").Last().GetAttribute("value")!;
        var own = await penilai.GetFormAsync($"/reviu/{id}?area=A", "form[data-review-form='PPA1B']");
        var saved = await PortalClient.ParseAsync(await PostHtmxAsync(penilai, own, new() { ["OptionKey"] = lowest, ["NeedsFix"] = "false" }));
        saved.QuerySelector("[data-testid=review-error]").ShouldBeNull();
        await TransitionAsync(penilai, id, "close");

        (await AssessmentAsync(factory, id)).Stage.ShouldBe(AssessmentStage.Final);
        (await NotesAsync("pimpinan@zi.demo")).ShouldContain(n => n.Contains("final. Nilai resmi (Penilai Internal)"));
        (await NotesAsync("anggota.b@zi.demo")).ShouldContain(n => n.Contains("final."));
        var details = await ketua.GetDocumentAsync($"/penilaian/{id}");
        details.QuerySelector("[data-testid=official-basis]")!.TextContent.ShouldBe("Hasil resmi: nilai Penilai Internal");
        details.QuerySelector("[data-testid=official-total]")!.TextContent.ShouldNotBe(details.QuerySelector("[data-testid=unit-total]")!.TextContent);
        var timeline = details.QuerySelectorAll("[data-testid=timeline] li").Select(li => li.GetAttribute("data-kind")).ToList();
        timeline.ShouldBe(["Approved", "Submitted", "ReviewStarted", "Returned", "Resubmitted", "ReviewStarted", "ReviewClosed"]);
    }

    private Task<List<string>> NotesAsync(string email) =>
        factory.WithDbAsync(db => db.Set<Notification>().AsNoTracking()
            .Where(n => db.Users.Any(u => u.Id == n.UserId && u.Email == email)).OrderBy(n => n.Id).Select(n => n.Text).ToListAsync());
}
