using Microsoft.EntityFrameworkCore;
using ZonaIntegritas.IntegrationTests.Infrastructure;
using ZonaIntegritas.Web.Domain.Assessments;
using static ZonaIntegritas.IntegrationTests.ReviewCycle.ReviewCycleTestKit;
using static ZonaIntegritas.IntegrationTests.Worksheet.WorksheetTestKit;

namespace ZonaIntegritas.IntegrationTests.ReviewCycle;

/// <summary>Optimistic concurrency: a save from a stale version is refused with who/when/current value; history always chains.</summary>
[Collection(AssessmentDemoPortalCollection.Name)]
public class AnswerConcurrencyTests(DemoPortal demo)
{
    private readonly PortalFactory factory = demo.For(typeof(AnswerConcurrencyTests));

    [Fact]
    public async Task Two_clients_saving_a_unit_answer_from_the_same_version_one_wins_and_the_other_is_told()
    {
        var id = await CreateAssessmentAsync(factory, 2081);
        await CreateAnggotaAsync(factory, "anggota.konkuren@zi.demo", "A");
        var first = await PortalClient.SignedInAsync(factory, "ketua@zi.demo");
        var second = await PortalClient.SignedInAsync(factory, "anggota.konkuren@zi.demo");
        var formFirst = await QuestionFormAsync(first, id, "PPA1A");
        var formSecond = await QuestionFormAsync(second, id, "PPA1A");
        formFirst["Version"].ShouldBe("0");
        formSecond["Version"].ShouldBe("0");

        var won = await PortalClient.ParseAsync(await PostHtmxAsync(first, formFirst, new() { ["OptionKey"] = "Ya" }));
        won.QuerySelector("[data-testid=question-error]").ShouldBeNull();
        won.QuerySelector("#q-PPA1A-version")!.GetAttribute("value").ShouldBe("1", "the new version reaches the form out of band");
        var lost = await PortalClient.ParseAsync(await PostHtmxAsync(second, formSecond, new() { ["OptionKey"] = "Tidak" }));

        var message = lost.QuerySelector("[data-testid=question-error]")!.TextContent;
        message.ShouldStartWith("Jawaban ini sudah diubah oleh ");
        message.ShouldContain(" pada ");
        message.ShouldContain("; muat ulang. Nilai sekarang: Ya.");
        lost.QuerySelector("#q-PPA1A-opt-Ya")!.HasAttribute("checked").ShouldBeTrue("the refused client sees the current value");
        (await UnitAnswerAsync(factory, id, "PPA1A"))!.OptionKey.ShouldBe("Ya");
        var history = await HistoryAsync(id, "PPA1A", AnswerSource.Unit);
        history.Count.ShouldBe(1);
    }

    [Fact]
    public async Task Two_penilai_sessions_saving_the_same_assessor_answer_one_is_refused()
    {
        var id = await AssessmentInStageAsync(factory, 2082, AssessmentStage.InternalReview);
        var first = await PortalClient.SignedInAsync(factory, "penilai@zi.demo");
        var second = await PortalClient.SignedInAsync(factory, "penilai@zi.demo");
        var formFirst = await first.GetFormAsync($"/reviu/{id}?area=A", "form[data-review-form='PPA1B']");
        var formSecond = await second.GetFormAsync($"/reviu/{id}?area=A", "form[data-review-form='PPA1B']");

        await PostHtmxAsync(first, formFirst, new() { ["OptionKey"] = "B" });
        var lost = await PortalClient.ParseAsync(await PostHtmxAsync(second, formSecond, new() { ["OptionKey"] = "C" }));

        lost.QuerySelector("[data-testid=review-error]")!.TextContent.ShouldContain("Jawaban ini sudah diubah oleh");
        lost.QuerySelector("#r-PPA1B-opt-B")!.HasAttribute("checked").ShouldBeTrue();
        (await factory.WithDbAsync(db => db.Set<AssessorAnswer>().SingleAsync(a => a.AssessmentId == id && a.QuestionCode == "PPA1B"))).OptionKey.ShouldBe("B");
    }

    [Fact]
    public async Task Concurrent_editors_in_a_soak_never_break_the_history_chain()
    {
        var id = await CreateAssessmentAsync(factory, 2083);
        await CreateAnggotaAsync(factory, "anggota.soak@zi.demo", "A");
        var clients = new[]
        {
            await PortalClient.SignedInAsync(factory, "ketua@zi.demo"),
            await PortalClient.SignedInAsync(factory, "anggota.soak@zi.demo"),
        };

        var options = new[] { "A", "B", "C" };
        await Task.WhenAll(clients.Select((client, n) => Task.Run(async () =>
        {
            for (var i = 0; i < 12; i++)
            {
                var form = await QuestionFormAsync(client, id, "PPA1B");
                await PostHtmxAsync(client, form, new() { ["OptionKey"] = options[(i + n) % options.Length], ["Note"] = $"klien {n} langkah {i}" });
            }
        })));

        var history = await HistoryAsync(id, "PPA1B", AnswerSource.Unit);
        history.Count.ShouldBeGreaterThan(2);
        history[0].OldValue.ShouldBe(AnswerValues.Empty);
        for (var i = 1; i < history.Count; i++)
        {
            history[i].OldValue.ShouldBe(history[i - 1].NewValue, $"history row {i} must start where row {i - 1} ended");
        }
        var stored = await UnitAnswerAsync(factory, id, "PPA1B");
        stored!.Version.ShouldBe(history.Count);
        stored.ValueText.ShouldBe(history[^1].NewValue);
    }

    private Task<List<AnswerHistory>> HistoryAsync(int id, string code, AnswerSource source) =>
        factory.WithDbAsync(db => db.Set<AnswerHistory>().AsNoTracking()
            .Where(h => h.AssessmentId == id && h.QuestionCode == code && h.Source == source).OrderBy(h => h.Id).ToListAsync());
}
