using Microsoft.Playwright;
using ZonaIntegritas.BrowserTests.Infrastructure;
using ZonaIntegritas.Web.Features.Evidence;

namespace ZonaIntegritas.BrowserTests.Evidence;

public class EvidenceUploadTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Dropping_two_files_uploads_both_and_lists_them_with_their_questions()
    {
        var page = await fixture.NewSignedInPageAsync("ketua@zi.demo");
        await page.GotoAsync(fixture.BaseUrl + "/eviden/unggah");
        await page.SelectOptionAsync("#QuestionCodes", ["PPA1A", "PPA1B"]);
        await page.FillAsync("#DocumentDate", DateTime.UtcNow.AddDays(-10).ToString("yyyy-MM-dd"));
        await page.FillAsync("#Tags", "SK, uji peramban");

        // Drop two files on the drop zone, as a user dragging them from the file manager.
        var files = new[]
        {
            new { name = "SK_Tim_Kerja_ZI.pdf", type = "application/pdf", b64 = Convert.ToBase64String(EvidenceDemoFiles.Pdf("SK Tim Kerja", "uji peramban")) },
            new { name = "Foto rapat pembentukan.png", type = "image/png", b64 = Convert.ToBase64String(EvidenceDemoFiles.Png(32, 24, 10, 120, 200)) },
        };
        await page.EvaluateAsync("""
            (files) => {
                const dt = new DataTransfer();
                for (const f of files) {
                    const bytes = Uint8Array.from(atob(f.b64), (c) => c.charCodeAt(0));
                    dt.items.add(new File([bytes], f.name, { type: f.type }));
                }
                const zone = document.querySelector("[data-dropzone]");
                zone.dispatchEvent(new DragEvent("dragover", { dataTransfer: dt, bubbles: true, cancelable: true }));
                zone.dispatchEvent(new DragEvent("drop", { dataTransfer: dt, bubbles: true, cancelable: true }));
            }
            """, files);

        var rows = page.Locator("[data-testid=file-row]");
        await Assertions.Expect(rows).ToHaveCountAsync(2);
        (await rows.Nth(0).Locator("[data-title]").InputValueAsync()).ShouldBe("SK Tim Kerja ZI");
        await rows.Nth(1).Locator("[data-title]").FillAsync("Foto rapat pembentukan Tim Kerja");

        await page.ClickAsync("[data-testid=upload-button]");

        var results = page.Locator("[data-testid=upload-result][data-ok=true]");
        await Assertions.Expect(results).ToHaveCountAsync(2, new() { Timeout = 30_000 });
        (await results.Nth(0).InnerTextAsync()).ShouldContain("SK Tim Kerja ZI");
        (await results.Nth(1).InnerTextAsync()).ShouldContain("Foto rapat pembentukan Tim Kerja");
        foreach (var i in new[] { 0, 1 })
        {
            (await results.Nth(i).Locator("[data-testid=result-questions]").InnerTextAsync()).ShouldBe("→ PPA1A, PPA1B");
        }
        await Assertions.Expect(rows.Locator("[data-bar]").First).ToHaveAttributeAsync("style", "width: 100%;");

        // Both appear in the evidence list with their questions.
        await page.GotoAsync(fixture.BaseUrl + "/eviden?q=uji peramban");
        var listed = page.Locator("[data-testid=evidence-table] tbody tr[data-evidence-id]");
        await Assertions.Expect(listed).ToHaveCountAsync(2);
        foreach (var title in new[] { "SK Tim Kerja ZI", "Foto rapat pembentukan Tim Kerja" })
        {
            var row = listed.Filter(new() { HasText = title });
            var questions = await row.Locator("[data-testid=evidence-questions]").InnerTextAsync();
            questions.ShouldContain("PPA1A");
            questions.ShouldContain("PPA1B");
        }
    }

    [Fact]
    public async Task Phone_user_picks_a_file_and_sees_a_refusal_for_a_wrong_type()
    {
        var page = await fixture.NewSignedInPageAsync("ketua@zi.demo", new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
            IsMobile = true,
            HasTouch = true,
            UserAgent = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36",
        });
        await page.GotoAsync(fixture.BaseUrl + "/eviden/unggah?question=PPF1A");
        await page.FillAsync("#DocumentDate", DateTime.UtcNow.AddDays(-3).ToString("yyyy-MM-dd"));
        await page.SetInputFilesAsync("[data-testid=file-input]",
        [
            new FilePayload { Name = "Maklumat pelayanan.pdf", MimeType = "application/pdf", Buffer = EvidenceDemoFiles.Pdf("Maklumat pelayanan") },
            new FilePayload { Name = "bukan-pdf.pdf", MimeType = "application/pdf", Buffer = EvidenceDemoFiles.Png(4, 4) },
        ]);
        await page.ClickAsync("[data-testid=upload-button]");

        await Assertions.Expect(page.Locator("[data-testid=upload-result]")).ToHaveCountAsync(2, new() { Timeout = 30_000 });
        (await page.Locator("[data-testid=upload-result][data-ok=true]").InnerTextAsync()).ShouldContain("PPF1A");
        (await page.Locator("[data-testid=upload-result][data-ok=false]").InnerTextAsync())
            .ShouldContain("Isi berkas tidak sesuai dengan ekstensinya (.pdf): berkas ini berisi PNG.");
    }
}
