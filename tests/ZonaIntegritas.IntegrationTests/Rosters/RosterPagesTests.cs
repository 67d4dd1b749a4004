using System.Net;
using Microsoft.EntityFrameworkCore;
using ZonaIntegritas.IntegrationTests.Infrastructure;
using ZonaIntegritas.Web.Domain.ChangeAgents;
using ZonaIntegritas.Web.Domain.Teams;
using ZonaIntegritas.Web.Domain.WorkPlans;

namespace ZonaIntegritas.IntegrationTests.Rosters;

/// <summary>Every roster, agent and work-plan page renders, and each role reaches exactly what it may.</summary>
public class RosterPagesTests(RostersFactory factory) : IClassFixture<RostersFactory>
{
    [Fact]
    public async Task Every_page_renders_for_the_ketua()
    {
        var client = await PortalClient.SignedInAsync(factory, "ketua@zi.demo");
        var membership = await factory.DbAsync(db => db.Set<TeamMembership>().Where(m => m.Role == TeamRole.KoordinatorArea).Select(m => m.Id).FirstAsync());
        var agent = await factory.DbAsync(db => db.Set<ChangeAgent>().Select(a => a.Id).FirstAsync());
        var project = await factory.DbAsync(db => db.Set<ChangeProject>().Where(p => p.ChangeAgentId == agent).Select(p => p.Id).FirstAsync());
        var item = await factory.DbAsync(db => db.Set<WorkPlanItem>().Where(i => i.Monitoring.Any()).Select(i => i.Id).FirstAsync());
        string[] urls =
        [
            "/tim", "/tim?year=2025", "/tim/cetak?year=2026", "/tim/sk?year=2027", $"/tim/ganti/{membership}", $"/tim/akhiri/{membership}",
            "/agen-perubahan", "/agen-perubahan?year=2025", $"/agen-perubahan/agen/{agent}", $"/agen-perubahan/proyek?agentId={agent}",
            $"/agen-perubahan/proyek/{project}?agentId={agent}", "/agen-perubahan/sk",
            "/rencana-kerja", "/rencana-kerja?Late=true&Area=B", "/rencana-kerja?year=2030", "/rencana-kerja/linimasa", "/rencana-kerja/cakupan", $"/rencana-kerja/butir/{item}",
            "/rencana-kerja/ubah", $"/rencana-kerja/ubah/{item}", "/rencana-kerja/impor",
        ];
        foreach (var url in urls)
        {
            var response = await client.Http.GetAsync(url);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, url);
        }
        var export = await client.Http.GetAsync("/rencana-kerja/ekspor");
        export.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    [Theory]
    [InlineData("pegawai@zi.demo", "/tim", HttpStatusCode.OK)]
    [InlineData("pegawai@zi.demo", "/tim/cetak", HttpStatusCode.OK)]
    [InlineData("pegawai@zi.demo", "/agen-perubahan", HttpStatusCode.Forbidden)]
    [InlineData("pegawai@zi.demo", "/rencana-kerja", HttpStatusCode.Forbidden)]
    [InlineData("pegawai@zi.demo", "/rencana-kerja/linimasa", HttpStatusCode.Forbidden)]
    [InlineData("pegawai@zi.demo", "/rencana-kerja/ekspor", HttpStatusCode.Forbidden)]
    [InlineData("pegawai@zi.demo", "/tim/sk", HttpStatusCode.Forbidden)]
    [InlineData("penilai@zi.demo", "/rencana-kerja", HttpStatusCode.OK)]
    [InlineData("penilai@zi.demo", "/agen-perubahan", HttpStatusCode.OK)]
    [InlineData("penilai@zi.demo", "/rencana-kerja/ubah", HttpStatusCode.Forbidden)]
    [InlineData("penilai@zi.demo", "/tim/sk", HttpStatusCode.Forbidden)]
    [InlineData("pimpinan@zi.demo", "/rencana-kerja/cakupan", HttpStatusCode.OK)]
    [InlineData("pimpinan@zi.demo", "/rencana-kerja/ubah", HttpStatusCode.Forbidden)]
    [InlineData("anggota@zi.demo", "/rencana-kerja/ubah", HttpStatusCode.OK)]
    [InlineData("anggota@zi.demo", "/tim/sk", HttpStatusCode.Forbidden)]
    [InlineData("admin@zi.demo", "/tim/sk", HttpStatusCode.OK)]
    public async Task Each_role_reaches_only_its_pages(string email, string url, HttpStatusCode expected)
    {
        var client = await PortalClient.SignedInAsync(factory, email);
        (await client.Http.GetAsync(url)).Status().Code.ShouldBe(expected);
    }

