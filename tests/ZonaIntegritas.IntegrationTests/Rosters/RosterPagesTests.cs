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
            "/Team", "/Team?year=2025", "/Team/Print?year=2026", "/Team/Decree?year=2027", $"/Team/Replace/{membership}", $"/Team/End/{membership}",
            "/ChangeAgents", "/ChangeAgents?year=2025", $"/ChangeAgents/Agent/{agent}", $"/ChangeAgents/Project?agentId={agent}",
            $"/ChangeAgents/Project/{project}?agentId={agent}", "/ChangeAgents/Decree",
            "/WorkPlan", "/WorkPlan?Late=true&Area=B", "/WorkPlan?year=2030", "/WorkPlan/Timeline", "/WorkPlan/Coverage", $"/WorkPlan/Item/{item}",
            "/WorkPlan/Edit", $"/WorkPlan/Edit/{item}", "/WorkPlan/Import",
        ];
        foreach (var url in urls)
        {
            var response = await client.Http.GetAsync(url);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, url);
        }
        var export = await client.Http.GetAsync("/WorkPlan/Export");
        export.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    [Theory]
    [InlineData("pegawai@zi.demo", "/Team", HttpStatusCode.OK)]
    [InlineData("pegawai@zi.demo", "/Team/Print", HttpStatusCode.OK)]
    [InlineData("pegawai@zi.demo", "/ChangeAgents", HttpStatusCode.Forbidden)]
    [InlineData("pegawai@zi.demo", "/WorkPlan", HttpStatusCode.Forbidden)]
    [InlineData("pegawai@zi.demo", "/WorkPlan/Timeline", HttpStatusCode.Forbidden)]
    [InlineData("pegawai@zi.demo", "/WorkPlan/Export", HttpStatusCode.Forbidden)]
    [InlineData("pegawai@zi.demo", "/Team/Decree", HttpStatusCode.Forbidden)]
    [InlineData("penilai@zi.demo", "/WorkPlan", HttpStatusCode.OK)]
    [InlineData("penilai@zi.demo", "/ChangeAgents", HttpStatusCode.OK)]
    [InlineData("penilai@zi.demo", "/WorkPlan/Edit", HttpStatusCode.Forbidden)]
    [InlineData("penilai@zi.demo", "/Team/Decree", HttpStatusCode.Forbidden)]
    [InlineData("pimpinan@zi.demo", "/WorkPlan/Coverage", HttpStatusCode.OK)]
    [InlineData("pimpinan@zi.demo", "/WorkPlan/Edit", HttpStatusCode.Forbidden)]
    [InlineData("anggota@zi.demo", "/WorkPlan/Edit", HttpStatusCode.OK)]
    [InlineData("anggota@zi.demo", "/Team/Decree", HttpStatusCode.Forbidden)]
    [InlineData("admin@zi.demo", "/Team/Decree", HttpStatusCode.OK)]
    public async Task Each_role_reaches_only_its_pages(string email, string url, HttpStatusCode expected)
    {
        var client = await PortalClient.SignedInAsync(factory, email);
        (await client.Http.GetAsync(url)).Status().Code.ShouldBe(expected);
    }

    [Fact]
    public async Task Pegawai_sees_the_roster_read_only()
    {
        var client = await PortalClient.SignedInAsync(factory, "pegawai@zi.demo");
        var page = await client.GetDocumentAsync("/Team");
        page.QuerySelectorAll("[data-testid=roster] tbody tr").Length.ShouldBeGreaterThan(15);
        page.QuerySelector("[data-testid=add-member]").ShouldBeNull();
        page.QuerySelector("a[href^='/Team/Replace']").ShouldBeNull();
        var nav = page.QuerySelector("[data-testid=main-nav]")!.TextContent;
        nav.ShouldContain("Tim ZI");
        nav.ShouldNotContain("Rencana Kerja");
    }

    [Fact]
    public async Task Other_units_rosters_are_out_of_scope()
    {
        var kanwil = await factory.DbAsync(db => db.Units.Where(u => u.Code == "KANWIL-JATIM").Select(u => u.Id).SingleAsync());
        var client = await PortalClient.SignedInAsync(factory, "ketua@zi.demo");
        (await client.Http.GetAsync($"/Team?unitId={kanwil}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await client.Http.GetAsync($"/WorkPlan?unitId={kanwil}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await client.Http.GetAsync($"/ChangeAgents?unitId={kanwil}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_roster_shows_replacement_history_and_each_persons_load()
    {
        var client = await PortalClient.SignedInAsync(factory, "ketua@zi.demo");
        var page = await client.GetDocumentAsync("/Team?year=2026");
        page.QuerySelector("[data-testid=replaced-by]")!.TextContent.ShouldContain("Diganti oleh");
        var anggotaName = await factory.DbAsync(db => db.Users.Where(u => u.Email == "anggota@zi.demo").Select(u => u.FullName).SingleAsync());
        var loadRow = page.QuerySelectorAll("[data-testid=load] tbody tr").Single(r => r.QuerySelector("td")!.TextContent.Trim() == anggotaName);
        loadRow.TextContent.ShouldContain("Koordinator Area A");
        loadRow.TextContent.ShouldContain("Anggota Area B");

        var print = await client.GetDocumentAsync("/Team/Print?year=2026");
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
