using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ZonaIntegritas.IntegrationTests.Infrastructure;
using ZonaIntegritas.Web.Domain.IntegrityPacts;
using ZonaIntegritas.Web.Features.Pacts;

namespace ZonaIntegritas.IntegrationTests.Routing;

/// <summary>One URL style (ADR 0017): Indonesian lower-case paths; old conventional URLs redirect permanently; printed verification links resolve.</summary>
[Collection(DemoPortalCollection.Name)]
public partial class UrlStyleTests(DemoPortal demo)
{
    private readonly PortalFactory factory = demo.For(typeof(UrlStyleTests));

    [GeneratedRegex("^[a-z0-9.-]*$")]
    private static partial Regex LowerCaseLiteral();

    private HttpClient RawClient() => factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private IReadOnlyList<(RouteEndpoint Endpoint, ControllerActionDescriptor Action)> ControllerEndpoints() =>
        factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => (e, e.Metadata.GetMetadata<ControllerActionDescriptor>()))
            .Where(x => x.Item2 is not null)
            .Select(x => (x.e, x.Item2!))
            .ToList();

    [Fact]
    public void Every_page_route_is_lower_case_Indonesian_without_controller_names()
    {
        var endpoints = ControllerEndpoints();
        endpoints.Count.ShouldBeGreaterThan(100);
        var controllerNames = endpoints.Select(e => e.Action.ControllerName.ToLowerInvariant()).ToHashSet();
        var offenders = new List<string>();
        foreach (var (endpoint, action) in endpoints)
        {
            var literals = endpoint.RoutePattern.PathSegments.SelectMany(s => s.Parts).OfType<RoutePatternLiteralPart>().Select(p => p.Content).ToList();
            if (literals.Any(l => !LowerCaseLiteral().IsMatch(l) || controllerNames.Contains(l)))
            {
                offenders.Add($"{action.ControllerName}.{action.ActionName}: /{endpoint.RoutePattern.RawText}");
            }
        }
        offenders.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("/Home", "/")]
    [InlineData("/Home/Index", "/")]
    [InlineData("/Account/Login?ReturnUrl=%2FEvidence", "/akun/masuk?ReturnUrl=%2FEvidence")]
    [InlineData("/Account/AccessDenied", "/akun/akses-ditolak")]
    [InlineData("/TwoFactor/Enable", "/akun/dua-langkah/aktifkan")]
    [InlineData("/Assessments", "/penilaian")]
    [InlineData("/Assessments/Details/3", "/penilaian/3")]
    [InlineData("/Worksheet/Index/3?tab=MP", "/lembar-kerja/3?tab=MP")]
    [InlineData("/Review/Index/3", "/reviu/3")]
    [InlineData("/SubmissionCheck/Index/3?status=missing", "/cek-pengajuan/3?status=missing")]
    [InlineData("/Reports/Index/3", "/laporan/3")]
    [InlineData("/Reports/Pdf/3?basis=unit", "/laporan/pdf/3?basis=unit")]
    [InlineData("/Evidence", "/eviden")]
    [InlineData("/evidence/details/5", "/eviden/5")]
    [InlineData("/Evidence?unitId=1&year=2026&area=MP", "/eviden?unitId=1&year=2026&area=MP")]
    [InlineData("/Evidence/Question?unitId=1&year=2026&code=PPA1A", "/eviden/pertanyaan?unitId=1&year=2026&code=PPA1A")]
    [InlineData("/EvidenceFile/Download/7?revision=2&inline=true", "/eviden/berkas/unduh/7?revision=2&inline=true")]
    [InlineData("/WorkPlan", "/rencana-kerja")]
    [InlineData("/WorkPlan/Item/4", "/rencana-kerja/butir/4")]
    [InlineData("/Team?unitId=2&year=2026", "/tim?unitId=2&year=2026")]
    [InlineData("/ChangeAgents", "/agen-perubahan")]
    [InlineData("/Staff?page=2", "/pegawai?page=2")]
    [InlineData("/StaffImport", "/pegawai/impor")]
    [InlineData("/Units", "/unit")]
    [InlineData("/Users/Edit/abc-123", "/pengguna/ubah/abc-123")]
    [InlineData("/LkeVersions/Details/2024", "/versi-lke/2024")]
    [InlineData("/AuditLog/Export?from=2026-01-01", "/log-audit/ekspor?from=2026-01-01")]
    public async Task An_old_url_redirects_permanently_to_the_new_one(string old, string target)
    {
        var response = await RawClient().GetAsync(old);

        response.StatusCode.ShouldBe(HttpStatusCode.MovedPermanently, old);
        response.Headers.Location!.ToString().ShouldBe(target);
    }

    [Fact]
    public async Task Repeated_query_values_survive_the_redirect()
    {
        var response = await RawClient().GetAsync("/Evidence?status=a&status=b");

        response.StatusCode.ShouldBe(HttpStatusCode.MovedPermanently);
        response.Headers.Location!.ToString().ShouldBe("/eviden?status=a&status=b");
    }

    [Fact]
    public async Task A_post_to_an_old_url_is_redirected_with_its_method_and_still_signs_in()
    {
        var raw = await RawClient().PostAsync("/Account/Login", new FormUrlEncodedContent([]));
        raw.StatusCode.ShouldBe(HttpStatusCode.PermanentRedirect, raw.Headers.Location?.ToString());
        raw.Headers.Location!.ToString().ShouldBe("/akun/masuk");

        // A form cached by a browser before the change posts to the old address.
        var client = new PortalClient(factory);
        var form = await client.GetFormAsync("/akun/masuk", "form[action='/akun/masuk']");
        var signedIn = await client.PostFormAsync(form with { Action = "/Account/Login" },
            new() { ["Email"] = "ketua@zi.demo", ["Password"] = PortalClient.DemoPassword });

        signedIn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await client.Http.GetAsync("/eviden")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Unknown_paths_still_answer_not_found()
    {
        var ketua = await PortalClient.SignedInAsync(factory, "ketua@zi.demo");
        (await ketua.Http.GetAsync("/Evidence/NoSuchAction")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ketua.Http.GetAsync("/tidak-ada")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_verification_link_printed_in_a_signed_pact_still_resolves()
    {
        var signature = await factory.WithDbAsync(db => db.Set<PactSignature>().OrderBy(s => s.Id).FirstAsync());
        // The form printed (and encoded in the QR code) since the first signed pact; it must resolve forever.
        var printed = $"http://localhost/verifikasi/{signature.VerificationCode}";
        var current = await factory.WithScopeAsync(sp => Task.FromResult(sp.GetRequiredService<PactLinks>().Verification(signature.VerificationCode)));
        new Uri(current).AbsolutePath.ShouldBe(new Uri(printed).AbsolutePath);

        var anonymous = new PortalClient(factory);
        var page = await anonymous.GetDocumentAsync(new Uri(printed).PathAndQuery);
        page.QuerySelector("[data-testid=verification-status]")!.GetAttribute("data-status").ShouldBe("valid");

        var typed = await RawClient().GetAsync($"/verifikasi?kode={signature.VerificationCode}");
        typed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        typed.Headers.Location!.ToString().ShouldBe($"/verifikasi/{signature.VerificationCode}");
    }
}
