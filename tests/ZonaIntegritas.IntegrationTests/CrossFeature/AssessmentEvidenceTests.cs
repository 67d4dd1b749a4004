using System.Net;
using Microsoft.EntityFrameworkCore;
using ZonaIntegritas.IntegrationTests.Evidence;
using ZonaIntegritas.IntegrationTests.Infrastructure;
using ZonaIntegritas.IntegrationTests.Rosters;
using ZonaIntegritas.IntegrationTests.Worksheet;
using ZonaIntegritas.Web.Domain.Assessments;
using ZonaIntegritas.Web.Domain.ChangeAgents;
using ZonaIntegritas.Web.Domain.Evidence;

namespace ZonaIntegritas.IntegrationTests.CrossFeature;

/// <summary>How the assessment's stage governs the evidence library and the roster-decided inputs.</summary>
[Collection(DemoPortalCollection.Name)]
public class AssessmentEvidenceTests(DemoPortal demo)
{
    private readonly PortalFactory factory = demo.For(typeof(AssessmentEvidenceTests));

    [Fact]
    public async Task Creating_a_new_years_assessment_carries_last_years_evidence_links_for_revalidation()
    {
        var office = await EvidenceTestData.OfficeIdAsync(factory);
        var ketua = await EvidenceClient.SignedInAsync(factory, "ketua@zi.demo");
        var (status, uploaded) = await ketua.UploadAsync(new ByteArrayContent(EvidenceTestData.Pdf("SK Tim 2021")), "sk-tim.pdf",
            EvidenceClient.Fields(office, ["PPA1A", "PPA2A"], year: 2021, title: "SK Tim Kerja ZI 2021"));
        status.ShouldBe(HttpStatusCode.OK, uploaded.Message);

        var client = await PortalClient.SignedInAsync(factory, "ketua@zi.demo");
        var form = await client.GetFormAsync("/penilaian/baru", "form[action='/penilaian/baru']");
        var response = await client.PostFormAsync(form, new()
        {
            ["UnitId"] = office.ToString(),
            ["Year"] = "2022",
            ["Target"] = "Wbk",
            ["SelfStart"] = "2022-01-01",
            ["SelfEnd"] = "2022-12-31",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var page = await client.FollowAsync(response);
        page.Body!.TextContent.ShouldContain("2 tautan eviden dari tahun 2021 dibawa ke tahun 2022 dan perlu divalidasi ulang.");
        var links = await factory.WithDbAsync(db => db.Set<EvidenceLink>().Where(l => l.EvidenceItemId == uploaded.Id && l.Year == 2022).ToListAsync());
        links.Select(l => l.QuestionCode).Order().ShouldBe(["PPA1A", "PPA2A"]);
        links.ShouldAllBe(l => l.NeedsRevalidation);
    }

    [Fact]
    public async Task A_submitted_assessment_freezes_its_evidence_links_uploads_versions_and_deletion()
    {
        var office = await EvidenceTestData.OfficeIdAsync(factory);
        var ketua = await EvidenceClient.SignedInAsync(factory, "ketua@zi.demo");
        var assessmentId = await WorksheetTestKit.CreateAssessmentAsync(factory, 2023);
        var (_, item) = await ketua.UploadAsync(new ByteArrayContent(EvidenceTestData.Pdf("Notulen 2023")), "notulen.pdf",
            EvidenceClient.Fields(office, ["PPA2A"], year: 2023, title: "Notulen rapat 2023"));
        item.Ok.ShouldBeTrue("open while the unit fills in its self-assessment");
        await SetStageAsync(assessmentId, a => a.Submit("uji", "Uji", DateTime.UtcNow, approvalCurrent: true));

        var (status, refused) = await ketua.UploadAsync(new ByteArrayContent(EvidenceTestData.Pdf("Terlambat")), "terlambat.pdf",
            EvidenceClient.Fields(office, ["PPA1A"], year: 2023));
        status.ShouldBe(HttpStatusCode.Conflict);
        refused.Message.ShouldBe("Penilaian 2023 pada tahap Diajukan: eviden dan data pertanyaan PPA1A terkunci.");

        var link = await ketua.PostAsync("/eviden/tautkan", new() { ["ItemId"] = item.Id!.ToString()!, ["Year"] = "2023", ["QuestionCode"] = "PPA3A" });
        link.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await ketua.GetDocumentAsync(link.Headers.Location!.ToString())).Body!.TextContent.ShouldContain("terkunci");

        var linkId = await factory.WithDbAsync(db => db.Set<EvidenceLink>().Where(l => l.EvidenceItemId == item.Id && l.Year == 2023).Select(l => l.Id).SingleAsync());
        (await ketua.PostAsync($"/eviden/lepas-tautan/{linkId}", [])).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await ketua.UploadRevisionAsync(item.Id!.Value, EvidenceTestData.Pdf("Notulen revisi"), "notulen-2.pdf")).Status.ShouldBe(HttpStatusCode.Conflict);
        var delete = await ketua.PostAsync($"/eviden/hapus/{item.Id}", new() { ["confirm"] = "true" });
        delete.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await PortalClient.ParseAsync(delete)).QuerySelector("[data-testid=validation-summary]")!.TextContent.ShouldContain("terkunci");

