using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ZonaIntegritas.IntegrationTests.Evidence;
using ZonaIntegritas.IntegrationTests.Infrastructure;
using ZonaIntegritas.IntegrationTests.IntegrityPacts;
using ZonaIntegritas.IntegrationTests.Rosters;
using ZonaIntegritas.Web.Domain.Evidence;
using ZonaIntegritas.Web.Domain.Teams;
using ZonaIntegritas.Web.Infrastructure.Files;

namespace ZonaIntegritas.IntegrationTests.CrossFeature;

/// <summary>The printable Tim ZI roster filed in the evidence library.</summary>
[Collection(DemoPortalCollection.Name)]
public class RosterEvidenceTests(DemoPortal demo)
{
    private readonly PortalFactory factory = demo.For(typeof(RosterEvidenceTests));

    [Fact]
    public async Task Ketua_files_the_roster_as_evidence_for_PPA1A_and_PPA1B()
    {
        var office = await EvidenceTestData.OfficeIdAsync(factory);
        var year = EvidenceClient.ThisYear;
        var decree = await factory.WithDbAsync(db => db.Set<TeamDecree>().Include(d => d.Memberships).ThenInclude(m => m.StaffMember)
            .SingleAsync(d => d.UnitId == office && d.Year == year));
        var ketua = await PortalClient.SignedInAsync(factory, "ketua@zi.demo");
        var form = await ketua.GetFormAsync($"/tim/cetak?unitId={office}&year={year}", "form[action='/tim/arsipkan-eviden']");

        var response = await ketua.PostFormAsync(form);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var itemId = int.Parse(response.Headers.Location!.ToString().Split('/').Last());
        var item = await factory.WithDbAsync(db => db.Set<EvidenceItem>().Include(i => i.Links).Include(i => i.CurrentRevision).SingleAsync(i => i.Id == itemId));
        item.UnitId.ShouldBe(office);
        item.Title.ShouldBe($"Susunan Tim Kerja ZI {year} – SK {decree.Number}");
        var expected = decree.SelectionMechanism is null ? new[] { "PPA1A" } : ["PPA1A", "PPA1B"];
        item.Links.Where(l => l.Year == year).Select(l => l.QuestionCode).Order().ShouldBe(expected);
        item.CurrentRevision!.ContentType.ShouldBe("application/pdf");
        var store = factory.Services.GetRequiredService<IFileStore>();
        await using var stream = await store.OpenReadAsync(item.CurrentRevision.StoredFileSha256);
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer);
        var text = PactTestData.PdfText(buffer.ToArray());
        text.ShouldContain("SUSUNAN TIM KERJA PEMBANGUNAN ZONA INTEGRITAS");
        text.ShouldContain(decree.Number);
        decree.Memberships.ShouldAllBe(m => text.Contains(m.StaffMember!.FullName));
        (await ketua.FollowAsync(response)).Body!.TextContent.ShouldContain("Susunan tim disimpan sebagai eviden");
    }

    [Fact]
    public async Task A_year_without_a_decree_cannot_be_filed_and_staff_without_roster_rights_are_refused()
    {
        var office = await EvidenceTestData.OfficeIdAsync(factory);
        var ketua = await PortalClient.SignedInAsync(factory, "ketua@zi.demo");
        var token = await ketua.GetFormAsync($"/tim/cetak?unitId={office}&year={EvidenceClient.ThisYear}", "form[action='/tim/arsipkan-eviden']");
        var items = await factory.WithDbAsync(db => db.Set<EvidenceItem>().CountAsync());

        var none = await ketua.PostFormAsync(token, new() { ["year"] = "2019" });
        none.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await ketua.FollowAsync(none)).Body!.TextContent.ShouldContain("Belum ada SK Tim ZI untuk tahun 2019");

        var pegawai = await PortalClient.SignedInAsync(factory, "pegawai@zi.demo");
        var refused = await pegawai.Http.PostAsync("/tim/arsipkan-eviden", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["unitId"] = office.ToString(),
            ["year"] = EvidenceClient.ThisYear.ToString(),
            ["__RequestVerificationToken"] = await pegawai.AntiforgeryTokenAsync(),
        }));
        refused.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        refused.Headers.Location!.ToString().ShouldContain("/akun/akses-ditolak");
        (await factory.WithDbAsync(db => db.Set<EvidenceItem>().CountAsync())).ShouldBe(items);
    }
}
