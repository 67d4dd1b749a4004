using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using ZonaIntegritas.IntegrationTests.Infrastructure;
using ZonaIntegritas.Web.Domain.IntegrityPacts;

namespace ZonaIntegritas.IntegrationTests.IntegrityPacts;

/// <summary>A hostile template saved through the editor reaches neither the signing page nor the signed record live.</summary>
[Collection(PactsAndDashboardDemoPortalCollection.Name)]
public class PactSanitizingTests(DemoPortal demo)
{
    private readonly PortalFactory factory = demo.For(typeof(PactSanitizingTests));

    private const string HostileBody = """
        Saya {{nama}} berjanji.

        <script>alert('skrip')</script>

        <img src=x onerror="alert('img')">

        <p onclick="alert('p')">klik</p>

        [tautan js](javascript:alert('md'))

        [tautan data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)

        Autolink <javascript:alert('auto')> dan <data:text/html,halo>.

        <a href="javascript:alert('raw')" onmouseover="alert('raw2')">mentah</a>

        [tautan aman](https://kemenag.go.id)
        """;

    private static void ShouldHoldNothingLive(IElement? text, string where)
    {
        text.ShouldNotBeNull($"no pact text on {where}");
        text.TextContent.ShouldContain("berjanji");
        text.QuerySelectorAll("script, img, svg, iframe, object, embed").ShouldBeEmpty(where);
        foreach (var element in text.QuerySelectorAll("*"))
        {
            element.Attributes.Select(a => a.Name).Where(n => n.StartsWith("on", StringComparison.OrdinalIgnoreCase))
                .ShouldBeEmpty($"{where}: <{element.LocalName}> keeps an event handler");
        }
        foreach (var link in text.QuerySelectorAll("a[href]"))
        {
            var href = link.GetAttribute("href")!.Trim();
            (href == "#" || href.StartsWith("https://", StringComparison.Ordinal) || href.StartsWith("http://", StringComparison.Ordinal))
                .ShouldBeTrue($"{where}: live link {href}");
        }
        text.QuerySelector("a[href='https://kemenag.go.id']").ShouldNotBeNull($"{where}: the safe link is kept");
    }

    [Fact]
    public async Task Script_handlers_and_javascript_or_data_links_in_a_template_are_not_live_on_the_signing_page_or_the_signed_record()
    {
        var admin = await PortalClient.SignedInAsync(factory, "admin@zi.demo");
        var templateId = await factory.WithDbAsync(db => db.Set<IntegrityPactTemplate>().Where(t => t.UnitId == null).Select(t => t.Id).SingleAsync());
        var form = HtmlForm.From(await admin.GetDocumentAsync($"/pakta/templat/{templateId}/ubah"), "#template-form", "/");
        var saved = await admin.PostFormAsync(form, new() { ["OfficialBody"] = HostileBody, ["StaffBody"] = HostileBody });
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var campaignId = await PactTestData.CreateCampaignAsync(factory, "Pakta dengan templat berbahaya");
        var signer = await PortalClient.SignedInAsync(factory, "anggota@zi.demo");
        var page = await signer.GetDocumentAsync($"/pakta/saya/{campaignId}");
        ShouldHoldNothingLive(page.QuerySelector("[data-testid=pact-text]"), "signing page");

        var name = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == "anggota@zi.demo").Select(u => u.FullName).SingleAsync());
        var signForm = HtmlForm.From(page, "#pact-sign-form", $"/pakta/saya/{campaignId}");
        var signed = await signer.PostFormAsync(signForm, new()
        {
            ["TypedName"] = name,
            ["Consent"] = "true",
            ["DrawnSignature"] = PactTestData.TinyPngDataUrl,
        });
        signed.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var signature = await factory.WithDbAsync(db => db.Set<PactSignature>().SingleAsync(s => s.CampaignId == campaignId));
        signature.RenderedText.ShouldContain("<javascript:alert('auto')>", customMessage: "the frozen text is the Markdown the signer was shown");
        var record = await admin.GetDocumentAsync($"/pakta/tandatangan/{signature.Id}");
        ShouldHoldNothingLive(record.QuerySelector(".pakta-text"), "signed record");

        var preview = await admin.PostFormAsync(form with { Action = "/pakta/templat/pratinjau" }, new() { ["StaffBody"] = HostileBody, ["OfficialBody"] = HostileBody });
        var previewDoc = await PortalClient.ParseAsync(preview);
        foreach (var text in previewDoc.QuerySelectorAll(".pakta-text"))
        {
            ShouldHoldNothingLive(text, "template preview");
        }
    }
}
