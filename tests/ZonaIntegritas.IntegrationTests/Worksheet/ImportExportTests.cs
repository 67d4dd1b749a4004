using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ZonaIntegritas.IntegrationTests.Infrastructure;
using ZonaIntegritas.Web.Domain.Assessments;
using static ZonaIntegritas.IntegrationTests.Worksheet.WorksheetTestKit;

namespace ZonaIntegritas.IntegrationTests.Worksheet;

[Collection(AssessmentDemoPortalCollection.Name)]
public class ImportExportTests(DemoPortal demo)
{
    private readonly PortalFactory factory = demo.For(typeof(ImportExportTests));

    [Fact]
    public async Task Export_then_import_round_trips_the_answers_and_the_scores()
    {
        var id = await CreateAssessmentAsync(factory, 2050);
        var ketua = await PortalClient.SignedInAsync(factory, "ketua@zi.demo");
        await PostHtmxAsync(ketua, await QuestionFormAsync(ketua, id, "PPA1A"), new() { ["OptionKey"] = "Ya", ["Note"] = "SK Nomor 7" });
        await PostHtmxAsync(ketua, await QuestionFormAsync(ketua, id, "PRA1A"), new() { ["Inputs[agen]"] = "4", ["Inputs[perubahan]"] = "3" });
        await PostHtmxAsync(ketua, await HasilFormAsync(ketua, id, "HBB"), new() { ["OptionKey"] = "B", ["Provisional"] = "true" });

        var exported = await ExportAsync(ketua, id);
        using (var doc = JsonDocument.Parse(exported))
        {
            var root = doc.RootElement;
            root.GetProperty("format").GetString().ShouldBe("zi-lke/1");
            root.GetProperty("year").GetInt32().ShouldBe(2050);
            root.GetProperty("target").GetString().ShouldBe("WBK");
            root.GetProperty("answers").GetProperty("PPA1A").GetProperty("note").GetString().ShouldBe("SK Nomor 7");
            root.GetProperty("answers").GetProperty("PRA1A").GetProperty("inputs").GetProperty("perubahan").GetInt32().ShouldBe(3);
            root.GetProperty("hasil").GetProperty("HBB").GetProperty("provisional").GetBoolean().ShouldBeTrue();
            root.GetProperty("scores").GetProperty("questions").GetProperty("PRA1A").GetDecimal().ShouldBe(0.75m);
            root.GetProperty("scores").TryGetProperty("total", out _).ShouldBeTrue();
        }

        // Change the worksheet, then import the exported file: the answers come back, with history.
        await PostHtmxAsync(ketua, await QuestionFormAsync(ketua, id, "PPA1A"), new() { ["OptionKey"] = "Tidak", ["Note"] = "" });
        await PostHtmxAsync(ketua, await QuestionFormAsync(ketua, id, "PRA1A"), new() { ["Clear"] = "true" });
        var response = await ImportAsync(ketua, id, exported);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await ketua.FollowAsync(response)).QuerySelector(".alert-success")!.TextContent.ShouldContain("2 jawaban berubah");
        var ppa1a = await UnitAnswerAsync(factory, id, "PPA1A");
        ppa1a!.OptionKey.ShouldBe("Ya");
        ppa1a.Note.ShouldBe("SK Nomor 7");
        (await UnitAnswerAsync(factory, id, "PRA1A"))!.InputsJson.ShouldBe("{\"agen\":4,\"perubahan\":3}");
        var last = await factory.WithDbAsync(db => db.Set<AnswerHistory>().Where(h => h.AssessmentId == id && h.QuestionCode == "PPA1A").OrderByDescending(h => h.Id).FirstAsync());
        last.Note!.ShouldStartWith("Impor berkas JSON");
        (await ExportAsync(ketua, id)).ShouldBe(exported, "export → import → export gives the same file");
    }

    [Fact]
    public async Task Import_is_all_or_nothing_and_lists_every_error_by_code()
    {
        var id = await CreateAssessmentAsync(factory, 2051);
        var ketua = await PortalClient.SignedInAsync(factory, "ketua@zi.demo");
        await PostHtmxAsync(ketua, await QuestionFormAsync(ketua, id, "PPA1A"), new() { ["OptionKey"] = "Tidak" });
        var file = """
            {
              "format": "zi-lke/1", "lkeVersion": "permenpanrb-90-2021", "year": 2051, "target": "WBK",
              "answers": {
                "PPA1A": { "option": "Ya" },
                "PPB1A": { "option": "Z" },
                "PRA1A": { "inputs": { "agen": 4, "perubahan": -1 } },
                "XYZ9Z": { "option": "A" }
              }
            }
            """;

        var page = await PortalClient.ParseAsync(await ImportAsync(ketua, id, file));

        var errors = page.QuerySelector("[data-testid=import-errors]")!;
        errors.TextContent.ShouldContain("tidak ada jawaban yang disimpan");
        var codes = errors.QuerySelectorAll("tbody tr td:first-child").Select(td => td.TextContent.Trim()).ToList();
        codes.ShouldContain("PPB1A");
        codes.ShouldContain("PRA1A");
        codes.ShouldContain("XYZ9Z");
        codes.ShouldNotContain("PPA1A");
        (await UnitAnswerAsync(factory, id, "PPA1A"))!.OptionKey.ShouldBe("Tidak", "the valid answer in a refused file is not saved either");
        (await UnitAnswerAsync(factory, id, "PPB1A")).ShouldBeNull();
    }

    [Fact]
    public async Task Import_refuses_a_file_for_another_year_target_or_lke_version()
    {
        var id = await CreateAssessmentAsync(factory, 2052);
        var ketua = await PortalClient.SignedInAsync(factory, "ketua@zi.demo");

        var page = await PortalClient.ParseAsync(await ImportAsync(ketua, id,
            """{ "format": "zi-lke/1", "lkeVersion": "permenpanrb-90-2021", "year": 2025, "target": "WBBM", "answers": { "PPA1A": { "option": "Ya" } } }"""));
        var text = page.QuerySelector("[data-testid=import-errors]")!.TextContent;
        text.ShouldContain("Berkas ini untuk tahun 2025, sedangkan penilaian ini tahun 2052.");
        text.ShouldContain("Berkas ini untuk target WBBM, sedangkan penilaian ini bertarget WBK.");

        var other = await PortalClient.ParseAsync(await ImportAsync(ketua, id,
            """{ "format": "zi-lke/1", "lkeVersion": "permenpanrb-52-2014", "year": 2052, "target": "WBK" }"""));
        other.QuerySelector("[data-testid=import-errors]")!.TextContent
            .ShouldContain("Berkas ini untuk versi LKE 'permenpanrb-52-2014', sedangkan penilaian ini memakai 'permenpanrb-90-2021'.");
        (await UnitAnswerAsync(factory, id, "PPA1A")).ShouldBeNull();
    }

    [Fact]
    public async Task Anggota_may_import_only_answers_of_the_areas_assigned_to_them()
    {
        var id = await CreateAssessmentAsync(factory, 2053);
        var anggota = await PortalClient.SignedInAsync(factory, "anggota@zi.demo");

        var refused = await PortalClient.ParseAsync(await ImportAsync(anggota, id, """
            { "format": "zi-lke/1", "lkeVersion": "permenpanrb-90-2021", "year": 2053, "target": "WBK",
              "answers": { "PPA1A": { "option": "Ya" }, "PPC1A": { "option": "Ya" } }, "hasil": { "HBB": { "option": "A" } } }
            """));
        var text = refused.QuerySelector("[data-testid=import-errors]")!.TextContent;
        text.ShouldContain("Anda tidak ditugaskan pada area Penataan Sistem Manajemen SDM Aparatur; jawaban PPC1A tidak dapat diimpor.");
        text.ShouldContain("Nilai Hasil HBB hanya dapat diimpor oleh Ketua Tim.");
        (await UnitAnswerAsync(factory, id, "PPA1A")).ShouldBeNull();

        var ok = await ImportAsync(anggota, id, """
            { "format": "zi-lke/1", "lkeVersion": "permenpanrb-90-2021", "year": 2053, "target": "WBK",
              "answers": { "PPA1A": { "option": "Ya" }, "PPB1B": { "option": "C", "note": "SOP belum diterapkan" } } }
            """);
        ok.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await UnitAnswerAsync(factory, id, "PPB1B"))!.Note.ShouldBe("SOP belum diterapkan");
    }

    [Fact]
    public async Task Import_into_a_submitted_assessment_is_refused_and_pegawai_cannot_import()
    {
        var id = await CreateAssessmentAsync(factory, 2054);
        await factory.WithDbAsync(async db =>
        {
            var a = await db.Set<Assessment>().SingleAsync(x => x.Id == id);
            a.Submit("system", "Uji", DateTime.UtcNow, approvalCurrent: true);
            await db.SaveChangesAsync();
        });
        var ketua = await PortalClient.SignedInAsync(factory, "ketua@zi.demo");
        var page = await PortalClient.ParseAsync(await ImportAsync(ketua, id,
            """{ "format": "zi-lke/1", "lkeVersion": "permenpanrb-90-2021", "year": 2054, "target": "WBK", "answers": { "PPA1A": { "option": "Ya" } } }"""));
        page.QuerySelector("[data-testid=import-errors]")!.TextContent.ShouldContain("sudah diajukan dan terkunci");

        var pegawai = await PortalClient.SignedInAsync(factory, "pegawai@zi.demo");
        var form = await TokenFormAsync(pegawai, $"/lembar-kerja/impor/{id}");
        await ShouldBeForbiddenAsync(pegawai, await PostFileAsync(pegawai, form, "{}"));
    }

    [Fact]
    public async Task Files_over_2_MB_are_refused_with_a_clear_message()
    {
        var id = await CreateAssessmentAsync(factory, 2055);
        var ketua = await PortalClient.SignedInAsync(factory, "ketua@zi.demo");
        var big = "{ \"format\": \"zi-lke/1\", \"pad\": \"" + new string('x', 2 * 1024 * 1024 + 10) + "\" }";

        var page = await PortalClient.ParseAsync(await ImportAsync(ketua, id, big));

        page.QuerySelector("[data-testid=import-errors]")!.TextContent.ShouldContain("Ukuran berkas melebihi batas 2 MB per berkas.");
    }

    /// <summary>
    /// The import has no endpoint limit of its own any more (ADR 0014): a 17 MB file, once a bare 413, reaches the file
    /// intake and gets its size message on the page; nothing is imported.
    /// </summary>
    [Fact]
    public async Task A_17_MB_file_gets_the_size_message_and_nothing_is_imported()
    {
        var id = await CreateAssessmentAsync(factory, 2056);
        var ketua = await PortalClient.SignedInAsync(factory, "ketua@zi.demo");
        var huge = "{ \"format\": \"zi-lke/1\", \"lkeVersion\": \"permenpanrb-90-2021\", \"year\": 2056, \"target\": \"WBK\", \"answers\": { \"PPA1A\": { \"option\": \"Ya\" } }, \"pad\": \"" + new string('x', 17 * 1024 * 1024) + "\" }";

        var response = await ImportAsync(ketua, id, huge);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await PortalClient.ParseAsync(response);
        page.QuerySelector("[data-testid=import-errors]")!.TextContent.ShouldContain("Ukuran berkas melebihi batas 2 MB per berkas.");
        (await UnitAnswerAsync(factory, id, "PPA1A")).ShouldBeNull();
    }

    private static async Task<string> ExportAsync(PortalClient client, int id)
    {
        var response = await client.Http.GetAsync($"/lembar-kerja/ekspor/{id}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        response.Content.Headers.ContentDisposition!.FileName!.ShouldContain($"lke-kemenag-kota-malang-");
        return await response.Content.ReadAsStringAsync();
    }

    private static async Task<HttpResponseMessage> ImportAsync(PortalClient client, int id, string json)
    {
        var form = await client.GetFormAsync($"/lembar-kerja/impor/{id}", $"form[action='/lembar-kerja/impor/{id}']");
        return await PostFileAsync(client, form, json);
    }

    private static Task<HttpResponseMessage> PostFileAsync(PortalClient client, HtmlForm form, string json)
    {
        var content = new MultipartFormDataContent();
        foreach (var field in form.Fields)
        {
            content.Add(new StringContent(field.Value), field.Key);
        }
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(json));
        file.Headers.ContentType = new("application/json");
        content.Add(file, "file", "lke.json");
        return client.Http.PostAsync(form.Action, content);
    }

    private static Task<HtmlForm> HasilFormAsync(PortalClient client, int id, string code) =>
        client.GetFormAsync($"/lembar-kerja/{id}?tab=hasil", $"form[data-hasil-form='{code}']");
}
