using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using ZonaIntegritas.BrowserTests.Infrastructure;
using ZonaIntegritas.Web.Domain.IntegrityPacts;
using ZonaIntegritas.Web.Features.Pacts;

namespace ZonaIntegritas.BrowserTests.IntegrityPacts;

public class PactSigningTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Pegawai_signs_the_waiting_pact_with_a_drawn_signature_downloads_the_pdf_and_the_public_page_says_valid()
    {
        var page = await browser.NewSignedInPageAsync("pegawai@zi.demo");
        var fullName = await browser.Portal.WithDbAsync(db => db.Users.Where(u => u.Email == "pegawai@zi.demo").Select(u => u.FullName).SingleAsync());

        // Home: the waiting pact.
        var widget = page.Locator("[data-testid=pending-pacts-widget]");
        (await widget.InnerTextAsync()).ShouldContain("Pakta menunggu tanda tangan Anda");
        await widget.GetByText(PactDemoData.CampaignTitle).ClickAsync();
        await page.Locator("[data-testid=pact-text]").WaitForAsync();
        (await page.Locator("[data-testid=pact-text]").InnerTextAsync()).ShouldContain(fullName);

        // Draw on the canvas with the mouse.
        var canvas = page.Locator("[data-testid=signature-pad]");
        await canvas.ScrollIntoViewIfNeededAsync();
        var box = (await canvas.BoundingBoxAsync())!;
        await page.Mouse.MoveAsync(box.X + 30, box.Y + 120);
        await page.Mouse.DownAsync();
        for (var i = 1; i <= 20; i++)
        {
            await page.Mouse.MoveAsync(box.X + 30 + i * 12, box.Y + 120 - (i % 5) * 15);
        }
        await page.Mouse.UpAsync();
        (await page.Locator("[data-signature-status]").InnerTextAsync()).ShouldContain("sudah digambar");

        await page.FillAsync("#TypedName", fullName);
        await page.CheckAsync("#Consent");
        await browser.ScreenshotAsync(page, "pakta-tanda-tangan");
        await page.ClickAsync("[data-testid=sign-submit]");

        var signed = page.Locator("[data-testid=pact-signed]");
        await signed.WaitForAsync();
        (await signed.InnerTextAsync()).ShouldContain("telah ditandatangani");
        var code = (await page.Locator("[data-testid=verification-code]").InnerTextAsync()).Trim();

        // The stored signature: the drawn PNG, the client's address and browser.
        var signature = await browser.Portal.WithDbAsync(db => db.Set<PactSignature>().SingleAsync(s => s.VerificationCode == code));
        signature.DrawnSignaturePng.ShouldNotBeNull();
        signature.DrawnSignaturePng.Take(4).ShouldBe(new byte[] { 0x89, 0x50, 0x4E, 0x47 });
        signature.Ip.ShouldNotBeNullOrEmpty();
        signature.UserAgent!.ShouldContain("Chrome");

        // The PDF.
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("[data-testid=pact-pdf-link]"));
        var pdfPath = Path.Combine(browser.Portal.DataPath, "unduhan.pdf");
        await download.SaveAsAsync(pdfPath);
        var text = PdfText(pdfPath);
        text.ShouldContain(fullName);
        text.ShouldContain(code);

        // The public verification page, signed out.
        var anonymous = await browser.NewPageAsync();
        await anonymous.GotoAsync(await page.Locator("[data-testid=verification-link]").GetAttributeAsync("href") ?? "");
        (await anonymous.Locator("[data-testid=verification-status]").GetAttributeAsync("data-status")).ShouldBe("valid");
        await browser.ScreenshotAsync(anonymous, "pakta-verifikasi");
        (await anonymous.ContentAsync()).ShouldNotContain(signature.SignerNip!);

        // The coverage page as the Ketua Tim sees it.
        var ketua = await browser.NewSignedInPageAsync("ketua@zi.demo");
        await ketua.GotoAsync($"/pakta/kampanye/{signature.CampaignId}");
        await browser.ScreenshotAsync(ketua, "pakta-cakupan");
        await ketua.Context.CloseAsync();

        // Nothing waits any more.
        await page.GotoAsync("/");
        (await page.Locator($"[data-pending-pact='{signature.CampaignId}']").CountAsync()).ShouldBe(0);
        await page.Context.CloseAsync();
        await anonymous.Context.CloseAsync();
    }

    [Fact]
    public async Task The_signature_pad_works_with_a_finger_on_a_phone()
    {
        var campaignId = await browser.Portal.WithDbAsync(async db =>
        {
            var office = await db.Units.SingleAsync(u => u.Code == "KEMENAG-KOTA-MALANG");
            var versionId = await db.Set<IntegrityPactTemplateVersion>().OrderByDescending(v => v.Number).Select(v => v.Id).FirstAsync();
            var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));
            var campaign = new PactCampaign { Title = "Pakta pelantikan (ponsel)", Occasion = PactOccasion.InaugurationOrTransfer, UnitId = office.Id, TemplateVersionId = versionId };
            campaign.Schedule(today.AddDays(-1), today.AddDays(5));
            db.Add(campaign);
            await db.SaveChangesAsync();
            return campaign.Id;
        });
        var page = await browser.NewSignedInPageAsync("anggota@zi.demo", viewport: BrowserFixture.Phone, hasTouch: true);
        var fullName = await browser.Portal.WithDbAsync(db => db.Users.Where(u => u.Email == "anggota@zi.demo").Select(u => u.FullName).SingleAsync());
        await page.GotoAsync($"/pakta/saya/{campaignId}");

        var canvas = page.Locator("[data-testid=signature-pad]");
        await canvas.ScrollIntoViewIfNeededAsync();
        var box = (await canvas.BoundingBoxAsync())!;
        box.Width.ShouldBeLessThanOrEqualTo(390);
        var scrollBefore = await page.EvaluateAsync<double>("() => window.scrollY");
        var cdp = await page.Context.NewCDPSessionAsync(page);
        async Task Touch(string type, double x, double y) => await cdp.SendAsync("Input.dispatchTouchEvent", new Dictionary<string, object>
        {
            ["type"] = type,
            ["touchPoints"] = type == "touchEnd" ? Array.Empty<object>() : new object[] { new Dictionary<string, object> { ["x"] = x, ["y"] = y } },
        });
        await Touch("touchStart", box.X + 20, box.Y + 100);
        for (var i = 1; i <= 15; i++)
        {
            await Touch("touchMove", box.X + 20 + i * 15, box.Y + 100 - (i % 4) * 18);
        }
        await Touch("touchEnd", 0, 0);
        (await page.Locator("[data-signature-status]").InnerTextAsync()).ShouldContain("sudah digambar");
        (await page.EvaluateAsync<double>("() => window.scrollY")).ShouldBe(scrollBefore, "drawing does not scroll the page");
        await browser.ScreenshotAsync(page, "pakta-tanda-tangan-ponsel");

        await page.FillAsync("#TypedName", fullName);
        await page.CheckAsync("#Consent");
        await page.ClickAsync("[data-testid=sign-submit]");
        await page.Locator("[data-testid=pact-signed]").WaitForAsync();

        var png = await browser.Portal.WithDbAsync(db => db.Set<PactSignature>().Where(s => s.CampaignId == campaignId).Select(s => s.DrawnSignaturePng).SingleAsync());
        png.ShouldNotBeNull();
        png.Length.ShouldBeLessThanOrEqualTo(200 * 1024);
        await page.Context.CloseAsync();
    }

    private static string PdfText(string path)
    {
        var start = new ProcessStartInfo("pdftotext") { RedirectStandardOutput = true };
        start.ArgumentList.Add(path);
        start.ArgumentList.Add("-");
        using var process = Process.Start(start)!;
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
