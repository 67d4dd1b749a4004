using System.Net;
using Microsoft.EntityFrameworkCore;
using ZonaIntegritas.IntegrationTests.Infrastructure;
using ZonaIntegritas.Web.Domain.IntegrityPacts;

namespace ZonaIntegritas.IntegrationTests.IntegrityPacts;

[Collection(PactsAndDashboardDemoPortalCollection.Name)]
public class PactTemplateTests(DemoPortal demo)
{
    private readonly PortalFactory factory = demo.For(typeof(PactTemplateTests));

    private Task<int> DefaultTemplateIdAsync() =>
        factory.WithDbAsync(db => db.Set<IntegrityPactTemplate>().Where(t => t.UnitId == null).Select(t => t.Id).SingleAsync());

    [Fact]
    public async Task The_default_text_covers_the_seven_commitments_for_officials_and_staff()
    {
        var version = await factory.WithDbAsync(db => db.Set<IntegrityPactTemplateVersion>().OrderBy(v => v.Id).FirstAsync());
        foreach (var body in new[] { version.OfficialBody, version.StaffBody })
        {
            for (var i = 1; i <= 7; i++)
            {
                body.ShouldContain($"\n{i}. ");
            }
            body.ShouldContain("{{nama}}");
            body.ShouldContain("{{nip}}");
            body.ShouldContain("gratifikasi");
            body.ShouldContain("benturan kepentingan");
            body.ShouldContain("kerahasiaan identitas pelapor");
            body.ShouldContain("sanksi");
        }
        version.OfficialBody.ShouldNotBe(version.StaffBody);
    }

    [Fact]
    public async Task Saving_over_a_signed_version_creates_a_new_version_and_leaves_the_signed_text_unchanged()
    {
        var templateId = await DefaultTemplateIdAsync();
        var signedVersion = await factory.WithDbAsync(db => db.Set<IntegrityPactTemplateVersion>().SingleAsync(v => v.TemplateId == templateId && v.Number == 1));
        signedVersion.LockedAtUtc.ShouldNotBeNull("the demo signatures locked version 1");
        var admin = await PortalClient.SignedInAsync(factory, "admin@zi.demo");
        var edit = await admin.GetDocumentAsync($"/pakta/templat/{templateId}/ubah");
        edit.Body!.TextContent.ShouldContain("terkunci");
        var form = HtmlForm.From(edit, "#template-form", $"/pakta/templat/{templateId}/ubah");

        var response = await admin.PostFormAsync(form, new() { ["StaffBody"] = form["StaffBody"] + "\n\nTambahan komitmen pelayanan tanpa pungutan liar." });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var versions = await factory.WithDbAsync(db => db.Set<IntegrityPactTemplateVersion>().Where(v => v.TemplateId == templateId).OrderBy(v => v.Number).ToListAsync());
        versions.Count.ShouldBe(2);
        versions[0].StaffBody.ShouldBe(signedVersion.StaffBody);
        versions[1].StaffBody.ShouldContain("tanpa pungutan liar");
        versions[1].LockedAtUtc.ShouldBeNull();

        // An unsigned version is edited in place.
        var again = HtmlForm.From(await admin.GetDocumentAsync($"/pakta/templat/{templateId}/ubah"), "#template-form", "/");
        (await admin.PostFormAsync(again, new() { ["Title"] = "PAKTA INTEGRITAS PEGAWAI" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await factory.WithDbAsync(db => db.Set<IntegrityPactTemplateVersion>().CountAsync(v => v.TemplateId == templateId))).ShouldBe(2);
        (await factory.WithDbAsync(db => db.Set<IntegrityPactTemplateVersion>().SingleAsync(v => v.TemplateId == templateId && v.Number == 2))).Title.ShouldBe("PAKTA INTEGRITAS PEGAWAI");
    }

    [Fact]
    public async Task Ketua_makes_a_unit_template_but_cannot_change_the_portal_wide_default()
    {
        var ketua = await PortalClient.SignedInAsync(factory, "ketua@zi.demo");
        (await ketua.Http.GetAsync($"/pakta/templat/{await DefaultTemplateIdAsync()}/ubah")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var form = await ketua.GetFormAsync("/pakta/templat/baru", "#template-form");
        form.Fields.ShouldNotContain(f => f.Key == "UnitId" && f.Value == "0", "the portal-wide option is for Administrators");
        var response = await ketua.PostFormAsync(form, new() { ["Name"] = "Pakta Kankemenag Kota Malang" });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var template = await factory.WithDbAsync(db => db.Set<IntegrityPactTemplate>().Include(t => t.Versions).SingleAsync(t => t.Name == "Pakta Kankemenag Kota Malang"));
        template.UnitId.ShouldNotBeNull();
        template.Versions.Single().Number.ShouldBe(1);

        var forged = await ketua.PostFormAsync(form, new() { ["Name"] = "Templat bawaan palsu", ["UnitId"] = "0" });
        (await PortalClient.ParseAsync(forged)).QuerySelector("[data-testid=validation-summary]")!.TextContent.ShouldContain("Hanya Administrator");
    }

    [Fact]
    public async Task Unknown_placeholders_are_refused_and_the_preview_renders_sample_data()
    {
        var ketua = await PortalClient.SignedInAsync(factory, "ketua@zi.demo");
        var form = await ketua.GetFormAsync("/pakta/templat/baru", "#template-form");

        var bad = await ketua.PostFormAsync(form, new() { ["StaffBody"] = "Saya {{naam}} berjanji." });
        (await PortalClient.ParseAsync(bad)).QuerySelector("[data-testid=validation-summary]")!.TextContent.ShouldContain("{{naam}}");

        var preview = await ketua.PostFormAsync(form with { Action = "/pakta/templat/pratinjau" }, new() { ["StaffBody"] = "Saya {{nama}} <script>alert(1)</script>" });
        preview.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await preview.Content.ReadAsStringAsync();
        html.ShouldContain("Nama Pegawai Contoh");
        html.ShouldNotContain("<script>");
    }
}