        var stored = await factory.WithDbAsync(db => db.Set<EvidenceItem>().Include(i => i.Links).Include(i => i.Revisions).SingleAsync(i => i.Id == item.Id));
        stored.IsDeleted.ShouldBeFalse();
        stored.Revisions.Count.ShouldBe(1);
        stored.Links.Where(l => l.Year == 2023).Select(l => l.QuestionCode).ShouldBe(["PPA2A"]);
        (await factory.WithDbAsync(db => db.Set<EvidenceLink>().CountAsync(l => l.UnitId == office && l.Year == 2023 && l.QuestionCode == "PPA1A"))).ShouldBe(0);
    }

    [Fact]
    public async Task In_tindak_lanjut_only_questions_marked_for_fixing_take_new_evidence()
    {
        var office = await EvidenceTestData.OfficeIdAsync(factory);
        var ketua = await EvidenceClient.SignedInAsync(factory, "ketua@zi.demo");
        var assessmentId = await WorksheetTestKit.CreateAssessmentAsync(factory, 2024);
        await SetStageAsync(assessmentId, a =>
        {
            a.Submit("uji", "Uji", DateTime.UtcNow, approvalCurrent: true);
            a.StartReview("uji", "Penilai Uji", DateTime.UtcNow, WorksheetTestKit.Today);
        });
        await factory.WithDbAsync(async db =>
        {
            var answer = new AssessorAnswer(assessmentId, "PPB1A", "uji");
            answer.Change("Ya", null, null, needsFix: true, "Lengkapi SOP yang ditandatangani", "uji", "Penilai Uji", DateTime.UtcNow);
            db.Add(answer);
            return await db.SaveChangesAsync();
        });
        await SetStageAsync(assessmentId, a => a.ReturnForFollowUp("uji", "Penilai Uji", DateTime.UtcNow, WorksheetTestKit.Today, ["PPB1A"]));

        (await ketua.UploadAsync(new ByteArrayContent(EvidenceTestData.Pdf("Perbaikan B")), "perbaikan.pdf", EvidenceClient.Fields(office, ["PPB1A"], year: 2024)))
            .Status.ShouldBe(HttpStatusCode.OK);
        var (status, body) = await ketua.UploadAsync(new ByteArrayContent(EvidenceTestData.Pdf("Lain")), "lain.pdf", EvidenceClient.Fields(office, ["PPB2A"], year: 2024));
        status.ShouldBe(HttpStatusCode.Conflict);
        body.Message.ShouldContain("hanya dapat diubah bila ditandai Perlu Perbaikan");
    }

    [Fact]
    public async Task Register_numbers_for_PRA1A_cannot_be_decided_once_the_year_is_submitted()
    {
        var office = await EvidenceTestData.OfficeIdAsync(factory);
        var assessmentId = await WorksheetTestKit.CreateAssessmentAsync(factory, 2025);
        await SetStageAsync(assessmentId, a => a.Submit("uji", "Uji", DateTime.UtcNow, approvalCurrent: true));
        var client = await PortalClient.SignedInAsync(factory, "ketua@zi.demo");
        var fields = new Dictionary<string, string>
        {
            ["agentInputs.UnitId"] = office.ToString(),
            ["agentInputs.Year"] = "2025",
            ["agentInputs.QuestionCode"] = "PRA1A",
            ["agentInputs.Override"] = "false",
            ["__RequestVerificationToken"] = await client.AntiforgeryTokenAsync(),
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/agen-perubahan/putuskan-masukan") { Content = new FormUrlEncodedContent(fields) };
        request.Headers.Add("HX-Request", "true");

        var response = await client.Http.SendAsync(request);

        var panel = await PortalClient.ParseAsync(response);
        panel.QuerySelector("[data-testid=agent-inputs-error]")!.TextContent.ShouldContain("terkunci");
        (await factory.WithDbAsync(db => db.Set<AgentInputDecision>().CountAsync(d => d.UnitId == office && d.Year == 2025))).ShouldBe(0);
    }

    private Task SetStageAsync(int assessmentId, Action<Assessment> change) => factory.WithDbAsync(async db =>
    {
        change(await db.Set<Assessment>().SingleAsync(a => a.Id == assessmentId));
        return await db.SaveChangesAsync();
    });
}
