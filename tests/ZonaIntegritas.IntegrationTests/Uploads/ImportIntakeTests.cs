using System.Text;
using Microsoft.EntityFrameworkCore;
using ZonaIntegritas.IntegrationTests.Infrastructure;
using ZonaIntegritas.Web.Domain.Lke;
using ZonaIntegritas.Web.Domain.WorkPlans;
using static ZonaIntegritas.IntegrationTests.Worksheet.WorksheetTestKit;

namespace ZonaIntegritas.IntegrationTests.Uploads;

/// <summary>
/// The three imports (worksheet answers, work plan, LKE template) pass the one file intake (ADR 0014, issue 17 item 4):
/// a 0-byte file and a file over its limit get the intake's messages through the HTTP endpoint, and nothing is saved.
/// Default limits: <c>Uploads:MaxJsonImportBytes</c> 2 MB, <c>Uploads:MaxImportBytes</c> 5 MB.
/// </summary>
[Collection(DemoPortalCollection.Name)]
public class ImportIntakeTests(DemoPortal demo)
{
    private readonly PortalFactory factory = demo.For(typeof(ImportIntakeTests));

    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private const int TwoMegabytes = 2 * 1024 * 1024;
    private const int FiveMegabytes = 5 * 1024 * 1024;

    private static string EmptyMessage(string fileName) =>
        $"Berkas kosong (0 byte) tidak dapat diunggah. Periksa \"{fileName}\" lalu pilih berkas yang berisi dokumen.";

    private static byte[] JsonOf(int bytes)
    {
        var head = "{ \"format\": \"zi-lke/1\", \"pad\": \""u8.ToArray();
        var content = new byte[bytes];
        content.AsSpan().Fill((byte)'x');
        head.CopyTo(content, 0);
        "\" }"u8.CopyTo(content.AsSpan(bytes - 3));
        return content;
    }

    private async Task<string> WorksheetImportErrorsAsync(int assessmentId, byte[] file, string fileName)
    {
        var ketua = await PortalClient.SignedInAsync(factory, "ketua@zi.demo");
        var form = await ketua.GetFormAsync($"/lembar-kerja/impor/{assessmentId}", $"form[action='/lembar-kerja/impor/{assessmentId}']");
        var page = await PortalClient.ParseAsync(await ketua.PostMultipartAsync(form, "file", fileName, file, "application/json"));
        return page.QuerySelector("[data-testid=import-errors]").ShouldNotBeNull().TextContent;
    }

    private async Task<string> WorkPlanImportErrorsAsync(byte[] file, string fileName)
    {
        var ketua = await PortalClient.SignedInAsync(factory, "ketua@zi.demo");
        var form = await ketua.GetFormAsync("/rencana-kerja/impor?year=2083", "form[action='/rencana-kerja/impor']");
        var page = await PortalClient.ParseAsync(await ketua.PostMultipartAsync(form, "file", fileName, file, Xlsx));
        return page.QuerySelector("[data-testid=import-errors]").ShouldNotBeNull().TextContent;
    }

    private async Task<string> LkeTemplateImportErrorsAsync(byte[] file, string fileName)
    {
        var admin = await PortalClient.SignedInAsync(factory, "admin@zi.demo");
        var form = await admin.GetFormAsync("/versi-lke/impor", "[data-testid=import-form]");
        var page = await PortalClient.ParseAsync(await admin.PostMultipartAsync(form, "File", fileName, file, "application/json"));
        return page.QuerySelector("[data-testid=validation-summary]").ShouldNotBeNull().TextContent;
    }

    private Task<int> WorkPlanItemCountAsync() => factory.WithDbAsync(db => db.Set<WorkPlanItem>().CountAsync());

    private Task<int> LkeVersionCountAsync() => factory.WithDbAsync(db => db.Set<LkeVersion>().CountAsync());

    [Fact]
    public async Task Worksheet_import_refuses_a_0_byte_file_with_the_intake_message()
    {
        var id = await CreateAssessmentAsync(factory, 2081);

        var errors = await WorksheetImportErrorsAsync(id, [], "jawaban-kosong.json");

        errors.ShouldContain(EmptyMessage("jawaban-kosong.json"));
        (await UnitAnswerAsync(factory, id, "PPA1A")).ShouldBeNull();
    }

    [Fact]
    public async Task Worksheet_import_refuses_a_file_over_2_MB_with_the_size_message()
    {
        var id = await CreateAssessmentAsync(factory, 2082);

        var errors = await WorksheetImportErrorsAsync(id, JsonOf(TwoMegabytes + 1), "jawaban-besar.json");

        errors.ShouldContain("Ukuran berkas melebihi batas 2 MB per berkas.");
        (await UnitAnswerAsync(factory, id, "PPA1A")).ShouldBeNull();
    }

    [Fact]
    public async Task Work_plan_import_refuses_a_0_byte_file_with_the_intake_message()
    {
        var before = await WorkPlanItemCountAsync();

        var errors = await WorkPlanImportErrorsAsync([], "rencana-kosong.xlsx");

        errors.ShouldContain(EmptyMessage("rencana-kosong.xlsx"));
        (await WorkPlanItemCountAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Work_plan_import_refuses_a_file_over_5_MB_with_the_size_message()
    {
        var before = await WorkPlanItemCountAsync();
        var big = new byte[FiveMegabytes + 1];
        "PK\u0003\u0004"u8.CopyTo(big);

        var errors = await WorkPlanImportErrorsAsync(big, "rencana-besar.xlsx");

        errors.ShouldContain("Ukuran berkas melebihi batas 5 MB per berkas.");
        (await WorkPlanItemCountAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Lke_template_import_refuses_a_0_byte_file_with_the_intake_message()
    {
        var before = await LkeVersionCountAsync();

        var errors = await LkeTemplateImportErrorsAsync([], "templat-kosong.json");

        errors.ShouldContain(EmptyMessage("templat-kosong.json"));
        (await LkeVersionCountAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Lke_template_import_refuses_a_file_over_2_MB_with_the_size_message()
    {
        var before = await LkeVersionCountAsync();

        var errors = await LkeTemplateImportErrorsAsync(JsonOf(TwoMegabytes + 1), "templat-besar.json");

        errors.ShouldContain("Ukuran berkas melebihi batas 2 MB per berkas.");
        (await LkeVersionCountAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Lke_template_import_refuses_pasted_text_over_2_MB_with_the_size_message()
    {
        var before = await LkeVersionCountAsync();
        var admin = await PortalClient.SignedInAsync(factory, "admin@zi.demo");
        var form = await admin.GetFormAsync("/versi-lke/impor", "[data-testid=import-form]");

        var page = await PortalClient.ParseAsync(await admin.PostFormAsync(form, new() { ["Json"] = Encoding.UTF8.GetString(JsonOf(TwoMegabytes + 1)) }));

        page.QuerySelector("[data-testid=validation-summary]").ShouldNotBeNull().TextContent.ShouldContain("Ukuran berkas melebihi batas 2 MB per berkas.");
        (await LkeVersionCountAsync()).ShouldBe(before);
    }
}
