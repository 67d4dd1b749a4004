using System.Net;
using Microsoft.EntityFrameworkCore;
using ZonaIntegritas.IntegrationTests.Infrastructure;
using ZonaIntegritas.Web.Domain.Assessments;
using ZonaIntegritas.Web.Domain.Lke;
using ZonaIntegritas.Web.Infrastructure.Lke;
using static ZonaIntegritas.IntegrationTests.Worksheet.WorksheetTestKit;

namespace ZonaIntegritas.IntegrationTests.Worksheet;

[Collection(AssessmentDemoPortalCollection.Name)]
public class AssessmentStageTests(DemoPortal demo)
{
    private readonly PortalFactory factory = demo.For(typeof(AssessmentStageTests));

    [Fact]
    public async Task Ketua_creates_an_assessment_and_a_second_one_for_the_same_unit_and_year_is_refused()
    {
        var office = await OfficeIdAsync(factory);
        var client = await PortalClient.SignedInAsync(factory, "ketua@zi.demo");
        var form = await client.GetFormAsync("/penilaian/baru", "form[action='/penilaian/baru']");
        var values = new Dictionary<string, string>
        {
            ["UnitId"] = office.ToString(),
            ["Year"] = "2040",
            ["Target"] = "Wbbm",
            ["SelfStart"] = "2040-01-01",
            ["SelfEnd"] = "2040-12-31",
        };

        var created = await client.PostFormAsync(form, values);
        created.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var details = await client.FollowAsync(created);
        details.QuerySelector("[data-testid=stage]")!.TextContent.ShouldBe("Penilaian Mandiri");
        details.QuerySelector("[data-testid=gate-WBBM]")!.TextContent.ShouldContain("Unit telah meraih predikat WBK");
        details.Body!.TextContent.ShouldContain("belum tercatat meraih predikat WBK");

        var again = await PortalClient.ParseAsync(await client.PostFormAsync(form, values));
        again.QuerySelector("[data-testid=validation-summary]")!.TextContent.ShouldContain("sudah memiliki penilaian untuk tahun 2040");
        (await factory.WithDbAsync(db => db.Set<Assessment>().CountAsync(a => a.UnitId == office && a.Year == 2040))).ShouldBe(1);
    }

