using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ZonaIntegritas.IntegrationTests.Infrastructure;
using ZonaIntegritas.Web.Configuration;
using ZonaIntegritas.Web.Domain.Evidence;
using ZonaIntegritas.Web.Features.Evidence;

namespace ZonaIntegritas.IntegrationTests.Evidence;

/// <summary>The portal plus a test-only controller that renders the evidence view components the worksheet will host.</summary>
public sealed class PanelHostFactory : PortalFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddControllersWithViews().AddApplicationPart(typeof(PanelHostController).Assembly));
    }
}

/// <summary>Stands in for the worksheet page: renders one worksheet panel or the area summary.</summary>
public sealed class PanelHostController : Controller
{
    [HttpGet("/test-panel/question")]
    public IActionResult Question(int unitId, int year, string code, bool canEdit = true) =>
        ViewComponent("QuestionEvidence", new { context = new WorksheetPanelContext(1, unitId, year, code, canEdit) });

    [HttpGet("/test-panel/areas")]
    public IActionResult Areas(int unitId, int year) => ViewComponent("AreaEvidenceSummary", new { unitId, year });
}

public class EvidencePanelTests(PanelHostFactory factory) : IClassFixture<PanelHostFactory>
{
    [Fact]
    public void The_module_registers_the_question_evidence_worksheet_panel()
    {
        factory.Services.GetRequiredService<NavigationRegistry>().WorksheetPanels.ShouldContain(new WorksheetPanel("QuestionEvidence", 10));
    }

    [Fact]
    public async Task Worksheet_panel_shows_states_counts_and_actions_per_role()
    {
        await EvidenceTestData.AssignAnggotaAreasAsync(factory, "A");
        var ketua = await EvidenceClient.SignedInAsync(factory, "ketua@zi.demo");
        var office = await EvidenceTestData.OfficeIdAsync(factory);
        const int year = 2020;
        var (_, accepted) = await ketua.UploadAsync(new ByteArrayContent(EvidenceTestData.Pdf("a")), "a.pdf", EvidenceClient.Fields(office, ["PPA1A"], year: year, title: "SK diterima"));
        var (_, renewed) = await ketua.UploadAsync(new ByteArrayContent(EvidenceTestData.Pdf("b")), "b.pdf", EvidenceClient.Fields(office, ["PPA1A"], year: year, title: "SK direvisi"));
        var penilai = await EvidenceClient.SignedInAsync(factory, "penilai@zi.demo");
        foreach (var id in new[] { accepted.Id!.Value, renewed.Id!.Value })
        {
            var link = await factory.WithDbAsync(db => db.Set<EvidenceLink>().Where(l => l.EvidenceItemId == id).Select(l => new { l.Id, Rev = l.Item!.CurrentRevisionId }).SingleAsync());
            (await penilai.PostAsync("/EvidenceReview/Review", new() { ["LinkId"] = $"{link.Id}", ["RevisionId"] = $"{link.Rev}", ["Status"] = "Accepted" }))
                .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }
        (await ketua.UploadRevisionAsync(renewed.Id!.Value, EvidenceTestData.Pdf("b2"), "b2.pdf")).Status.ShouldBe(HttpStatusCode.OK);

        var panel = await ketua.GetDocumentAsync($"/test-panel/question?unitId={office}&year={year}&code=PPA1A");
        panel.QuerySelector("[data-testid=question-evidence-panel]")!.GetAttribute("data-question").ShouldBe("PPA1A");
        panel.QuerySelectorAll("[data-testid=question-evidence-title]").Select(a => a.TextContent).ShouldBe(["SK diterima", "SK direvisi"]);
        panel.QuerySelector("[data-count=accepted]")!.TextContent.ShouldBe("Diterima 1");
        panel.QuerySelector("[data-count=pending]")!.TextContent.ShouldBe("Menunggu 1");
        panel.QuerySelector("[data-count=new-version]")!.TextContent.ShouldBe("Versi baru menunggu reviu 1");
        panel.Body!.TextContent.ShouldContain("Unggah eviden baru");
        panel.QuerySelector($"a[href='/Evidence/Upload?unitId={office}&year={year}&question=PPA1A']").ShouldNotBeNull();
        panel.QuerySelector("[data-testid=review-form]").ShouldBeNull();

        var locked = await ketua.GetDocumentAsync($"/test-panel/question?unitId={office}&year={year}&code=PPA1A&canEdit=false");
        locked.Body!.TextContent.ShouldNotContain("Unggah eviden baru");
        locked.QuerySelector("form[action^='/Evidence/Unlink']").ShouldBeNull();

        var reviewPanel = await penilai.GetDocumentAsync($"/test-panel/question?unitId={office}&year={year}&code=PPA1A");
        reviewPanel.QuerySelectorAll("[data-testid=review-form]").Length.ShouldBe(2);
        reviewPanel.Body!.TextContent.ShouldNotContain("Unggah eviden baru");

        var anggota = await EvidenceClient.SignedInAsync(factory, "anggota@zi.demo");
        (await anggota.GetDocumentAsync($"/test-panel/question?unitId={office}&year={year}&code=PPA1A")).Body!.TextContent.ShouldContain("Unggah eviden baru");
        (await anggota.GetDocumentAsync($"/test-panel/question?unitId={office}&year={year}&code=PPD1A")).Body!.TextContent.ShouldNotContain("Unggah eviden baru");

        var pegawai = await EvidenceClient.SignedInAsync(factory, "pegawai@zi.demo");
        (await pegawai.GetDocumentAsync($"/test-panel/question?unitId={office}&year={year}&code=PPA1A")).QuerySelector("[data-testid=question-evidence-panel]").ShouldBeNull();
    }

