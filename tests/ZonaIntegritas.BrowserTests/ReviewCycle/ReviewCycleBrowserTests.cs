using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using ZonaIntegritas.BrowserTests.Infrastructure;
using ZonaIntegritas.Web.Domain.Assessments;
using ZonaIntegritas.Web.Infrastructure.Lke;
using ZonaIntegritas.Web.Infrastructure.Seeding;

namespace ZonaIntegritas.BrowserTests.ReviewCycle;

/// <summary>The internal review cycle in Chromium, on a portal of its own (it moves an assessment through every stage).</summary>
public class ReviewCycleBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));

    [Fact]
    public async Task Perlu_perbaikan_is_stored_with_its_note_whatever_the_click_order()
    {
        var id = await AssessmentAsync(2070, review: true);
        var page = await browser.NewSignedInPageAsync("penilai@zi.demo");
        var errors = BrowserFixture.CollectErrors(page);
        await page.GotoAsync(browser.Url($"/reviu/{id}?area=A"));

        // Tick first: nothing is stored yet, the tick stays and the status says what is missing; the note completes it.
        await page.CheckAsync("#r-PPA1A-fix");
        await Assertions.Expect(page.Locator("#r-PPA1A-status [data-testid=review-error]")).ToContainTextAsync("Belum tersimpan");
        (await page.IsCheckedAsync("#r-PPA1A-fix")).ShouldBeTrue("the screen keeps the tick the user gave");
        await page.FillAsync("#r-PPA1A-fixnote", "Lampirkan SK Tim Kerja");
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.Locator("#r-PPA1A-status")).ToContainTextAsync("Tersimpan");

        // Note first, then the tick.
        await page.FillAsync("#r-PPA1B-fixnote", "Target kinerja belum terukur");
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.Locator("#r-PPA1B-status")).ToContainTextAsync("Tersimpan");
        await page.CheckAsync("#r-PPA1B-fix");
        await Assertions.Expect(page.Locator("#r-PPA1B-status")).ToContainTextAsync("Perlu Perbaikan");
        await Assertions.Expect(page.Locator("[data-testid=marked]")).ToHaveTextAsync("2 pertanyaan Perlu Perbaikan");

        await page.ReloadAsync();
        (await page.IsCheckedAsync("#r-PPA1A-fix")).ShouldBeTrue();
        (await page.InputValueAsync("#r-PPA1A-fixnote")).ShouldBe("Lampirkan SK Tim Kerja");
        (await page.IsCheckedAsync("#r-PPA1B-fix")).ShouldBeTrue();
        (await page.InputValueAsync("#r-PPA1B-fixnote")).ShouldBe("Target kinerja belum terukur");
        (await page.Locator("[data-testid=marked]").InnerTextAsync()).ShouldBe("2 pertanyaan Perlu Perbaikan");
        var stored = await browser.Portal.WithDbAsync(db => db.Set<AssessorAnswer>().AsNoTracking()
            .Where(a => a.AssessmentId == id).OrderBy(a => a.QuestionCode).Select(a => new { a.QuestionCode, a.NeedsFix, a.FixNote }).ToListAsync());
        stored.Select(a => (a.QuestionCode, a.NeedsFix, a.FixNote)).ShouldBe([("PPA1A", true, "Lampirkan SK Tim Kerja"), ("PPA1B", true, "Target kinerja belum terukur")]);
        await browser.ScreenshotAsync(page, "review-perlu-perbaikan");
        errors.ShouldBeEmpty();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_whole_cycle_from_filling_to_final_with_notifications_for_the_right_people()
    {
        var id = await AssessmentAsync(2071, review: false);
        var ketua = await SignedInAsync("ketua@zi.demo");
        await ketua.GotoAsync(browser.Url($"/lembar-kerja/{id}?tab=A"));
        foreach (var code in new[] { "PPA1A", "PPA1B" })
        {
            await ketua.Locator($"form[data-question-form='{code}'] input[type=radio]").First.CheckAsync();
            await ketua.Locator($"[data-testid=saved-{code}]").WaitForAsync();
        }
        await ketua.GotoAsync(browser.Url($"/lembar-kerja/{id}?tab=B"));
        await ketua.Locator("form[data-question-form='PPB1A'] input[type=radio]").First.CheckAsync();
        await ketua.Locator("[data-testid=saved-PPB1A]").WaitForAsync();

        var pimpinan = await SignedInAsync("pimpinan@zi.demo");
        await StepAsync(pimpinan, id, "approve");
        await StepAsync(ketua, id, "submit");

        var penilai = await SignedInAsync("penilai@zi.demo");
        await penilai.GotoAsync(browser.Url("/"));
        await Assertions.Expect(penilai.Locator($"[data-testid=review-queue] [data-queue-assessment='{id}']")).ToBeVisibleAsync();
        await Assertions.Expect(penilai.Locator("[data-testid=unread-count]")).ToBeVisibleAsync();
        await StepAsync(penilai, id, "review");
        await penilai.GotoAsync(browser.Url($"/reviu/{id}?area=A"));
        await MarkAsync(penilai, "PPA1A", tickFirst: true);
        await MarkAsync(penilai, "PPA1B", tickFirst: false);
        await penilai.GotoAsync(browser.Url($"/reviu/{id}?area=B"));
        await MarkAsync(penilai, "PPB1A", tickFirst: true);
        await StepAsync(penilai, id, "return");

        await ketua.GotoAsync(browser.Url("/"));
        await Assertions.Expect(ketua.Locator("[data-testid=fix-queue] [data-fix-code]")).ToHaveCountAsync(3);
        await ketua.Locator("[data-testid=fix-queue] [data-fix-code='PPA1A']").ClickAsync();
        // The worksheet's scripts wire the autosave at load: answer only once the page has loaded, as GotoAsync does.
        await ketua.WaitForURLAsync(url => url.Contains("/lembar-kerja/", StringComparison.Ordinal));
        await ketua.Locator("form[data-question-form='PPA1A'] input[type=radio]").Last.CheckAsync();
        await ketua.Locator("[data-testid=saved-PPA1A]").WaitForAsync();
        await ketua.GotoAsync(browser.Url($"/lembar-kerja/{id}?tab=B"));
        await ketua.Locator("form[data-question-form='PPB1A'] input[type=radio]").Last.CheckAsync();
        await ketua.Locator("[data-testid=saved-PPB1A]").WaitForAsync();
        await StepAsync(ketua, id, "submit");

        await StepAsync(penilai, id, "review");
        await penilai.GotoAsync(browser.Url($"/reviu/{id}?area=A"));
        await Assertions.Expect(penilai.Locator("[data-testid=fixed-PPA1A]")).ToBeVisibleAsync();
        await Assertions.Expect(penilai.Locator("[data-testid=not-fixed-PPA1B]")).ToBeVisibleAsync();
        await browser.ScreenshotAsync(penilai, "review-round-2-fixed-marks");
        await penilai.Locator("form[data-review-form='PPA1B'] input[name=OptionKey]").Last.CheckAsync();
        await Assertions.Expect(penilai.Locator("#r-PPA1B-status [data-differs=true]")).ToBeVisibleAsync();
        await StepAsync(penilai, id, "close");

        await ketua.GotoAsync(browser.Url($"/penilaian/{id}"));
        await Assertions.Expect(ketua.Locator("[data-testid=stage]")).ToHaveTextAsync("Final");
        await Assertions.Expect(ketua.Locator("[data-testid=official-basis]")).ToHaveTextAsync("Hasil resmi: nilai Penilai Internal");
        (await ketua.Locator("[data-testid=official-total]").InnerTextAsync()).ShouldNotBe(await ketua.Locator("[data-testid=unit-total]").InnerTextAsync());
        await browser.ScreenshotAsync(ketua, "assessment-final-official-score");
        await ketua.GotoAsync(browser.Url("/"));
        await Assertions.Expect(ketua.Locator("[data-testid=score-basis]")).ToHaveTextAsync("Nilai Penilai Internal");

        await pimpinan.GotoAsync(browser.Url("/notifikasi"));
        await Assertions.Expect(pimpinan.Locator("[data-testid=notifications]")).ToContainTextAsync("final. Nilai resmi (Penilai Internal)");
        (await pimpinan.Locator("[data-testid=notifications]").InnerTextAsync()).ShouldNotContain("menunggu reviu Anda");
        await penilai.GotoAsync(browser.Url("/notifikasi"));
        var forPenilai = await penilai.Locator("[data-testid=notifications]").InnerTextAsync();
        forPenilai.ShouldContain("diajukan (putaran 1); menunggu reviu Anda");
        forPenilai.ShouldContain("diajukan kembali setelah Tindak Lanjut (putaran 2)");
        forPenilai.ShouldNotContain("perlu perbaikan untuk Anda");
        await ketua.GotoAsync(browser.Url("/notifikasi"));
        (await ketua.Locator("[data-testid=notifications]").InnerTextAsync()).ShouldContain("3 pertanyaan perlu perbaikan untuk Anda (PPA1A, PPA1B, PPB1A)");
        var pegawai = await SignedInAsync("pegawai@zi.demo");
        await pegawai.GotoAsync(browser.Url("/"));
        (await pegawai.Locator("[data-testid=unread-count]").CountAsync()).ShouldBe(0, "nobody asked the pegawai to act");
    }

    private async Task<IPage> SignedInAsync(string email)
    {
        var page = await browser.NewSignedInPageAsync(email);
        page.Dialog += (_, dialog) => dialog.AcceptAsync();
        return page;
    }

    /// <summary>Takes a step from the assessment page (accepting its confirmation) and expects the success message.</summary>
    private async Task StepAsync(IPage page, int id, string action)
    {
        await page.GotoAsync(browser.Url($"/penilaian/{id}"));
        await page.Locator($"[data-testid=stage-{action}]").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains($"/penilaian/{id}"));
        await Assertions.Expect(page.Locator(".alert-success")).ToBeVisibleAsync();
    }

    private static async Task MarkAsync(IPage page, string code, bool tickFirst)
    {
        if (tickFirst)
        {
            await page.CheckAsync($"#r-{code}-fix");
            await Assertions.Expect(page.Locator($"#r-{code}-status [data-testid=review-error]")).ToContainTextAsync("Belum tersimpan");
        }
        await page.FillAsync($"#r-{code}-fixnote", "Lengkapi bukti " + code);
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.Locator($"#r-{code}-status")).ToContainTextAsync("Tersimpan");
        if (!tickFirst)
        {
            await page.CheckAsync($"#r-{code}-fix");
            await Assertions.Expect(page.Locator($"#r-{code}-status")).ToContainTextAsync("Perlu Perbaikan");
        }
    }

    /// <summary>A fresh assessment of the demo office with every window open; with <paramref name="review"/> already in Reviu Penilai Internal.</summary>
    private Task<int> AssessmentAsync(int year, bool review) => browser.Portal.WithDbAsync(async db =>
    {
        var office = await db.Units.Where(u => u.Code == DemoSeeder.OfficeCode).Select(u => u.Id).SingleAsync();
        var a = Assessment.Create(office, year, TargetPredicate.Wbk, LkeTemplateFile.DefaultVersion);
        foreach (var stage in AssessmentLabels.WindowedStages)
        {
            a.SetWindow(stage, Today.AddDays(-30), Today.AddDays(30));
        }
        db.Add(a);
        await db.SaveChangesAsync();
        if (review)
        {
            var now = DateTime.UtcNow.AddMinutes(-5);
            a.Approve("uji", "Pimpinan Uji", now, null);
            a.Submit("uji", "Ketua Uji", now, approvalCurrent: true);
            a.StartReview("uji", "Penilai Uji", now, Today);
            await db.SaveChangesAsync();
        }
        return a.Id;
    });
}