    [Fact]
    public async Task Creating_an_assessment_locks_its_lke_version()
    {
        var office = await OfficeIdAsync(factory);
        await factory.WithDbAsync(async db =>
        {
            db.Add(LkeVersion.Create(LkeTemplateFile.LoadEmbedded(), "uji-kunci-2039", "Salinan uji", LkeVersionSource.Imported, "tes", DateTime.UtcNow));
            await db.SaveChangesAsync();
        });
        (await VersionLockedAsync("uji-kunci-2039")).ShouldBeFalse();
        var client = await PortalClient.SignedInAsync(factory, "ketua@zi.demo");
        var form = await client.GetFormAsync("/penilaian/baru", "form[action='/penilaian/baru']");

        var created = await client.PostFormAsync(form, new()
        {
            ["UnitId"] = office.ToString(),
            ["Year"] = "2039",
            ["Target"] = "Wbk",
            ["LkeVersionCode"] = "uji-kunci-2039",
            ["SelfStart"] = "2039-01-01",
            ["SelfEnd"] = "2039-12-31",
        });

        created.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await VersionLockedAsync("uji-kunci-2039")).ShouldBeTrue();
    }

    private Task<bool> VersionLockedAsync(string code) =>
        factory.WithDbAsync(db => db.Set<LkeVersion>().Where(v => v.Code == code).Select(v => v.LockedAtUtc != null).SingleAsync());

    [Fact]
    public async Task Diajukan_refuses_edits_with_a_clear_message()
    {
        var id = await CreateAssessmentAsync(factory, 2041);
        var ketua = await PortalClient.SignedInAsync(factory, "ketua@zi.demo");
        await PostHtmxAsync(ketua, await QuestionFormAsync(ketua, id, "PPA1A"), new() { ["OptionKey"] = "Ya" });
        var form = await QuestionFormAsync(ketua, id, "PPA1A");

        await ApproveAndSubmitAsync(factory, id);
        (await factory.WithDbAsync(db => db.Set<Assessment>().SingleAsync(a => a.Id == id))).Stage.ShouldBe(AssessmentStage.Submitted);

        var refused = await PostHtmxAsync(ketua, form, new() { ["OptionKey"] = "Tidak" });
        refused.Headers.GetValues("HX-Retarget").ShouldBe(["#q-PPA1A-answer"], "a refused save re-renders the whole question from the stored answer");
        var refusedHtml = await PortalClient.ParseAsync(refused);
        refusedHtml.QuerySelector("#q-PPA1A-opt-Ya")!.HasAttribute("checked").ShouldBeTrue();
        refusedHtml.QuerySelector("[data-testid=question-error]")!.TextContent
            .ShouldBe("Penilaian sudah diajukan dan terkunci; jawaban tidak dapat diubah.");
        var plain = await ketua.FollowAsync(await ketua.PostFormAsync(form, new() { ["OptionKey"] = "Tidak" }));
        plain.QuerySelector(".alert-danger")!.TextContent.ShouldContain("sudah diajukan dan terkunci");
        (await UnitAnswerAsync(factory, id, "PPA1A"))!.OptionKey.ShouldBe("Ya");
        var page = await ketua.GetDocumentAsync($"/lembar-kerja/{id}?tab=A");
        page.QuerySelector("[data-testid=lock-reason]")!.TextContent.ShouldContain("terkunci");
    }

    [Fact]
    public async Task Closed_stage_window_refuses_edits_with_the_message()
    {
        var id = await CreateAssessmentAsync(factory, 2042, windowOpen: false);
        var ketua = await PortalClient.SignedInAsync(factory, "ketua@zi.demo");
        var form = await QuestionFormAsync(ketua, id, "PPA1A");

        var html = await PortalClient.ParseAsync(await PostHtmxAsync(ketua, form, new() { ["OptionKey"] = "Ya" }));

        var message = html.QuerySelector("[data-testid=question-error]")!.TextContent;
        message.ShouldStartWith("Di luar jadwal tahap Penilaian Mandiri (");
        message.ShouldContain("Perubahan ditolak.");
        (await UnitAnswerAsync(factory, id, "PPA1A")).ShouldBeNull();
    }

    [Fact]
    public async Task Tindak_lanjut_reopens_only_the_questions_marked_perlu_perbaikan()
    {
        var id = await CreateAssessmentAsync(factory, 2043);
        var ketua = await PortalClient.SignedInAsync(factory, "ketua@zi.demo");
        var penilai = await PortalClient.SignedInAsync(factory, "penilai@zi.demo");
        await PostHtmxAsync(ketua, await QuestionFormAsync(ketua, id, "PPA1A"), new() { ["OptionKey"] = "Tidak" });
        await PostHtmxAsync(ketua, await QuestionFormAsync(ketua, id, "PPA1B"), new() { ["OptionKey"] = "C" });
        await ApproveAndSubmitAsync(factory, id);

        // No review before the stage starts; then the assessor marks PPA1A.
        var early = await PostHtmxAsync(penilai, await ReviewFormAsync(penilai, id, "PPA1A"), new() { ["NeedsFix"] = "true", ["FixNote"] = "Lampirkan SK" });
        (await PortalClient.ParseAsync(early)).QuerySelector("[data-testid=review-error]")!.TextContent.ShouldContain("tahap Reviu Penilai Internal");
        await TransitionAsync(penilai, id, "review");
        var marked = await PostHtmxAsync(penilai, await ReviewFormAsync(penilai, id, "PPA1A"), new() { ["NeedsFix"] = "true", ["FixNote"] = "Lampirkan SK Tim Kerja" });
        (await PortalClient.ParseAsync(marked)).QuerySelector("[data-testid=review-error]").ShouldBeNull();
        await TransitionAsync(penilai, id, "return");
        (await factory.WithDbAsync(db => db.Set<Assessment>().SingleAsync(a => a.Id == id))).Stage.ShouldBe(AssessmentStage.FollowUp);

        var page = await ketua.GetDocumentAsync($"/lembar-kerja/{id}?tab=A");
        page.QuerySelector("#q-PPA1A [data-testid=needs-fix]").ShouldNotBeNull();
        page.QuerySelector("#q-PPA1A")!.TextContent.ShouldContain("Lampirkan SK Tim Kerja");
        page.QuerySelector("form[data-question-form='PPA1A'] fieldset")!.HasAttribute("disabled").ShouldBeFalse();
        page.QuerySelector("form[data-question-form='PPA1B'] fieldset")!.HasAttribute("disabled").ShouldBeTrue();

        var fixedOne = await PostHtmxAsync(ketua, await QuestionFormAsync(ketua, id, "PPA1A"), new() { ["OptionKey"] = "Ya" });
        (await PortalClient.ParseAsync(fixedOne)).QuerySelector("[data-testid=question-error]").ShouldBeNull();
        var other = await PostHtmxAsync(ketua, await QuestionFormAsync(ketua, id, "PPA1B"), new() { ["OptionKey"] = "A" });
        (await PortalClient.ParseAsync(other)).QuerySelector("[data-testid=question-error]")!.TextContent
            .ShouldBe("Pada tahap Tindak Lanjut hanya pertanyaan yang ditandai Perlu Perbaikan yang dapat diubah.");
        (await UnitAnswerAsync(factory, id, "PPA1A"))!.OptionKey.ShouldBe("Ya");
        (await UnitAnswerAsync(factory, id, "PPA1B"))!.OptionKey.ShouldBe("C");
    }

    [Fact]
    public async Task Assessor_answers_are_kept_apart_and_the_unit_answer_is_unchanged()
    {
        var id = await CreateAssessmentAsync(factory, 2044);
        var ketua = await PortalClient.SignedInAsync(factory, "ketua@zi.demo");
        var penilai = await PortalClient.SignedInAsync(factory, "penilai@zi.demo");
        await PostHtmxAsync(ketua, await QuestionFormAsync(ketua, id, "PPA2B"), new() { ["OptionKey"] = "A", ["Note"] = "Target relevan" });
        await ApproveAndSubmitAsync(factory, id);
        await TransitionAsync(penilai, id, "review");

        var response = await PostHtmxAsync(penilai, await ReviewFormAsync(penilai, id, "PPA2B"), new() { ["OptionKey"] = "C", ["Note"] = "Target tidak terukur" });
        var html = await PortalClient.ParseAsync(response);

        html.QuerySelector("[data-differs=true]").ShouldNotBeNull("the row is highlighted as different");
        html.QuerySelector("#review-totals")!.GetAttribute("hx-swap-oob").ShouldBe("true");
        html.QuerySelector("[data-testid=differences]")!.TextContent.ShouldStartWith("1 ");
        var unit = await UnitAnswerAsync(factory, id, "PPA2B");
        unit!.OptionKey.ShouldBe("A");
        unit.Note.ShouldBe("Target relevan");
        var assessor = await factory.WithDbAsync(db => db.Set<AssessorAnswer>().SingleAsync(a => a.AssessmentId == id && a.QuestionCode == "PPA2B"));
        assessor.OptionKey.ShouldBe("C");
        assessor.Note.ShouldBe("Target tidak terukur");
        var history = await factory.WithDbAsync(db => db.Set<AnswerHistory>().Where(h => h.AssessmentId == id && h.QuestionCode == "PPA2B").OrderBy(h => h.Id).ToListAsync());
        history.Select(h => h.Source).ShouldBe([AnswerSource.Unit, AnswerSource.Assessor]);
        history[1].NewValue.ShouldBe("C");

        var side = await ketua.GetDocumentAsync($"/reviu/{id}?area=A");
        side.QuerySelector("[data-testid=unit-answer-PPA2B]")!.TextContent.ShouldBe("A");
        side.QuerySelector("[data-testid=unit-pengungkit]")!.TextContent.ShouldNotBe(side.QuerySelector("[data-testid=assessor-pengungkit]")!.TextContent);
        side.QuerySelector("form[data-review-form='PPA2B'] fieldset")!.HasAttribute("disabled").ShouldBeTrue("only assessors edit the assessor column");
    }

    [Fact]
    public async Task Ketua_cannot_save_assessor_answers_and_anggota_cannot_take_cycle_steps()
    {
        var id = await CreateAssessmentAsync(factory, 2045);
        var ketua = await PortalClient.SignedInAsync(factory, "ketua@zi.demo");
        var anggota = await PortalClient.SignedInAsync(factory, "anggota@zi.demo");

        var reviewForm = await ReviewFormAsync(ketua, id, "PPA1A");
        await ShouldBeForbiddenAsync(ketua, await ketua.PostFormAsync(reviewForm, new() { ["OptionKey"] = "Tidak" }));
        var stageForm = await TokenFormAsync(anggota, $"/siklus-reviu/transisi/{id}");
        await ShouldBeForbiddenAsync(anggota, await anggota.PostFormAsync(stageForm, new() { ["Action"] = "submit" }));
        (await factory.WithDbAsync(db => db.Set<Assessment>().SingleAsync(a => a.Id == id))).Stage.ShouldBe(AssessmentStage.SelfAssessment);
    }

    [Fact]
    public async Task External_stage_outcome_is_recorded_and_unknown_question_codes_are_listed()
    {
        var id = await CreateAssessmentAsync(factory, 2046);
        var ketua = await PortalClient.SignedInAsync(factory, "ketua@zi.demo");
        var form = await ketua.GetFormAsync($"/penilaian/{id}", $"form[action='/penilaian/hasil-eksternal/{id}']");

        var bad = await ketua.FollowAsync(await ketua.PostFormAsync(form, new() { ["Stage"] = "Tpi", ["Passed"] = "true", ["Date"] = "2046-06-12", ["QuestionValuesJson"] = "{\"XYZ1A\":\"A\",\"PPA1A\":\"Q\"}" }));
        var error = bad.QuerySelector(".alert-danger")!.TextContent;
        error.ShouldContain("XYZ1A: kode pertanyaan tidak dikenal.");
        error.ShouldContain("PPA1A: nilai harus pilihan Ya/Tidak atau angka 0–1.");

        var ok = await ketua.FollowAsync(await ketua.PostFormAsync(form, new() { ["Stage"] = "Tpi", ["Passed"] = "true", ["Date"] = "2046-06-12", ["Note"] = "Lolos ke TPN", ["QuestionValuesJson"] = "{\"PPA1A\":\"Ya\",\"PRA1A\":0.8}" }));
        var table = ok.QuerySelector("[data-testid=external-results]")!.TextContent;
        table.ShouldContain("TPI (Inspektorat Jenderal)");
        table.ShouldContain("Lolos");
        table.ShouldContain("12 Juni 2046");
        table.ShouldContain("Nilai 2 pertanyaan");
    }

    private static Task<HtmlForm> ReviewFormAsync(PortalClient client, int id, string code) =>
        client.GetFormAsync($"/reviu/{id}?area={code[2]}", $"form[data-review-form='{code}']");
}
