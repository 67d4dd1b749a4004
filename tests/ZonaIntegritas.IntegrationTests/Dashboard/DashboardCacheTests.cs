using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using ZonaIntegritas.IntegrationTests.Infrastructure;
using ZonaIntegritas.IntegrationTests.IntegrityPacts;
using ZonaIntegritas.Web.Domain.Assessments;
using ZonaIntegritas.Web.Domain.Lke;
using ZonaIntegritas.Web.Features.Assessments;
using ZonaIntegritas.Web.Infrastructure.Lke;
using ZonaIntegritas.Web.Infrastructure.Web;
using static ZonaIntegritas.IntegrationTests.Dashboard.DashboardTestKit;

namespace ZonaIntegritas.IntegrationTests.Dashboard;

/// <summary>
/// The dashboard and the roll-up score once per answers stamp: a saved change is shown on the next request, an
/// unchanged assessment is not re-read; the External basis (an external team's per-question values); the roll-up PDF.
/// </summary>
public class DashboardCacheTests(QueryCountingFactory factory) : IClassFixture<QueryCountingFactory>
{
    private async Task<(int AssessmentId, LkeTemplate Template, AssessmentAnswers Answers, bool HoldsWbk)> LoadAsync(string unitCode)
    {
        var unitId = await UnitIdAsync(factory, unitCode);
        return await factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<Web.Infrastructure.Data.AppDbContext>();
            var a = await db.Set<Assessment>().AsNoTracking().Where(x => x.UnitId == unitId).OrderByDescending(x => x.Year).FirstAsync();
            var unit = await db.Units.AsNoTracking().SingleAsync(u => u.Id == unitId);
            var template = await sp.GetRequiredService<ILkeTemplateProvider>().GetAsync(a.LkeVersionCode);
            var answers = new AssessmentAnswers(
                await db.Set<UnitAnswer>().AsNoTracking().Where(x => x.AssessmentId == a.Id).ToListAsync(),
                await db.Set<HasilEntry>().AsNoTracking().Where(x => x.AssessmentId == a.Id).ToListAsync(),
                await db.Set<AssessorAnswer>().AsNoTracking().Where(x => x.AssessmentId == a.Id).ToListAsync());
            return (a.Id, template, answers, unit.HoldsWbk);
        });
    }

    [Fact]
    public async Task A_saved_answer_is_on_the_next_dashboard_and_rollup_and_an_unchanged_one_is_not_read_again()
    {
        var unitId = await UnitIdAsync(factory, "MIN-1-MALANG");
        var client = await PortalClient.SignedInAsync(factory, "kanwil@zi.demo");
        var url = $"/kesiapan?unit={unitId}";
        await client.Http.GetAsync(url); // warm-up: identity, template
        ((MemoryCache)factory.Services.GetRequiredService<IMemoryCache>()).Compact(1.0); // forget every cached answer set (and the template)
        await client.Http.GetAsync($"/kesiapan?unit={await UnitIdAsync(factory, "KUA-KLOJEN")}"); // the template again
        var cold = await factory.CountAsync(client, url);
        var warm = await factory.CountAsync(client, url);
        // Unchanged answers are not read again (unit, assessor, Hasil: three queries), nor their stamps counted (no answer
        // changed anywhere); the evidence and pact counts are not recounted either.
        warm.ShouldBeLessThanOrEqualTo(cold - 4);

        var (id, template, _, _) = await LoadAsync("MIN-1-MALANG");
        // Raise the first option question that is not at its top option.
        await factory.WithDbAsync(async db =>
        {
            var answers = await db.Set<UnitAnswer>().Where(x => x.AssessmentId == id).ToListAsync();
            var (answer, top) = template.Questions.Where(q => q.Type != AnswerType.Percentage)
                .Select(q => (answers.FirstOrDefault(a => a.QuestionCode == q.Code), q.Options.MaxBy(o => o.Value)!.Key))
                .First(x => x.Item1 is not null && x.Item1.OptionKey != x.Key);
            answer!.Change(top, null, "uji cache", "uji", "Uji", DateTime.UtcNow);
            await db.SaveChangesAsync();
        });
        var (_, _, after, holdsWbk) = await LoadAsync("MIN-1-MALANG");
        var expected = LkeScorer.Score(template, after.UnitSet(holdsWbk));

        var doc = await client.GetDocumentAsync(url);
        doc.QuerySelector("[data-score='Total'] [data-value]")!.TextContent.ShouldStartWith(Fmt.Number(expected.Total));
        var rollup = await client.GetDocumentAsync("/rekap");
        rollup.QuerySelector($"tr[data-unit='{unitId}'] [data-total]")!.TextContent.ShouldContain(Fmt.Number(expected.Total));
    }

    [Fact]
    public async Task The_external_basis_scores_the_external_teams_values_over_the_assessors_view()
    {
        var (id, template, answers, holdsWbk) = await LoadAsync("MAN-2-MALANG");
        var option = template.Questions.First(q => q.Type != AnswerType.Percentage);
        var lowest = option.Options.MinBy(o => o.Value)!.Key;
        var percentage = template.Questions.First(q => q.Type == AnswerType.Percentage);
        var json = $"{{\"{option.Code}\": \"{lowest}\", \"{percentage.Code}\": 0.25}}";
        await factory.WithDbAsync(async db =>
        {
            var result = new ExternalStageResult(id, ExternalStage.Tpn);
            result.Record(false, new DateOnly(2026, 11, 20), "Catatan TPN", json);
            db.Add(result);
            await db.SaveChangesAsync();
        });
        var stored = await factory.WithDbAsync(db => db.Set<ExternalStageResult>().AsNoTracking().SingleAsync(e => e.AssessmentId == id));
        var expected = LkeScorer.Score(template, answers.ExternalSet(holdsWbk, stored));
        expected.Questions[percentage.Code].ShouldBe(0.25m);

        var unitId = await UnitIdAsync(factory, "MAN-2-MALANG");
        var client = await PortalClient.SignedInAsync(factory, "kanwil@zi.demo");
        var doc = await client.GetDocumentAsync($"/kesiapan?unit={unitId}&basis=eksternal");
        doc.QuerySelector("[data-testid='basis-switch']")!.TextContent.ShouldContain("Hasil eksternal (TPN)", Case.Sensitive, doc.QuerySelector("[data-testid='basis-switch']")!.OuterHtml);
        doc.QuerySelector("[data-score='Total'] [data-value]")!.TextContent.ShouldStartWith(Fmt.Number(expected.Total));

        var pdf = await client.Http.GetAsync($"/kesiapan/pdf?unit={unitId}&basis=eksternal");
        pdf.StatusCode.ShouldBe(HttpStatusCode.OK);
        PactTestData.PdfText(await pdf.Content.ReadAsByteArrayAsync()).ShouldContain("Hasil eksternal");
    }

    [Fact]
    public async Task Without_external_values_the_external_basis_is_disabled_and_falls_back_to_the_unit()
    {
        var unitId = await UnitIdAsync(factory, "KUA-KLOJEN");
        var client = await PortalClient.SignedInAsync(factory, "kanwil@zi.demo");
        var doc = await client.GetDocumentAsync($"/kesiapan?unit={unitId}&basis=eksternal");
        doc.QuerySelector("[data-testid='basis-switch'] button[value='eksternal']")!.HasAttribute("disabled").ShouldBeTrue();
        doc.QuerySelector("[data-testid='basis-switch'] button[value='mandiri']")!.ClassList.ShouldContain("btn-success");
    }

    [Fact]
    public async Task The_rollup_pdf_has_every_unit_the_threshold_row_and_the_mentoring_list()
    {
        var client = await PortalClient.SignedInAsync(factory, "kanwil@zi.demo");
        var page = await client.GetDocumentAsync("/rekap");
        var units = page.QuerySelectorAll("tr[data-unit] th a").Select(c => c.TextContent.Trim()).ToList();
        units.ShouldNotBeEmpty();

        var response = await client.Http.GetAsync("/rekap/pdf");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        var text = PactTestData.PdfText(await response.Content.ReadAsByteArrayAsync());
        text.ShouldContain("REKAP UNIT ZONA INTEGRITAS");
        text.ShouldContain("Ambang batas");
        text.ShouldContain("Perlu pendampingan");
        foreach (var unit in units)
        {
            text.ShouldContain(unit.Split(' ')[0]);
        }

        var child = await PortalClient.SignedInAsync(factory, "pimpinan@zi.demo");
        var kanwil = await UnitIdAsync(factory, "KANWIL-JATIM");
        (await child.Http.GetAsync($"/rekap/pdf?unit={kanwil}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
