using System.Net;
using Microsoft.EntityFrameworkCore;
using ZonaIntegritas.IntegrationTests.Infrastructure;
using ZonaIntegritas.Web.Domain.Assessments;
using ZonaIntegritas.Web.Domain.Teams;
using static ZonaIntegritas.IntegrationTests.Worksheet.WorksheetTestKit;

namespace ZonaIntegritas.IntegrationTests.Worksheet;

[Collection(AssessmentDemoPortalCollection.Name)]
public class WorksheetSaveTests(DemoPortal demo)
{
    private readonly PortalFactory factory = demo.For(typeof(WorksheetSaveTests));

    [Fact]
    public async Task Demo_assessment_is_seeded_with_about_sixty_percent_answered_and_anggota_areas_A_and_B()
    {
        var id = await DemoAssessmentIdAsync(factory);
        var (answers, areas) = await factory.WithDbAsync(async db => (
            await db.Set<UnitAnswer>().CountAsync(a => a.AssessmentId == id),
            await db.Set<TeamMembership>().Where(m => m.AreaCode != null && db.Users.Any(u => u.StaffMemberId == m.StaffMemberId && u.Email == "anggota@zi.demo"))
                .Select(m => m.AreaCode!).ToListAsync()));
        answers.ShouldBeInRange(55, 77);
        areas.ShouldBe(["A", "B"], ignoreOrder: true);

        var client = await PortalClient.SignedInAsync(factory, "pimpinan@zi.demo");
        var list = await client.GetDocumentAsync("/penilaian");
        list.QuerySelector("[data-testid=assessment-list]")!.TextContent.ShouldContain("Penilaian Mandiri");
        var details = await client.GetDocumentAsync($"/penilaian/{id}");
        details.QuerySelector("[data-testid=unit-provisional]").ShouldNotBeNull("the seeded Hasil values are provisional");
        details.QuerySelector("[data-testid=gate-WBK]")!.TextContent.ShouldContain("Nilai total LKE");
        var home = await client.GetDocumentAsync("/");
        home.QuerySelector("[data-testid=assessment-widget]")!.TextContent.ShouldContain("Pengungkit");
    }

