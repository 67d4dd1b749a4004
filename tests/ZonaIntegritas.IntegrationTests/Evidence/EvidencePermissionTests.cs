using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ZonaIntegritas.IntegrationTests.Infrastructure;
using ZonaIntegritas.Web.Domain.Evidence;
using ZonaIntegritas.Web.Domain.Users;

namespace ZonaIntegritas.IntegrationTests.Evidence;

/// <summary>The permission matrix: each role × upload, download, review, delete – checked on the server.</summary>
[Collection(AssessmentDemoPortalCollection.Name)]
public class EvidencePermissionTests(DemoPortal demo)
{
    private readonly PortalFactory factory = demo.For(typeof(EvidencePermissionTests));

    [Theory]
    [InlineData("admin@zi.demo", HttpStatusCode.Forbidden)]
    [InlineData("pimpinan@zi.demo", HttpStatusCode.Forbidden)]
    [InlineData("ketua@zi.demo", HttpStatusCode.OK)]
    [InlineData("anggota@zi.demo", HttpStatusCode.OK)]
    [InlineData("penilai@zi.demo", HttpStatusCode.Forbidden)]
    [InlineData("pegawai@zi.demo", HttpStatusCode.Forbidden)]
    public async Task Upload_in_area_A(string email, HttpStatusCode expected)
    {
        await EvidenceTestData.AssignAnggotaAreasAsync(factory, "A");
        var client = await EvidenceClient.SignedInAsync(factory, email);
        var office = await EvidenceTestData.OfficeIdAsync(factory);
        var result = await client.UploadAsync(EvidenceTestData.Pdf(email), "sk.pdf", office, "PPA1A");
        if (expected == HttpStatusCode.OK)
        {
            result.Status.ShouldBe(HttpStatusCode.OK, result.Body.Message);
            result.Body.Ok.ShouldBeTrue();
        }
        else
        {
            result.ShouldBeDenied();
        }
    }

    [Fact]
    public async Task AnggotaTim_uploads_only_in_assigned_areas()
    {
        // The demo Tim ZI decree makes anggota@ Koordinator of area A and a member of area B.
        var client = await EvidenceClient.SignedInAsync(factory, "anggota@zi.demo");
        var office = await EvidenceTestData.OfficeIdAsync(factory);

        var (status, body) = await client.UploadAsync(EvidenceTestData.Pdf("D"), "lakip.pdf", office, "PPD1A");
        status.ShouldBe(HttpStatusCode.Forbidden);
        body.Message.ShouldBe("Anda tidak berwenang mengelola eviden area Penguatan Akuntabilitas Kinerja.");

        (status, _) = await client.UploadAsync(EvidenceTestData.Pdf("A+D"), "pk.pdf", office, "PPA1A", "PPD1A");
        status.ShouldBe(HttpStatusCode.Forbidden, "linking a question of another area counts as editing that area");

        var page = await client.GetDocumentAsync("/eviden/unggah");
        page.QuerySelectorAll("#AreaCode option[value]").Select(o => o.GetAttribute("value")).Where(v => v != "").ShouldBe(["A", "B"]);
        page.QuerySelectorAll("#QuestionCodes option").ShouldAllBe(o => "AB".Contains(o.GetAttribute("value")!.Substring(2, 1)));
    }

    [Theory]
    [InlineData("admin@zi.demo", HttpStatusCode.OK)]
    [InlineData("pimpinan@zi.demo", HttpStatusCode.OK)]
    [InlineData("ketua@zi.demo", HttpStatusCode.OK)]
    [InlineData("anggota@zi.demo", HttpStatusCode.OK)]
    [InlineData("penilai@zi.demo", HttpStatusCode.OK)]
    [InlineData("pegawai@zi.demo", HttpStatusCode.Forbidden)]
    public async Task Download(string email, HttpStatusCode expected)
    {
        var itemId = await UploadAsKetuaAsync("unduh");
        var client = await EvidenceClient.SignedInAsync(factory, email);
        var responses = new[]
        {
            await client.Http.GetAsync($"/eviden/berkas/unduh/{itemId}"),
            await client.Http.GetAsync($"/eviden/{itemId}"),
            await client.Http.GetAsync("/eviden"),
        };
        foreach (var response in responses)
        {
            if (expected == HttpStatusCode.OK)
            {
                response.StatusCode.ShouldBe(HttpStatusCode.OK);
            }
            else
            {
                response.ShouldBeDenied();
            }
        }
        if (expected == HttpStatusCode.OK)
        {
            responses[0].Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
            responses[0].Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
        }
    }

