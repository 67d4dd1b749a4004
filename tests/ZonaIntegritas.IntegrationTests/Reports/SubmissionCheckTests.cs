using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ZonaIntegritas.IntegrationTests.Infrastructure;
using ZonaIntegritas.IntegrationTests.Worksheet;
using ZonaIntegritas.Web.Domain.Evidence;
using ZonaIntegritas.Web.Features.Evidence;
using ZonaIntegritas.Web.Features.Reports;
using ZonaIntegritas.Web.Features.SubmissionCheck;

namespace ZonaIntegritas.IntegrationTests.Reports;

/// <summary>The pre-submission check, one test per rule, on real rows (each test in its own assessment year).</summary>
[Collection(AssessmentDemoPortalCollection.Name)]
public class SubmissionCheckTests(DemoPortal demo)
{
    private readonly PortalFactory factory = demo.For(typeof(SubmissionCheckTests));

    private async Task<(int Id, int Office)> AssessmentAsync(int year)
    {
        var id = await WorksheetTestKit.CreateAssessmentAsync(factory, year);
        return (id, await ReportTestData.OfficeIdAsync(factory));
    }

    private async Task<QuestionCheck> CheckAsync(int id, string code) => (await ReportTestData.CheckAsync(factory, id)).Question(code);

    private static void ShouldHave(QuestionCheck check, CheckRule rule, CheckStatus status)
    {
        check.Findings.ShouldContain(f => f.Rule == rule, check.Reasons);
        check.Status.ShouldBe(status, check.Reasons);
    }

    [Fact]
    public async Task A_good_answer_with_accepted_current_evidence_is_sesuai()
    {
        var (id, office) = await AssessmentAsync(2040);
        await ReportTestData.SetUnitAnswerAsync(factory, id, "PPA1A", "Ya");
        await ReportTestData.AddEvidenceAsync(factory, office, 2040, ["PPA1A"], "SK", ReportTestData.TestPdf("SK"), review: EvidenceReviewStatus.Accepted);
        var check = await CheckAsync(id, "PPA1A");
        check.Status.ShouldBe(CheckStatus.Compliant, check.Reasons);
        check.Findings.ShouldBeEmpty();
    }

    [Fact]
    public async Task Unanswered_question_is_tidak_sesuai()
    {
        var (id, _) = await AssessmentAsync(2041);
        ShouldHave(await CheckAsync(id, "PPB1A"), CheckRule.Unanswered, CheckStatus.NonCompliant);
    }

    [Fact]
    public async Task Answer_above_the_lowest_option_without_evidence_is_tidak_sesuai_but_the_lowest_option_needs_none()
    {
        var (id, _) = await AssessmentAsync(2042);
        await ReportTestData.SetUnitAnswerAsync(factory, id, "PPB1A", "B");
        await ReportTestData.SetUnitAnswerAsync(factory, id, "PPB1B", "E");
        ShouldHave(await CheckAsync(id, "PPB1A"), CheckRule.NoEvidence, CheckStatus.NonCompliant);
        (await CheckAsync(id, "PPB1B")).Status.ShouldBe(CheckStatus.Compliant);
    }

    [Fact]
    public async Task Evidence_not_yet_reviewed_needs_work()
    {
        var (id, office) = await AssessmentAsync(2043);
        await ReportTestData.SetUnitAnswerAsync(factory, id, "PPA1A", "Ya");
        await ReportTestData.AddEvidenceAsync(factory, office, 2043, ["PPA1A"], "SK", ReportTestData.TestPdf("SK"));
        ShouldHave(await CheckAsync(id, "PPA1A"), CheckRule.EvidenceNotReviewed, CheckStatus.NeedsFix);
    }

    [Fact]
    public async Task Rejected_evidence_is_tidak_sesuai()
    {
        var (id, office) = await AssessmentAsync(2044);
        await ReportTestData.SetUnitAnswerAsync(factory, id, "PPA1A", "Ya");
        var itemId = await ReportTestData.AddEvidenceAsync(factory, office, 2044, ["PPA1A"], "SK", ReportTestData.TestPdf("SK"), review: EvidenceReviewStatus.Rejected);
        var check = await CheckAsync(id, "PPA1A");
        ShouldHave(check, CheckRule.EvidenceRejected, CheckStatus.NonCompliant);
        check.Findings.Single(f => f.Rule == CheckRule.EvidenceRejected).EvidenceId.ShouldBe(itemId);
    }

    [Fact]
    public async Task Evidence_carried_over_and_not_revalidated_needs_work()
    {
        var (id, office) = await AssessmentAsync(2045);
        await ReportTestData.SetUnitAnswerAsync(factory, id, "PPA1A", "Ya");
        await ReportTestData.AddEvidenceAsync(factory, office, 2045, ["PPA1A"], "SK lama", ReportTestData.TestPdf("SK"), documentDate: new DateOnly(2045, 1, 5),
            review: EvidenceReviewStatus.Accepted, needsRevalidation: true, itemYear: 2044);
        ShouldHave(await CheckAsync(id, "PPA1A"), CheckRule.NotRevalidated, CheckStatus.NeedsFix);
    }

    [Fact]
    public async Task Document_dated_outside_the_assessment_year_needs_work()
    {
        var (id, office) = await AssessmentAsync(2046);
        await ReportTestData.SetUnitAnswerAsync(factory, id, "PPA1A", "Ya");
        await ReportTestData.AddEvidenceAsync(factory, office, 2046, ["PPA1A"], "SK", ReportTestData.TestPdf("SK"), documentDate: new DateOnly(2044, 6, 1), review: EvidenceReviewStatus.Accepted);
        ShouldHave(await CheckAsync(id, "PPA1A"), CheckRule.DocumentDateOutsideYear, CheckStatus.NeedsFix);
    }