    [Fact]
    public async Task Anggota_assigned_area_A_saves_PPA1A_and_the_answer_survives_a_reload()
    {
        await CreateAnggotaAsync(factory, "anggota.a1@zi.demo", "A");
        var id = await CreateAssessmentAsync(factory, 2031);
        var client = await PortalClient.SignedInAsync(factory, "anggota.a1@zi.demo");

        var form = await QuestionFormAsync(client, id, "PPA1A");
        var response = await client.PostFormAsync(form, new() { ["OptionKey"] = "Ya", ["Note"] = "SK Tim Kerja nomor 12" });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, "without JavaScript the form posts and redirects back");
        response.Headers.Location!.ToString().ShouldEndWith("#q-PPA1A");
        var page = await client.FollowAsync(response);
        page.QuerySelector("#q-PPA1A-opt-Ya")!.HasAttribute("checked").ShouldBeTrue();
        page.QuerySelector("#q-PPA1A-note")!.TextContent.ShouldBe("SK Tim Kerja nomor 12");
        page.QuerySelector("[data-testid=value-PPA1A]")!.TextContent.ShouldContain("1,00");
        var saved = await UnitAnswerAsync(factory, id, "PPA1A");
        saved!.OptionKey.ShouldBe("Ya");
        saved.Note.ShouldBe("SK Tim Kerja nomor 12");
    }

    [Fact]
    public async Task Anggota_assigned_area_A_gets_403_for_PPB1A_and_nothing_is_saved()
    {
        await CreateAnggotaAsync(factory, "anggota.a2@zi.demo", "A");
        var id = await CreateAssessmentAsync(factory, 2032);
        var client = await PortalClient.SignedInAsync(factory, "anggota.a2@zi.demo");

        var page = await client.GetDocumentAsync($"/lembar-kerja/{id}?tab=B");
        page.QuerySelector("form[data-question-form='PPB1A'] fieldset")!.HasAttribute("disabled").ShouldBeTrue("area B is read-only for this user");
        var form = HtmlForm.From(page, "form[data-question-form='PPB1A']", $"/lembar-kerja/{id}");
        var response = await client.PostFormAsync(form, new() { ["OptionKey"] = "A" });

        await ShouldBeForbiddenAsync(client, response);
        (await UnitAnswerAsync(factory, id, "PPB1A")).ShouldBeNull();
    }

    [Fact]
    public async Task Pegawai_gets_403_when_opening_or_saving_the_worksheet()
    {
        var id = await DemoAssessmentIdAsync(factory);
        var client = await PortalClient.SignedInAsync(factory, "pegawai@zi.demo");

        await ShouldBeForbiddenAsync(client, await client.Http.GetAsync($"/lembar-kerja/{id}"));
        var form = await TokenFormAsync(client, $"/lembar-kerja/simpan/{id}");
        var before = await UnitAnswerAsync(factory, id, "PPA2A");
        var response = await client.PostFormAsync(form, new() { ["QuestionCode"] = "PPA2A", ["OptionKey"] = "Tidak" });

        await ShouldBeForbiddenAsync(client, response);
        (await UnitAnswerAsync(factory, id, "PPA2A"))?.OptionKey.ShouldBe(before?.OptionKey);
    }

    [Fact]
    public async Task Htmx_save_returns_the_question_status_with_out_of_band_value_progress_and_running_score()
    {
        var id = await CreateAssessmentAsync(factory, 2033);
        var client = await PortalClient.SignedInAsync(factory, "ketua@zi.demo");
        var form = await QuestionFormAsync(client, id, "PPA1B");

        var response = await PostHtmxAsync(client, form, new() { ["OptionKey"] = "A" });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await PortalClient.ParseAsync(response);
        html.QuerySelector("[data-testid=saved-PPA1B]").ShouldNotBeNull();
        var value = html.QuerySelector("[data-testid=value-PPA1B]")!;
        value.GetAttribute("hx-swap-oob").ShouldBe("true");
        value.TextContent.ShouldContain("1,00");
        response.Headers.Contains("HX-Retarget").ShouldBeFalse();
        var progress = html.QuerySelector("#progress-A")!;
        progress.GetAttribute("hx-swap-oob").ShouldBe("true");
        progress.TextContent.Trim().ShouldStartWith("1/");
        var score = html.QuerySelector("#running-score")!;
        score.GetAttribute("hx-swap-oob").ShouldBe("true");
        // PPA1B = A → indicator PPA1 (weight 0,5, two questions) = 0,25.
        score.QuerySelector("[data-testid=score-pengungkit]")!.TextContent.ShouldBe("0,25");
    }

    [Fact]
    public async Task Percentage_question_stores_the_inputs_as_json_and_shows_the_percentage()
    {
        var id = await CreateAssessmentAsync(factory, 2034);
        var client = await PortalClient.SignedInAsync(factory, "ketua@zi.demo");
        var form = await QuestionFormAsync(client, id, "PRA1A");

        var html = await PortalClient.ParseAsync(await PostHtmxAsync(client, form, new() { ["Inputs[agen]"] = "5", ["Inputs[perubahan]"] = "4" }));

        html.QuerySelector("[data-testid=value-PRA1A]")!.TextContent.ShouldContain("Nilai 0,80");
        html.QuerySelector("form").ShouldBeNull("a successful save leaves the inputs alone (typing goes on during the request)");
        (await UnitAnswerAsync(factory, id, "PRA1A"))!.InputsJson.ShouldBe("{\"agen\":5,\"perubahan\":4}");
        var page = await client.GetDocumentAsync($"/lembar-kerja/{id}?tab=A");
        page.QuerySelector("[data-testid=pct-PRA1A]")!.TextContent.ShouldBe("80,00 %");
        page.QuerySelector("#q-PRA1A-in-agen")!.GetAttribute("value").ShouldBe("5");
    }

    [Fact]
    public async Task Invalid_numeric_input_is_refused_with_a_message_and_nothing_is_saved()
    {
        var id = await CreateAssessmentAsync(factory, 2035);
        var client = await PortalClient.SignedInAsync(factory, "ketua@zi.demo");
        var form = await QuestionFormAsync(client, id, "PRC3A");

        var html = await PortalClient.ParseAsync(await PostHtmxAsync(client, form, new() { ["Inputs[pelanggaran_tahun_lalu]"] = "-3" }));

        html.QuerySelector("[data-testid=question-error]")!.TextContent.ShouldContain("harus bilangan bulat 0 atau lebih");
        (await UnitAnswerAsync(factory, id, "PRC3A")).ShouldBeNull();
    }

    [Fact]
    public async Task Every_answer_change_is_kept_in_the_history_with_who_when_old_and_new()
    {
        var id = await CreateAssessmentAsync(factory, 2036);
        var client = await PortalClient.SignedInAsync(factory, "ketua@zi.demo");
        await PostHtmxAsync(client, await QuestionFormAsync(client, id, "PPA2B"), new() { ["OptionKey"] = "B" });
        await PostHtmxAsync(client, await QuestionFormAsync(client, id, "PPA2B"), new() { ["OptionKey"] = "A", ["Note"] = "Rencana kerja direvisi" });
        await PostHtmxAsync(client, await QuestionFormAsync(client, id, "PPA2B"), new() { ["OptionKey"] = "A", ["Note"] = "Rencana kerja direvisi" });

        var rows = await factory.WithDbAsync(db => db.Set<AnswerHistory>().AsNoTracking().Where(h => h.AssessmentId == id && h.QuestionCode == "PPA2B").OrderBy(h => h.Id).ToListAsync());
        rows.Count.ShouldBe(2, "an unchanged save records nothing");
        rows[0].OldValue.ShouldBe(AnswerValues.Empty);
        rows[0].NewValue.ShouldBe("B");
        rows[1].OldValue.ShouldBe("B");
        rows[1].NewValue.ShouldBe("A");
        rows[1].Note.ShouldBe("Rencana kerja direvisi");
        rows.ShouldAllBe(r => r.Source == AnswerSource.Unit && r.ChangedByName.Length > 0 && r.ChangedBy.Length > 0);
        (DateTime.UtcNow - rows[1].ChangedAtUtc).TotalMinutes.ShouldBeLessThan(5);

        var history = await client.GetDocumentAsync($"/lembar-kerja/riwayat/{id}?code=PPA2B");
        var table = history.QuerySelector("[data-testid=history-PPA2B]")!.TextContent;
        table.ShouldContain("Rencana kerja direvisi");
        table.ShouldContain("WIB");
        var worksheet = await client.GetDocumentAsync($"/lembar-kerja/{id}?tab=A");
        worksheet.QuerySelector("[data-testid=history-link-PPA2B]")!.TextContent.ShouldContain("Riwayat (2)");
    }

    [Fact]
    public async Task Ketua_enters_a_provisional_index_on_the_hasil_tab_and_the_dashboard_marks_it()
    {
        var id = await CreateAssessmentAsync(factory, 2037);
        var client = await PortalClient.SignedInAsync(factory, "ketua@zi.demo");
        var form = await client.GetFormAsync($"/lembar-kerja/{id}?tab=hasil", "form[data-hasil-form='HBA']");

        var bad = await PortalClient.ParseAsync(await PostHtmxAsync(client, form, new() { ["Index"] = "4,5", ["ScaleMin"] = "1", ["ScaleMax"] = "4" }));
        bad.QuerySelector("[data-testid=hasil-error]")!.TextContent.ShouldContain("harus di antara");

        var ok = await PortalClient.ParseAsync(await PostHtmxAsync(client, form, new() { ["Index"] = "4,2", ["ScaleMin"] = "1", ["ScaleMax"] = "5", ["Provisional"] = "true", ["Source"] = "Survei mandiri" }));
        ok.QuerySelector("[data-testid=provisional-HBA]").ShouldNotBeNull();
        var entry = await factory.WithDbAsync(db => db.Set<HasilEntry>().SingleAsync(h => h.AssessmentId == id && h.Code == "HBA"));
        entry.Index.ShouldBe(4.2m);
        entry.ScaleMax.ShouldBe(5m);
        entry.Provisional.ShouldBeTrue();

        var details = await client.GetDocumentAsync($"/penilaian/{id}");
        details.QuerySelector("[data-testid=unit-provisional]").ShouldNotBeNull();
    }

    [Fact]
    public async Task Anggota_cannot_save_hasil()
    {
        var id = await DemoAssessmentIdAsync(factory);
        var client = await PortalClient.SignedInAsync(factory, "anggota@zi.demo");
        var form = await client.GetFormAsync($"/lembar-kerja/{id}?tab=hasil", "form[data-hasil-form='HBB']");

        await ShouldBeForbiddenAsync(client, await client.PostFormAsync(form, new() { ["OptionKey"] = "E" }));
    }
}