    [Theory]
    [InlineData("admin@zi.demo", false)]
    [InlineData("pimpinan@zi.demo", false)]
    [InlineData("ketua@zi.demo", false)]
    [InlineData("anggota@zi.demo", false)]
    [InlineData("penilai@zi.demo", true)]
    [InlineData("pegawai@zi.demo", false)]
    public async Task Review(string email, bool allowed)
    {
        var itemId = await UploadAsKetuaAsync("reviu");
        var (linkId, revisionId) = await factory.WithDbAsync(db => db.Set<EvidenceLink>().Where(l => l.EvidenceItemId == itemId)
            .Select(l => new ValueTuple<int, int>(l.Id, l.Item!.CurrentRevisionId!.Value)).SingleAsync());
        var client = await EvidenceClient.SignedInAsync(factory, email);

        var response = await client.PostAsync("/eviden/reviu", new()
        {
            ["LinkId"] = linkId.ToString(),
            ["RevisionId"] = revisionId.ToString(),
            ["Status"] = "Accepted",
            ["Note"] = "Sesuai",
        });

        if (allowed)
        {
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            response.Headers.Location!.ToString().ShouldBe($"/eviden/{itemId}");
        }
        else
        {
            response.ShouldBeDenied();
        }
        (await factory.WithDbAsync(db => db.Set<EvidenceReview>().CountAsync(r => r.EvidenceLinkId == linkId))).ShouldBe(allowed ? 1 : 0);
    }

    [Theory]
    [InlineData("admin@zi.demo", false)]
    [InlineData("pimpinan@zi.demo", false)]
    [InlineData("ketua@zi.demo", true)]
    [InlineData("anggota@zi.demo", false)]
    [InlineData("penilai@zi.demo", false)]
    [InlineData("pegawai@zi.demo", false)]
    public async Task Delete(string email, bool allowed)
    {
        await EvidenceTestData.AssignAnggotaAreasAsync(factory, "A");
        var itemId = await UploadAsKetuaAsync("hapus");
        var client = await EvidenceClient.SignedInAsync(factory, email);

        var response = await client.PostAsync($"/eviden/hapus/{itemId}", new() { ["confirm"] = "true" });

        if (allowed)
        {
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            response.Headers.Location!.ToString().ShouldBe("/eviden");
        }
        else
        {
            response.ShouldBeDenied();
        }
        (await factory.WithDbAsync(db => db.Set<EvidenceItem>().Where(i => i.Id == itemId).Select(i => i.DeletedAtUtc).SingleAsync())).HasValue.ShouldBe(allowed);
    }

    [Fact]
    public async Task Another_units_team_cannot_see_or_touch_the_offices_evidence()
    {
        var itemId = await UploadAsKetuaAsync("unit lain");
        var kua = await EvidenceTestData.UnitIdAsync(factory, "KUA-LOWOKWARU");
        await factory.WithScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<AppUser>>();
            if (await users.FindByEmailAsync("ketua.kua@zi.demo") is null)
            {
                var user = new AppUser { UserName = "ketua.kua@zi.demo", Email = "ketua.kua@zi.demo", FullName = "Ketua KUA", UnitId = kua };
                (await users.CreateAsync(user, PortalClient.DemoPassword)).Succeeded.ShouldBeTrue();
                await users.AddToRoleAsync(user, Roles.KetuaTim);
            }
            return 0;
        });
        var client = await EvidenceClient.SignedInAsync(factory, "ketua.kua@zi.demo");
        var office = await EvidenceTestData.OfficeIdAsync(factory);

        (await client.Http.GetAsync($"/eviden/berkas/unduh/{itemId}")).ShouldBeDenied();
        (await client.Http.GetAsync($"/eviden/{itemId}")).ShouldBeDenied();
        (await client.Http.GetAsync($"/eviden?unitId={office}")).ShouldBeDenied();
        (await client.Http.GetAsync($"/eviden/ekspor/zip?unitId={office}&year={EvidenceClient.ThisYear}")).ShouldBeDenied();
        (await client.PostAsync($"/eviden/hapus/{itemId}", new() { ["confirm"] = "true" })).ShouldBeDenied();
        (await client.UploadAsync(EvidenceTestData.Pdf("x"), "x.pdf", office, "PPA1A")).ShouldBeDenied();

        // Their own unit works.
        (await client.UploadAsync(EvidenceTestData.Pdf("kua"), "kua.pdf", kua, "PPA1A")).Status.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Files_are_never_served_as_static_files()
    {
        var itemId = await UploadAsKetuaAsync("statis");
        var sha = await factory.WithDbAsync(db => db.Set<EvidenceRevision>().Where(r => r.EvidenceItemId == itemId).Select(r => r.StoredFileSha256).SingleAsync());
        var client = await EvidenceClient.SignedInAsync(factory, "ketua@zi.demo");
        foreach (var url in new[] { $"/files/{sha[..2]}/{sha[2..4]}/{sha}", $"/data/files/{sha[..2]}/{sha[2..4]}/{sha}", $"/{sha}" })
        {
            (await client.Http.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound, url);
        }
    }

    private async Task<int> UploadAsKetuaAsync(string text)
    {
        var ketua = await EvidenceClient.SignedInAsync(factory, "ketua@zi.demo");
        var office = await EvidenceTestData.OfficeIdAsync(factory);
        var (status, body) = await ketua.UploadAsync(EvidenceTestData.Pdf(text), text + ".pdf", office, "PPA1A");
        status.ShouldBe(HttpStatusCode.OK, body.Message);
        return body.Id!.Value;
    }
}
