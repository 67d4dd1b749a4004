using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ZonaIntegritas.IntegrationTests.Infrastructure;
using ZonaIntegritas.Web.Domain.Lke;
using ZonaIntegritas.Web.Infrastructure.Lke;

namespace ZonaIntegritas.IntegrationTests.LkeVersions;

[Collection(PactsAndDashboardDemoPortalCollection.Name)]
public class LkeVersionPagesTests(DemoPortal demo)
{
    private readonly PortalFactory factory = demo.For(typeof(LkeVersionPagesTests));

    private const string Shipped = "permenpanrb-90-2021";
    private const string Admin = "admin@zi.demo";

    private static string ShippedJsonAs(string code, Action<JsonObject>? change = null)
    {
        var root = JsonNode.Parse(LkeTemplateFile.Write(LkeTemplateFile.LoadEmbedded()))!.AsObject();
        root["versionCode"] = code;
        root["title"] = "LKE uji " + code;
        change?.Invoke(root);
        return root.ToJsonString();
    }

    private Task<int> VersionCountAsync() => factory.WithDbAsync(db => db.Set<LkeVersion>().CountAsync());

    private static async Task ShouldBeForbiddenAsync(PortalClient client, HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/akun/akses-ditolak");
        (await client.Http.GetAsync(response.Headers.Location)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Administrator_lists_the_versions_and_browses_the_whole_tree()
    {
        var admin = await PortalClient.SignedInAsync(factory, Admin);
        var list = await admin.GetDocumentAsync("/versi-lke");
        var row = list.QuerySelector($"[data-version='{Shipped}']")!;
        row.TextContent.ShouldContain("110");
        row.TextContent.ShouldContain("Templat bawaan");

        var tree = await admin.GetDocumentAsync($"/versi-lke/{Shipped}");
        tree.QuerySelectorAll("[data-testid=question]").Length.ShouldBe(110);
        tree.QuerySelectorAll("[data-area]").Length.ShouldBe(12);
        tree.QuerySelectorAll("[data-indicator]").Length.ShouldBe(42);
        var ppa3a = tree.QuerySelector("[data-question=PPA3A]")!.TextContent;
        ppa3a.ShouldContain("A/B/C/D");
        ppa3a.ShouldContain("Sebagian besar");
        ppa3a.ShouldContain("0,67");
        var pra1a = tree.QuerySelector("[data-question=PRA1A]")!.TextContent;
        pra1a.ShouldContain("Jumlah agen perubahan (agen)");
        pra1a.ShouldContain("Persentase");
        tree.QuerySelector("[data-question=PPA1A]")!.TextContent.ShouldContain("SK Tim Kerja Pembangunan ZI");
        tree.QuerySelector("[data-testid=gates]")!.TextContent.ShouldContain("15,75");
        tree.QuerySelector("[data-hasil=HBB]")!.TextContent.ShouldContain("Capaian target kinerja utama");
    }

    [Fact]
    public async Task Team_members_may_browse_the_tree_but_not_change_it()
    {
        var member = await PortalClient.SignedInAsync(factory, "anggota@zi.demo");
        var tree = await member.GetDocumentAsync($"/versi-lke/{Shipped}");
        tree.QuerySelectorAll("[data-testid=question]").Length.ShouldBe(110);
        tree.QuerySelector("[data-testid=edit-question]").ShouldBeNull();
        tree.QuerySelector("[data-testid=version-actions]").ShouldBeNull();
        await ShouldBeForbiddenAsync(member, await member.Http.GetAsync($"/versi-lke/ubah-pertanyaan/{Shipped}?question=PPA1A"));
        await ShouldBeForbiddenAsync(member, await member.Http.GetAsync("/versi-lke/impor"));
        await ShouldBeForbiddenAsync(member, await member.Http.GetAsync($"/versi-lke/ekspor/{Shipped}"));
    }

    [Fact]
    public async Task Posting_an_edit_without_the_right_is_refused_and_changes_nothing()
    {
        var leader = await PortalClient.SignedInAsync(factory, "ketua@zi.demo");
        var anyForm = await leader.GetFormAsync("/akun/ubah-sandi", "form[method='post']");
        var response = await leader.PostFormAsync(anyForm with { Action = $"/versi-lke/ubah-pertanyaan/{Shipped}?question=PPC6A" }, new() { ["Text"] = "Diubah tanpa hak" });
        await ShouldBeForbiddenAsync(leader, response);
        (await factory.Services.GetRequiredService<ILkeTemplateProvider>().GetAsync(Shipped)).FindQuestion("PPC6A")!.Text.ShouldNotBe("Diubah tanpa hak");
    }

    [Theory]
    [InlineData("pegawai@zi.demo", "/versi-lke")]
    [InlineData("pegawai@zi.demo", "/versi-lke/" + Shipped)]
    [InlineData("pegawai@zi.demo", "/versi-lke/impor")]
    [InlineData("pimpinan@zi.demo", "/versi-lke/impor")]
    [InlineData("penilai@zi.demo", "/versi-lke/ubah-gerbang/" + Shipped)]
    [InlineData("ketua@zi.demo", "/versi-lke/salin/" + Shipped)]
    public async Task Pages_are_forbidden_without_the_permission(string email, string url)
    {
        var client = await PortalClient.SignedInAsync(factory, email);
        await ShouldBeForbiddenAsync(client, await client.Http.GetAsync(url));
    }

    [Fact]
    public async Task Importing_an_invalid_template_lists_every_error_and_saves_nothing()
    {
        var before = await VersionCountAsync();
        var admin = await PortalClient.SignedInAsync(factory, Admin);
        var form = await admin.GetFormAsync("/versi-lke/impor", "[data-testid=import-form]");
        var json = ShippedJsonAs("lke-salah-2026", r =>
        {
            r["halves"]![0]!["areas"]![0]!["indicators"]![0]!["weight"] = 0.75;
            r["halves"]![0]!["areas"]![0]!["indicators"]![0]!["questions"]![1]!["options"]![0]!["value"] = 2;
            r["hasil"]![1]!["weight"] = 6;
        });
        var page = await admin.FollowAsync(await admin.PostFormAsync(form, new() { ["Json"] = json }));
        var errors = page.QuerySelectorAll("[data-testid=validation-summary] li").Select(li => li.TextContent).ToList();
        errors.ShouldContain("Area PPA: jumlah bobot indikator adalah 4,25, seharusnya sama dengan bobot induknya 4.");
        errors.ShouldContain("Pertanyaan PPA1B: nilai pilihan A adalah 2, harus di antara 0 dan 1.");
        errors.ShouldContain("Jumlah bobot Pengungkit dan Hasil adalah 101, seharusnya 100.");
        (await VersionCountAsync()).ShouldBe(before);
        (await factory.WithDbAsync(db => db.Set<LkeQuestion>().CountAsync())).ShouldBe(110 * before);
    }

    [Fact]
    public async Task Importing_malformed_json_explains_where()
    {
        var admin = await PortalClient.SignedInAsync(factory, Admin);
        var form = await admin.GetFormAsync("/versi-lke/impor", "[data-testid=import-form]");
        var page = await admin.FollowAsync(await admin.PostFormAsync(form, new() { ["Json"] = "{\"format\": \"zi-lke-template/1\",\n\"versionCode\" 1}" }));
        page.QuerySelector("[data-testid=validation-summary]")!.TextContent.ShouldContain("Berkas bukan JSON yang valid (baris 2, posisi 15)");
    }

    [Fact]
    public async Task Importing_a_valid_new_version_stores_it()
    {
        var admin = await PortalClient.SignedInAsync(factory, Admin);
        var form = await admin.GetFormAsync("/versi-lke/impor", "[data-testid=import-form]");
        var response = await admin.PostFormAsync(form, new() { ["Json"] = ShippedJsonAs("lke-tempel-2026") });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var page = await admin.FollowAsync(response);
        page.QuerySelectorAll("[data-testid=question]").Length.ShouldBe(110);
        var version = await factory.WithDbAsync(db => db.Set<LkeVersion>().AsNoTracking().SingleAsync(v => v.Code == "lke-tempel-2026"));
        version.Source.ShouldBe(LkeVersionSource.Imported);
        version.Title.ShouldBe("LKE uji lke-tempel-2026");
        version.ImportedBy.ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task Importing_a_template_file_upload_stores_it()
    {
        var admin = await PortalClient.SignedInAsync(factory, Admin);
        var form = await admin.GetFormAsync("/versi-lke/impor", "[data-testid=import-form]");
        using var content = new MultipartFormDataContent();
        content.Add(new StringContent(form["__RequestVerificationToken"]!), "__RequestVerificationToken");
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(ShippedJsonAs("lke-berkas-2026")));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        content.Add(file, "File", "lke-berkas-2026.json");
        var response = await admin.Http.PostAsync(form.Action, content);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await factory.Services.GetRequiredService<ILkeTemplateProvider>().GetAsync("lke-berkas-2026")).Questions.Count().ShouldBe(110);
    }

    [Fact]
    public async Task Exported_template_imports_again_as_a_new_version()
    {
        var admin = await PortalClient.SignedInAsync(factory, Admin);
        var export = await admin.Http.GetAsync($"/versi-lke/ekspor/{Shipped}");
        export.StatusCode.ShouldBe(HttpStatusCode.OK);
        export.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        var json = JsonNode.Parse(await export.Content.ReadAsStringAsync())!.AsObject();
        json["format"]!.GetValue<string>().ShouldBe("zi-lke-template/1");
        json["versionCode"] = "lke-ekspor-2026";
        var form = await admin.GetFormAsync("/versi-lke/impor", "[data-testid=import-form]");
        (await admin.PostFormAsync(form, new() { ["Json"] = json.ToJsonString() })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task Editing_the_wording_of_an_unused_version_is_served_by_the_provider()
    {
        // The shipped version is used by the demo assessment (locked), so the edit goes to an unused copy.
        const string version = "lke-kata-2026";
        var provider = factory.Services.GetRequiredService<ILkeTemplateProvider>();
        var admin = await PortalClient.SignedInAsync(factory, Admin);
        await CopyAsync(admin, Shipped, version);
        (await provider.GetAsync(version)).FindQuestion("PPB3B").ShouldNotBeNull(); // cached before the edit
        var form = await admin.GetFormAsync($"/versi-lke/ubah-pertanyaan/{version}?question=PPB3B", "[data-testid=edit-question-form]");
        form["Text"].ShouldNotBeNullOrWhiteSpace();
        var response = await admin.PostFormAsync(form, new()
        {
            ["Text"] = "Unit kerja memonitor dan mengevaluasi keterbukaan informasi publik",
            ["TypicalEvidence"] = "Laporan monev PPID\r\nNotulen rapat evaluasi\r\n",
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldEndWith("#PPB3B");
        var question = (await provider.GetAsync(version)).FindQuestion("PPB3B")!;
        question.Text.ShouldBe("Unit kerja memonitor dan mengevaluasi keterbukaan informasi publik");
        question.TypicalEvidence.ShouldBe(["Laporan monev PPID", "Notulen rapat evaluasi"]);
        (await admin.FollowAsync(response)).QuerySelector("[data-question=PPB3B]")!.TextContent.ShouldContain("Notulen rapat evaluasi");
    }

    [Fact]
    public async Task Empty_wording_is_refused_with_a_message()
    {
        var admin = await PortalClient.SignedInAsync(factory, Admin);
        var form = await admin.GetFormAsync($"/versi-lke/ubah-pertanyaan/{Shipped}?question=PPD2A", "[data-testid=edit-question-form]");
        var page = await admin.FollowAsync(await admin.PostFormAsync(form, new() { ["Text"] = "  " }));
        page.QuerySelector("[data-testid=validation-summary]")!.TextContent.ShouldContain("Teks pertanyaan wajib diisi.");
    }

    [Fact]
    public async Task Gate_settings_of_an_unused_version_can_be_changed()
    {
        var admin = await PortalClient.SignedInAsync(factory, Admin);
        await CopyAsync(admin, Shipped, "lke-syarat-2026");
        var form = await admin.GetFormAsync("/versi-lke/ubah-gerbang/lke-syarat-2026", "[data-testid=edit-gates-form]");
        form["WbkAreaMinPercent"].ShouldBe("60");
        form["WbkHpaMin"].ShouldBe("14");
        var response = await admin.PostFormAsync(form, new() { ["AreaMode"] = "Combined", ["WbkTotalMin"] = "70", ["WbkAreaMinPercent"] = "55.5" });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var gates = (await factory.Services.GetRequiredService<ILkeTemplateProvider>().GetAsync("lke-syarat-2026")).Gates;
        gates.AreaMode.ShouldBe(AreaCheckMode.Combined);
        gates.Wbk.TotalMin.ShouldBe(70m);
        gates.Wbk.AreaMinFraction.ShouldBe(0.555m);
        gates.Wbbm.ShouldBe(GateSettings.Default.Wbbm);

        var bad = await admin.FollowAsync(await admin.PostFormAsync(form, new() { ["WbkTotalMin"] = "120" }));
        bad.QuerySelector("[data-testid=validation-summary]")!.TextContent.ShouldContain("WBK: nilai total minimal harus di antara 0 dan 100.");
    }

    [Fact]
    public async Task A_locked_version_refuses_edits_and_offers_a_copy()
    {
        var admin = await PortalClient.SignedInAsync(factory, Admin);
        await CopyAsync(admin, Shipped, "lke-terkunci-2026");
        var editForm = await admin.GetFormAsync("/versi-lke/ubah-pertanyaan/lke-terkunci-2026?question=PPA1A", "[data-testid=edit-question-form]");
        var gatesForm = await admin.GetFormAsync("/versi-lke/ubah-gerbang/lke-terkunci-2026", "[data-testid=edit-gates-form]");
        await factory.WithDbAsync(async db =>
        {
            var version = await db.Set<LkeVersion>().SingleAsync(v => v.Code == "lke-terkunci-2026");
            version.Lock(DateTime.UtcNow);
            await db.SaveChangesAsync();
        });

        var page = await admin.FollowAsync(await admin.PostFormAsync(editForm, new() { ["Text"] = "Perubahan yang tidak boleh" }));
        page.QuerySelector("[data-testid=validation-summary]")!.TextContent.ShouldContain(LkeVersion.LockedMessage);
        var gatesPage = await admin.FollowAsync(await admin.PostFormAsync(gatesForm, new() { ["WbkTotalMin"] = "60" }));
        gatesPage.QuerySelector("[data-testid=validation-summary]")!.TextContent.ShouldContain("Salin sebagai versi baru");

        var template = await factory.Services.GetRequiredService<ILkeTemplateProvider>().GetAsync("lke-terkunci-2026");
        template.FindQuestion("PPA1A")!.Text.ShouldNotBe("Perubahan yang tidak boleh");
        template.Gates.Wbk.TotalMin.ShouldBe(75m);

        var details = await admin.GetDocumentAsync("/versi-lke/lke-terkunci-2026");
        details.QuerySelector("[data-testid=locked-note]").ShouldNotBeNull();
        details.QuerySelector("[data-testid=edit-question]").ShouldBeNull();
        details.QuerySelector("[data-testid=copy-link]").ShouldNotBeNull();
    }

    [Fact]
    public async Task Copying_as_a_new_version_keeps_the_tree_and_rejects_a_used_code()
    {
        var admin = await PortalClient.SignedInAsync(factory, Admin);
        await CopyAsync(admin, Shipped, "lke-salinan-2026");
        var copy = await factory.WithDbAsync(db => db.Set<LkeVersion>().AsNoTracking().SingleAsync(v => v.Code == "lke-salinan-2026"));
        copy.Source.ShouldBe(LkeVersionSource.Copied);
        copy.CopiedFromCode.ShouldBe(Shipped);
        (await factory.Services.GetRequiredService<ILkeTemplateProvider>().GetAsync("lke-salinan-2026")).Questions.Count().ShouldBe(110);

        var form = await admin.GetFormAsync($"/versi-lke/salin/{Shipped}", "[data-testid=copy-form]");
        var again = await admin.FollowAsync(await admin.PostFormAsync(form, new() { ["Code"] = "lke-salinan-2026" }));
        again.QuerySelector("[data-testid=validation-summary]")!.TextContent.ShouldContain("Kode versi \"lke-salinan-2026\" sudah dipakai.");
        var bad = await admin.FollowAsync(await admin.PostFormAsync(form, new() { ["Code"] = "Salinan Baru" }));
        bad.QuerySelector("[data-testid=validation-summary]")!.TextContent.ShouldContain("Kode versi baru wajib diisi");
    }

    private static async Task CopyAsync(PortalClient admin, string from, string code)
    {
        var form = await admin.GetFormAsync($"/versi-lke/salin/{from}", "[data-testid=copy-form]");
        var response = await admin.PostFormAsync(form, new() { ["Code"] = code, ["Title"] = "Salinan " + code });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, $"copy {from} as {code}");
    }
}
