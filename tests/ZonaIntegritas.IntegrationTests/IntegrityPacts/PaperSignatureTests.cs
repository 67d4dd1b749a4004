using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using ZonaIntegritas.IntegrationTests.Infrastructure;
using ZonaIntegritas.Web.Domain.IntegrityPacts;

namespace ZonaIntegritas.IntegrationTests.IntegrityPacts;

/// <summary>A portal that accepts scans of at most 1 MB (through the old key, still read as a fallback of <c>Uploads:MaxScanBytes</c>).</summary>
public sealed class SmallScanPortalFactory : PortalFactory
{
    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["Pakta:MaxScanMegabytes"] = "1" };
}

public class PaperSignatureTests(SmallScanPortalFactory factory) : IClassFixture<SmallScanPortalFactory>
{
    private static readonly byte[] ScanPdf = MinimalPdf();

    private static async Task<HttpResponseMessage> UploadAsync(PortalClient client, int campaignId, int staffId, byte[] content, string fileName, DateOnly? signedOn = null)
    {
        var page = await client.GetDocumentAsync($"/pakta/tandatangan/kertas/{campaignId}");
        var token = ((IHtmlInputElement)page.QuerySelector("form[enctype] input[name=__RequestVerificationToken]")!).Value;
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(staffId.ToString(System.Globalization.CultureInfo.InvariantCulture)), "StaffMemberId" },
            { new StringContent((signedOn ?? PactTestData.Today).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)), "SignedOn" },
        };
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "Scan", fileName);
        return await client.Http.PostAsync($"/pakta/tandatangan/kertas/{campaignId}", form);
    }

    private static async Task<string> RefusalAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return (await PortalClient.ParseAsync(response)).QuerySelector("[data-testid=validation-summary]")!.TextContent;
    }

    [Fact]
    public async Task Ketua_records_a_wet_signed_scan_which_counts_as_signed_on_paper()
    {
        var campaignId = await PactTestData.CreateCampaignAsync(factory, "Pakta kertas");
        var staffId = await PactTestData.AddStaffAsync(factory, "Guru Tanpa Akun", "MIN-1-MALANG", "Guru Madrasah");
        var ketua = await PortalClient.SignedInAsync(factory, "ketua@zi.demo");

        var response = await UploadAsync(ketua, campaignId, staffId, ScanPdf, "pakta-guru.pdf");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var signature = await factory.WithDbAsync(db => db.Set<PactSignature>().SingleAsync(s => s.CampaignId == campaignId));
        signature.Method.ShouldBe(SignatureMethod.Paper);
        signature.StaffMemberId.ShouldBe(staffId);
        signature.ScanContentType.ShouldBe("application/pdf");
        signature.ScanSha256.ShouldBe(PactHash.Sha256Hex(ScanPdf));
        signature.RecordedByUserId.ShouldNotBeNull();
        signature.TextSha256.ShouldBe(PactHash.Compute(signature));
        signature.ScanFileKey.ShouldBe(signature.ScanSha256, "stored in the one content-addressed store (ADR 0014)");
        var path = Path.Combine(factory.DataPath, "files", signature.ScanSha256![..2], signature.ScanSha256[2..4], signature.ScanSha256);
        File.Exists(path).ShouldBeTrue();
        path.ShouldNotContain("wwwroot");

        var page = await ketua.GetDocumentAsync($"/pakta/kampanye/{campaignId}");
        page.QuerySelector($"[data-testid=signed] [data-staff='{staffId}']")!.TextContent.ShouldContain("kertas");

        var scan = await ketua.Http.GetAsync($"/pakta/tandatangan/{signature.Id}/pindaian");
        scan.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await scan.Content.ReadAsByteArrayAsync()).ShouldBe(ScanPdf);
        var pegawai = await PortalClient.SignedInAsync(factory, "pegawai@zi.demo");
        (await pegawai.Http.GetAsync($"/pakta/tandatangan/{signature.Id}/pindaian")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await new PortalClient(factory).Http.GetAsync($"/pakta/tandatangan/{signature.Id}/pindaian")).StatusCode.ShouldBe(HttpStatusCode.Redirect, "sign-in required");

        var pdf = await ketua.Http.GetAsync($"/pakta/tandatangan/{signature.Id}/pdf");
        var text = PactTestData.Flat(PactTestData.PdfText(await pdf.Content.ReadAsByteArrayAsync()));
        text.ShouldContain("Guru Tanpa Akun");
        text.ShouldContain("tanda tangan basah");
        text.ShouldContain("Pindaian pakta", customMessage: "the scan's own page is appended");

        var verification = await new PortalClient(factory).GetDocumentAsync($"/verifikasi/{signature.VerificationCode}");
        verification.QuerySelector("[data-testid=verification-details]")!.TextContent.ShouldContain("kertas");
    }

    [Fact]
    public async Task Upload_rejects_executable_renamed_to_pdf()
    {
        var campaignId = await PactTestData.CreateCampaignAsync(factory, "Pakta kertas palsu");
        var staffId = await PactTestData.AddStaffAsync(factory, "Pegawai Berkas Palsu", "MIN-1-MALANG");
        var ketua = await PortalClient.SignedInAsync(factory, "ketua@zi.demo");
        var exe = new byte[4096];
        "MZ"u8.CopyTo(exe);

        (await RefusalAsync(await UploadAsync(ketua, campaignId, staffId, exe, "pakta.pdf"))).ShouldContain("harus PDF, JPEG atau PNG");
        (await factory.WithDbAsync(db => db.Set<PactSignature>().AnyAsync(s => s.CampaignId == campaignId))).ShouldBeFalse();
    }

    [Fact]
    public async Task Upload_rejects_scans_over_the_size_limit_dates_outside_the_campaign_and_people_who_already_signed()
    {
        var campaignId = await PactTestData.CreateCampaignAsync(factory, "Pakta kertas batas");
        var staffId = await PactTestData.AddStaffAsync(factory, "Pegawai Berkas Besar", "MIN-1-MALANG");
        var ketua = await PortalClient.SignedInAsync(factory, "ketua@zi.demo");
        var big = new byte[1024 * 1024 + 10];
        "%PDF-1.4"u8.CopyTo(big);

        (await RefusalAsync(await UploadAsync(ketua, campaignId, staffId, big, "besar.pdf"))).ShouldContain("melebihi batas 1 MB");
        (await RefusalAsync(await UploadAsync(ketua, campaignId, staffId, ScanPdf, "a.pdf", PactTestData.Today.AddDays(-30)))).ShouldContain("harus di antara");

        (await UploadAsync(ketua, campaignId, staffId, ScanPdf, "a.pdf")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await RefusalAsync(await UploadAsync(ketua, campaignId, staffId, ScanPdf, "a.pdf"))).ShouldContain("sudah menandatangani");
    }

    [Fact]
    public async Task Only_the_ketua_or_administrator_records_paper_signatures()
    {
        var campaignId = await PactTestData.DemoCampaignIdAsync(factory);
        var pimpinan = await PortalClient.SignedInAsync(factory, "pimpinan@zi.demo");

        (await pimpinan.Http.GetAsync($"/pakta/tandatangan/kertas/{campaignId}")).ShouldBeDenied();
    }

    private static byte[] MinimalPdf()
    {
        using var pdf = new Web.Infrastructure.Pdf.PdfDocumentBuilder { PageNumbers = false };
        pdf.Paragraph("Pindaian pakta bertanda tangan basah (contoh)");
        return pdf.ToPdf();
    }
}
