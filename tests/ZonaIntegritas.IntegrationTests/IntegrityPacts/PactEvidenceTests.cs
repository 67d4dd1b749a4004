using System.Net;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ZonaIntegritas.IntegrationTests.Infrastructure;
using ZonaIntegritas.Web.Domain.Evidence;
using ZonaIntegritas.Web.Domain.IntegrityPacts;
using ZonaIntegritas.Web.Features.PactEvidence;
using ZonaIntegritas.Web.Features.Pacts;
using ZonaIntegritas.Web.Infrastructure.Files;

namespace ZonaIntegritas.IntegrationTests.IntegrityPacts;

[Collection(PactsAndDashboardDemoPortalCollection.Name)]
public class PactEvidenceTests(DemoPortal demo)
{
    private readonly PortalFactory factory = demo.For(typeof(PactEvidenceTests));

    [Fact]
    public async Task Filing_as_evidence_stores_the_combined_pdf_and_signed_list_with_hashes_and_question_codes()
    {
        var campaignId = await PactTestData.DemoCampaignIdAsync(factory);
        var signedNames = await factory.WithDbAsync(db => db.Set<PactSignature>().Where(s => s.CampaignId == campaignId && s.VoidedAtUtc == null).Select(s => s.SignerName).ToListAsync());
        var ketua = await PortalClient.SignedInAsync(factory, "ketua@zi.demo");
        var form = await ketua.GetFormAsync($"/pakta/kampanye/{campaignId}/eviden", "form[action$='/eviden']");
        form["QuestionCodes"].ShouldBe("PPA4D");

        var response = await ketua.PostFormAsync(form, new() { ["QuestionCodes"] = "ppa4d, PPA1A" });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var export = await factory.WithDbAsync(db => db.Set<PactEvidenceExport>().SingleAsync(e => e.CampaignId == campaignId));
        export.QuestionCodes.ShouldBe("PPA4D,PPA1A");
        export.SignedCount.ShouldBe(signedNames.Count);
        export.CreatedByUserId.ShouldNotBeNull();
        // Both files are items of the evidence library, linked to the chosen questions for the campaign's year.
        var campaign = await factory.WithDbAsync(db => db.Set<PactCampaign>().SingleAsync(c => c.Id == campaignId));
        var pdfItemId = PactEvidenceKeys.ItemId(export.PdfFileKey).ShouldNotBeNull();
        var listItemId = PactEvidenceKeys.ItemId(export.ListFileKey).ShouldNotBeNull();
        var items = await factory.WithDbAsync(db => db.Set<EvidenceItem>().Include(i => i.Links).Include(i => i.CurrentRevision)
            .Where(i => i.Id == pdfItemId || i.Id == listItemId).ToListAsync());
        items.Count.ShouldBe(2);
        items.ShouldAllBe(i => i.UnitId == campaign.UnitId && i.Year == campaign.OpensOn.Year);
        items.ShouldAllBe(i => i.Links.Select(l => l.QuestionCode).Order().SequenceEqual(new[] { "PPA1A", "PPA4D" }) && i.Links.All(l => l.Year == campaign.OpensOn.Year));
        items.Single(i => i.Id == pdfItemId).CurrentRevision!.ContentType.ShouldBe("application/pdf");
        var files = await factory.WithScopeAsync(sp => Task.FromResult(sp.GetRequiredService<IFileStore>()));
        async Task<byte[]> ReadAsync(int itemId)
        {
            await using var stream = await files.OpenReadAsync(items.Single(i => i.Id == itemId).CurrentRevision!.StoredFileSha256);
            using var buffer = new MemoryStream();
            await stream.CopyToAsync(buffer);
            return buffer.ToArray();
        }
        var pdf = await ReadAsync(pdfItemId);
        var xlsx = await ReadAsync(listItemId);
        PactHash.Sha256Hex(pdf).ShouldBe(export.PdfSha256);
        PactHash.Sha256Hex(xlsx).ShouldBe(export.ListSha256);
        var text = PactTestData.PdfText(pdf);
        signedNames.ShouldAllBe(name => text.Contains(name));
        using (var doc = SpreadsheetDocument.Open(new MemoryStream(xlsx), false))
        {
            var sheetText = doc.WorkbookPart!.WorksheetParts.Single().Worksheet.InnerText;
            signedNames.ShouldAllBe(name => sheetText.Contains(name));
            sheetText.ShouldNotContain("Belum");
        }

        var page = await ketua.GetDocumentAsync($"/pakta/kampanye/{campaignId}");
        page.QuerySelector("[data-testid=evidence-exports]")!.TextContent.ShouldContain("PPA4D,PPA1A");
        var download = await ketua.Http.GetAsync($"/pakta/kampanye/{campaignId}/eviden/{export.Id}/pdf");
        (await download.Content.ReadAsByteArrayAsync()).ShouldBe(pdf);
        var evidencePage = await ketua.GetDocumentAsync($"/eviden/{pdfItemId}");
        evidencePage.Body!.TextContent.ShouldContain("PPA4D");
    }

    [Fact]
    public async Task Question_codes_must_match_the_lke_pattern()
    {
        var campaignId = await PactTestData.DemoCampaignIdAsync(factory);
        var ketua = await PortalClient.SignedInAsync(factory, "ketua@zi.demo");
        var form = await ketua.GetFormAsync($"/pakta/kampanye/{campaignId}/eviden", "form[action$='/eviden']");

        foreach (var codes in new[] { "", "PPG4D", "PPA4", "PXA1A, PPA4D", "4D" })
        {
            var response = await ketua.PostFormAsync(form, new() { ["QuestionCodes"] = codes });
            response.StatusCode.ShouldBe(HttpStatusCode.OK, codes);
            (await PortalClient.ParseAsync(response)).QuerySelector("[data-testid=validation-summary]").ShouldNotBeNull(codes);
        }
        (await factory.WithDbAsync(db => db.Set<PactEvidenceExport>().CountAsync(e => e.CampaignId == campaignId && e.QuestionCodes.Contains("PXA")))).ShouldBe(0);
    }

    [Fact]
    public async Task A_campaign_without_signatures_cannot_be_filed()
    {
        var campaignId = await PactTestData.CreateCampaignAsync(factory, "Pakta kosong");
        var ketua = await PortalClient.SignedInAsync(factory, "ketua@zi.demo");
        var form = await ketua.GetFormAsync($"/pakta/kampanye/{campaignId}/eviden", "form[action$='/eviden']");

        var response = await ketua.PostFormAsync(form);

        (await PortalClient.ParseAsync(response)).QuerySelector("[data-testid=validation-summary]")!.TextContent.ShouldContain("Belum ada pakta");
    }
}
