using System.Diagnostics;
using System.IO.Compression;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ZonaIntegritas.BrowserTests.Infrastructure;
using ZonaIntegritas.Web.Domain.Assessments;
using ZonaIntegritas.Web.Infrastructure.Data;

namespace ZonaIntegritas.BrowserTests.Reports;

[Collection(BrowserCollection.Name)]
public class ReportDownloadTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Kepala_kantor_downloads_the_report_pdf_and_the_submission_pack_from_the_assessment_page()
    {
        int id;
        await using (var scope = fixture.Portal.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            id = await db.Set<Assessment>().OrderByDescending(a => a.Year).Select(a => a.Id).FirstAsync();
        }
        var page = await fixture.NewSignedInPageAsync("pimpinan@zi.demo");
        var errors = BrowserFixture.CollectErrors(page);
        await page.GotoAsync(fixture.Url($"/penilaian/{id}"));
        await page.ClickAsync("[data-testid=tab-reports]");
        await page.SelectOptionAsync("#basis", "both");

        var pdfDownload = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("[data-testid=download-pdf]"));
        pdfDownload.SuggestedFilename.ShouldEndWith(".pdf");
        var pdfPath = Path.Combine(BrowserFixture.ScreenshotDirectory, "report.pdf");
        Directory.CreateDirectory(BrowserFixture.ScreenshotDirectory);
        await pdfDownload.SaveAsAsync(pdfPath);
        var pdf = await File.ReadAllBytesAsync(pdfPath);
        System.Text.Encoding.ASCII.GetString(pdf, 0, 5).ShouldBe("%PDF-");

        // Look at the pages as images once; keep the Ringkasan page as a test artifact.
        var stem = Path.Combine(BrowserFixture.ScreenshotDirectory, "report-page");
        using (var process = Process.Start(new ProcessStartInfo("pdftoppm", ["-r", "80", "-png", "-f", "2", "-l", "2", "-singlefile", pdfPath, stem]))!)
        {
            await process.WaitForExitAsync();
            process.ExitCode.ShouldBe(0);
        }
        new FileInfo(stem + ".png").Length.ShouldBeGreaterThan(10_000);

        await page.SelectOptionAsync("#pack-basis", "unit");
        var packDownload = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("[data-testid=download-pack]"));
        packDownload.SuggestedFilename.ShouldStartWith("PMPZI_KEMENAG-KOTA-MALANG_");
        var packPath = Path.Combine(BrowserFixture.ScreenshotDirectory, "pack.zip");
        await packDownload.SaveAsAsync(packPath);
        using (var zip = ZipFile.OpenRead(packPath))
        {
            zip.Entries.Select(e => e.Name).ShouldContain("SHA256SUMS");
            zip.Entries.Select(e => e.Name).ShouldContain("00_INDEKS.xlsx");
            zip.Entries.Count(e => e.FullName.Split('/').Length > 3).ShouldBeGreaterThan(0);
        }
        File.Delete(packPath);
        File.Delete(pdfPath);

        await page.ClickAsync("[data-testid=open-check]");
        await Assertions.Expect(page.Locator("[data-testid=check-list]")).ToBeVisibleAsync();
        await fixture.ScreenshotAsync(page, "submission-check");
        errors.ShouldBeEmpty();
    }
}