    [Fact]
    public async Task Pegawai_sees_the_roster_read_only()
    {
        var client = await PortalClient.SignedInAsync(factory, "pegawai@zi.demo");
        var page = await client.GetDocumentAsync("/tim");
        page.QuerySelectorAll("[data-testid=roster] tbody tr").Length.ShouldBeGreaterThan(15);
        page.QuerySelector("[data-testid=add-member]").ShouldBeNull();
        page.QuerySelector("a[href^='/tim/ganti']").ShouldBeNull();
        var nav = page.QuerySelector("[data-testid=main-nav]")!.TextContent;
        nav.ShouldContain("Tim ZI");
        nav.ShouldNotContain("Rencana Kerja");
    }

    [Fact]
    public async Task Other_units_rosters_are_out_of_scope()
    {
        var kanwil = await factory.DbAsync(db => db.Units.Where(u => u.Code == "KANWIL-JATIM").Select(u => u.Id).SingleAsync());
        var client = await PortalClient.SignedInAsync(factory, "ketua@zi.demo");
        (await client.Http.GetAsync($"/tim?unitId={kanwil}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await client.Http.GetAsync($"/rencana-kerja?unitId={kanwil}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await client.Http.GetAsync($"/agen-perubahan?unitId={kanwil}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_roster_shows_replacement_history_and_each_persons_load()
    {
        var client = await PortalClient.SignedInAsync(factory, "ketua@zi.demo");
        var page = await client.GetDocumentAsync("/tim?year=2026");
        page.QuerySelector("[data-testid=replaced-by]")!.TextContent.ShouldContain("Diganti oleh");
        var anggotaName = await factory.DbAsync(db => db.Users.Where(u => u.Email == "anggota@zi.demo").Select(u => u.FullName).SingleAsync());
        var loadRow = page.QuerySelectorAll("[data-testid=load] tbody tr").Single(r => r.QuerySelector("td")!.TextContent.Trim() == anggotaName);
        loadRow.TextContent.ShouldContain("Koordinator Area A");
        loadRow.TextContent.ShouldContain("Anggota Area B");

        var print = await client.GetDocumentAsync("/tim/cetak?year=2026");
        var text = print.QuerySelector("[data-testid=print-view]")!.TextContent;
        text.ShouldContain("B-0012/Kk.13.24/1/KP.07.6/01/2026");
        text.ShouldContain(anggotaName);
        text.ShouldContain("Penanggung Jawab");
    }

    [Fact]
    public async Task The_home_page_summarises_the_work_plan_for_readers_only()
    {
        var pimpinan = await PortalClient.SignedInAsync(factory, "pimpinan@zi.demo");
        // The Pimpinan's home page is the Kesiapan ZI dashboard, which shows the home widgets too.
        var summary = (await pimpinan.GetDocumentAsync("/kesiapan")).QuerySelector("[data-testid=workplan-summary]")!.TextContent;
        summary.ShouldContain("Rencana kerja ZI 2026");
        summary.ShouldContain("menunggu persetujuan");
        var pegawai = await PortalClient.SignedInAsync(factory, "pegawai@zi.demo");
        (await pegawai.GetDocumentAsync("/")).QuerySelector("[data-testid=workplan-summary]").ShouldBeNull();
    }
}