    [Fact]
    public async Task File_type_pmpzi_does_not_take_is_tidak_sesuai()
    {
        var (id, office) = await AssessmentAsync(2047);
        await ReportTestData.SetUnitAnswerAsync(factory, id, "PPA1A", "Ya");
        await ReportTestData.AddEvidenceAsync(factory, office, 2047, ["PPA1A"], "Daftar hadir", "PK\u0003\u0004 bukan pdf"u8.ToArray(),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx", review: EvidenceReviewStatus.Accepted);
        ShouldHave(await CheckAsync(id, "PPA1A"), CheckRule.FileType, CheckStatus.NonCompliant);
    }

    [Fact]
    public async Task File_over_the_pmpzi_upload_size_is_tidak_sesuai()
    {
        var (id, office) = await AssessmentAsync(2048);
        await ReportTestData.SetUnitAnswerAsync(factory, id, "PPA1A", "Ya");
        var big = new byte[(10 * 1024 * 1024) + 1];
        ReportTestData.TestPdf("besar").CopyTo(big, 0);
        await ReportTestData.AddEvidenceAsync(factory, office, 2048, ["PPA1A"], "Video sosialisasi", big, review: EvidenceReviewStatus.Accepted);
        ShouldHave(await CheckAsync(id, "PPA1A"), CheckRule.FileTooLarge, CheckStatus.NonCompliant);
    }

    [Fact]
    public async Task Numeric_inputs_with_more_integrated_changes_than_changes_made_are_inconsistent()
    {
        var (id, office) = await AssessmentAsync(2049);
        var data = await ReportTestData.LoadAsync(factory, id);
        var question = data.Template.Questions.First(q => q.Percentage is { Formula: Web.Domain.Lke.PercentageFormula.Ratio });
        var rule = question.Percentage!;
        await ReportTestData.SetUnitAnswerAsync(factory, id, question.Code, null, new Dictionary<string, long> { [rule.Numerator] = 7, [rule.Denominator] = 5 });
        await ReportTestData.AddEvidenceAsync(factory, office, 2049, [question.Code], "Laporan", ReportTestData.TestPdf("L"), review: EvidenceReviewStatus.Accepted);
        ShouldHave(await CheckAsync(id, question.Code), CheckRule.InputsInconsistent, CheckStatus.NonCompliant);
    }

    [Fact]
    public async Task Open_perlu_perbaikan_mark_of_the_assessor_needs_work()
    {
        var (id, office) = await AssessmentAsync(2050);
        await ReportTestData.SetUnitAnswerAsync(factory, id, "PPA1A", "Ya");
        await ReportTestData.AddEvidenceAsync(factory, office, 2050, ["PPA1A"], "SK", ReportTestData.TestPdf("SK"), review: EvidenceReviewStatus.Accepted);
        await ReportTestData.SetAssessorAnswerAsync(factory, id, "PPA1A", null, null, needsFix: true, fixNote: "SK belum ditandatangani.");
        var check = await CheckAsync(id, "PPA1A");
        ShouldHave(check, CheckRule.OpenFixRequest, CheckStatus.NeedsFix);
        check.Reasons.ShouldContain("SK belum ditandatangani.");
    }

    [Fact]
    public async Task Check_page_counts_per_area_and_links_to_question_evidence_and_upload()
    {
        var (id, office) = await AssessmentAsync(2051);
        await ReportTestData.SetUnitAnswerAsync(factory, id, "PPA1A", "Ya");
        var itemId = await ReportTestData.AddEvidenceAsync(factory, office, 2051, ["PPA1A"], "SK", ReportTestData.TestPdf("SK"), review: EvidenceReviewStatus.Rejected);
        var ketua = await PortalClient.SignedInAsync(factory, "ketua@zi.demo");

        var page = await ketua.GetDocumentAsync($"/cek-pengajuan/{id}");

        var result = await ReportTestData.CheckAsync(factory, id);
        page.QuerySelector("[data-testid=count-tidak]")!.TextContent.Trim().ShouldBe(result.TidakSesuai.ToString());
        page.QuerySelectorAll("[data-testid=area-counts] tbody tr").Length.ShouldBe(6);
        var row = page.QuerySelector("[data-question=PPA1A]")!;
        row.GetAttribute("data-status").ShouldBe("TidakSesuai");
        row.QuerySelector($"a[href='/eviden/{itemId}']").ShouldNotBeNull();
        row.QuerySelector($"a[href='/lembar-kerja/{id}?tab=A#q-PPA1A']").ShouldNotBeNull();
        row.QuerySelector("a[href^='/eviden/pertanyaan?']").ShouldNotBeNull();
    }

    [Fact]
    public async Task Check_command_prints_the_check_as_json()
    {
        var (id, _) = await AssessmentAsync(2052);
        var stdout = new StringWriter();
        var exit = await factory.WithScopeAsync(sp => new CheckCommand().RunAsync(sp, ["--assessment", id.ToString()], stdout, new StringWriter()));
        exit.ShouldBe(0);
        using var json = JsonDocument.Parse(stdout.ToString());
        json.RootElement.GetProperty("format").GetString().ShouldBe("zi-submission-check/1");
        json.RootElement.GetProperty("counts").GetProperty("tidakSesuai").GetInt32().ShouldBe(json.RootElement.GetProperty("questions").GetArrayLength());
        json.RootElement.GetProperty("questions")[0].GetProperty("status").GetString().ShouldBe("TidakSesuai");
        (await factory.WithScopeAsync(sp => new CheckCommand().RunAsync(sp, ["--assessment", "999999"], new StringWriter(), new StringWriter()))).ShouldBe(ReportCommandBase.NotFound);
    }
}