    [Fact]
    public async Task Area_summary_counts_links_per_area()
    {
        var ketua = await EvidenceClient.SignedInAsync(factory, "ketua@zi.demo");
        var office = await EvidenceTestData.OfficeIdAsync(factory);
        const int year = 2017;
        await ketua.UploadAsync(new ByteArrayContent(EvidenceTestData.Pdf("e")), "e.pdf", EvidenceClient.Fields(office, ["PPE1A", "PPE1B"], year: year));
        await ketua.UploadAsync(new ByteArrayContent(EvidenceTestData.Pdf("e2")), "e2.pdf", EvidenceClient.Fields(office, ["PPE1A"], year: year));

        var page = await ketua.GetDocumentAsync($"/test-panel/areas?unitId={office}&year={year}");
        var row = page.QuerySelector("[data-testid=area-evidence-summary] tr[data-area=E]")!;
        row.QuerySelector("[data-count=pending]")!.TextContent.ShouldBe("3");
        row.QuerySelectorAll("td")[1].TextContent.ShouldStartWith("2 / ");
        page.QuerySelector("tr[data-area=A] [data-count=pending]")!.TextContent.ShouldBe("0");
    }

    [Fact]
    public async Task Demo_seeder_adds_evidence_once_for_the_demo_office()
    {
        await factory.WithScopeAsync(async sp =>
        {
            await new EvidenceDemoSeeder().RunAsync(sp, CancellationToken.None);
            await new EvidenceDemoSeeder().RunAsync(sp, CancellationToken.None);
            return 0;
        });
        var office = await EvidenceTestData.OfficeIdAsync(factory);
        var titles = await factory.WithDbAsync(db => db.Set<EvidenceItem>().Where(i => i.UnitId == office && i.Description == "Data contoh untuk demonstrasi portal.").Select(i => i.Title).ToListAsync());
        titles.Count.ShouldBe(7);
        var year = DateTime.UtcNow.Year;
        var links = await factory.WithDbAsync(db => db.Set<EvidenceLink>().Where(l => l.UnitId == office && l.Item!.Description == "Data contoh untuk demonstrasi portal.")
            .Select(l => new { l.Year, l.QuestionCode }).ToListAsync());
        links.Where(l => l.Year == year).Select(l => l.QuestionCode).ShouldContain("PPA1B");
        links.Where(l => l.Year == year - 1).Select(l => l.QuestionCode).Order().ShouldBe(["PPA1A", "PPA1B"]);

        // The seeded files are real and downloadable.
        var ketua = await EvidenceClient.SignedInAsync(factory, "ketua@zi.demo");
        var skId = await factory.WithDbAsync(db => db.Set<EvidenceItem>().Where(i => i.Title == $"SK Tim Kerja Pembangunan ZI {year}").Select(i => i.Id).SingleAsync());
        var bytes = await (await ketua.Http.GetAsync($"/EvidenceFile/Download/{skId}")).Content.ReadAsByteArrayAsync();
        bytes[..5].ShouldBe("%PDF-"u8.ToArray());
        var details = await ketua.GetDocumentAsync($"/Evidence/Details/{skId}");
        details.QuerySelectorAll("[data-testid=link-state]").Select(s => s.TextContent).ShouldBe(["Diterima", "Diterima"]);
    }
}
