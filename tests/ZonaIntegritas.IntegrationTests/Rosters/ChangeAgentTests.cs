using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ZonaIntegritas.IntegrationTests.Infrastructure;
using ZonaIntegritas.Web.Configuration;
using ZonaIntegritas.Web.Domain.ChangeAgents;
using ZonaIntegritas.Web.Domain.Evidence;
using ZonaIntegritas.Web.Features.ChangeAgents;

namespace ZonaIntegritas.IntegrationTests.Rosters;

public class ChangeAgentTests(RostersFactory factory) : IClassFixture<RostersFactory>
{
    private Task<ChangeAgentStats> StatsAsync(int unitId, int year) =>
        factory.AsUserAsync("ketua@zi.demo", sp => sp.GetRequiredService<IChangeAgentStatistics>().GetAsync(unitId, year));

    private async Task<HttpResponseMessage> DecideAsync(PortalClient client, Dictionary<string, string> values, bool htmx = true)
    {
        var fields = new Dictionary<string, string>(values) { ["__RequestVerificationToken"] = await client.AntiforgeryTokenAsync() };
        var request = new HttpRequestMessage(HttpMethod.Post, "/agen-perubahan/putuskan-masukan") { Content = new FormUrlEncodedContent(fields) };
        if (htmx)
        {
            request.Headers.Add("HX-Request", "true");
        }
        return await client.Http.SendAsync(request);
    }

    [Fact]
    public async Task Statistics_count_active_agents_and_the_years_changes_from_the_register()
    {
        var office = await factory.OfficeIdAsync();
        (await StatsAsync(office, 2026)).ShouldBe(new ChangeAgentStats(4, 4, 3));
        (await StatsAsync(office, 2025)).ShouldBe(new ChangeAgentStats(4, 0, 0), "the term started in July 2025; no change finished in 2025");
        (await StatsAsync(office, 2028)).ShouldBe(new ChangeAgentStats(0, 0, 0), "the term ended in July 2027");

        // An inactive agent no longer counts; a change finished in 2027 counts for 2027 only.
        var agentId = await factory.DbAsync(async db =>
        {
            var agent = await db.Set<ChangeAgent>().Include(a => a.Projects).OrderBy(a => a.Id).FirstAsync(a => a.Role == ChangeAgentRole.Penghubung);
            agent.Status = ChangeAgentStatus.Inactive;
            agent.Projects.Add(new ChangeProject
            {
                Title = "Layanan legalisir daring",
                AreaCode = "F",
                Problem = "Antre",
                BeforeDescription = "Manual",
                AfterDescription = "Daring",
                StartDate = new DateOnly(2026, 11, 1),
                EndDate = new DateOnly(2027, 2, 1),
                Status = ChangeProjectStatus.Done,
                IsIntegrated = true,
                IntegrationReference = "SOP 3/2027",
            });
            await db.SaveChangesAsync();
            return agent.Id;
        });
        (await StatsAsync(office, 2026)).ShouldBe(new ChangeAgentStats(3, 4, 3));
        (await StatsAsync(office, 2027)).ShouldBe(new ChangeAgentStats(3, 1, 1));

        await factory.DbAsync(async db =>
        {
            var agent = await db.Set<ChangeAgent>().Include(a => a.Projects).SingleAsync(a => a.Id == agentId);
            agent.Status = ChangeAgentStatus.Active;
            agent.Projects.RemoveAll(p => p.Title == "Layanan legalisir daring");
            return await db.SaveChangesAsync();
        });
    }

    [Fact]
    public async Task The_worksheet_panel_appears_only_for_PRA1A_and_PRA1B()
    {
        var office = await factory.OfficeIdAsync();
        await factory.AsUserAsync("ketua@zi.demo", async sp =>
        {
            var agents = sp.GetRequiredService<ChangeAgentService>();
            (await agents.PanelAsync(new WorksheetPanelContext(1, office, 2026, "PPA1A", true))).ShouldBeNull();
            var a = (await agents.PanelAsync(new WorksheetPanelContext(1, office, 2026, "PRA1A", true)))!;
            a.Computed.ShouldBe(new Dictionary<string, int> { ["agen"] = 4, ["perubahan"] = 4 });
            a.CanDecide.ShouldBeTrue();
            var b = (await agents.PanelAsync(new WorksheetPanelContext(1, office, 2026, "PRA1B", false)))!;
            b.Computed.ShouldBe(new Dictionary<string, int> { ["perubahan"] = 4, ["terintegrasi"] = 3 });
            b.CanDecide.ShouldBeFalse("a locked worksheet question offers no buttons");
            return 0;
        });
        var nav = factory.Services.GetRequiredService<NavigationRegistry>();
        nav.WorksheetPanels.ShouldContain(new WorksheetPanel("ChangeAgentInputs", 20));
    }

    [Fact]
    public async Task Accepting_the_register_numbers_records_the_decision_and_returns_the_values_for_the_worksheet()
    {
        var office = await factory.OfficeIdAsync();
        var client = await PortalClient.SignedInAsync(factory, "anggota@zi.demo");
        var response = await DecideAsync(client, new()
        {
            ["agentInputs.UnitId"] = office.ToString(),
            ["agentInputs.Year"] = "2026",
            ["agentInputs.QuestionCode"] = "PRA1A",
            ["agentInputs.Override"] = "false",
        });
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var panel = (await PortalClient.ParseAsync(response)).QuerySelector("[data-agent-panel]")!;
        panel.GetAttribute("data-agent-apply").ShouldBe("""{"agen":4,"perubahan":4}""");
        panel.QuerySelector("[data-testid=latest-decision]")!.TextContent.ShouldContain("Angka register digunakan");

        var decision = await factory.DbAsync(db => db.Set<AgentInputDecision>().SingleAsync(d => d.QuestionCode == "PRA1A" && d.UnitId == office));
        (decision.IsOverride, decision.Agents, decision.Changes, decision.Integrated, decision.ComputedAgents, decision.ComputedChanges, decision.ComputedIntegrated)
            .ShouldBe((false, 4, 4, null, 4, 4, 3));
        decision.DecidedByName.ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task Overriding_needs_a_reason_and_every_decision_is_kept()
    {
        var office = await factory.OfficeIdAsync();
        var client = await PortalClient.SignedInAsync(factory, "ketua@zi.demo");
        Dictionary<string, string> Override(string reason) => new()
        {
            ["agentInputs.UnitId"] = office.ToString(),
            ["agentInputs.Year"] = "2026",
            ["agentInputs.QuestionCode"] = "PRA1B",
            ["agentInputs.Override"] = "true",
            ["agentInputs.Changes"] = "5",
            ["agentInputs.Integrated"] = "4",
            ["agentInputs.Reason"] = reason,
        };

        var missing = await PortalClient.ParseAsync(await DecideAsync(client, Override("")));
        missing.QuerySelector("[data-testid=agent-inputs-error]")!.TextContent.ShouldContain("Alasan wajib diisi");
        missing.QuerySelector("[data-agent-panel]")!.GetAttribute("data-agent-apply").ShouldBeNullOrEmpty("nothing to copy into the worksheet");
        (await factory.DbAsync(db => db.Set<AgentInputDecision>().CountAsync(d => d.QuestionCode == "PRA1B"))).ShouldBe(0);

        var tooMany = await PortalClient.ParseAsync(await DecideAsync(client, new(Override("x")) { ["agentInputs.Integrated"] = "9" }));
        tooMany.QuerySelector("[data-testid=agent-inputs-error]")!.TextContent.ShouldContain("tidak boleh melebihi");

        await DecideAsync(client, new()
        {
            ["agentInputs.UnitId"] = office.ToString(),
            ["agentInputs.Year"] = "2026",
            ["agentInputs.QuestionCode"] = "PRA1B",
            ["agentInputs.Override"] = "false",
        });
        var ok = await PortalClient.ParseAsync(await DecideAsync(client, Override("Satu perubahan dari KUA belum tercatat di register")));
        ok.QuerySelector("[data-agent-panel]")!.GetAttribute("data-agent-apply").ShouldBe("""{"perubahan":5,"terintegrasi":4}""");

        var history = await factory.DbAsync(db => db.Set<AgentInputDecision>().Where(d => d.QuestionCode == "PRA1B").OrderBy(d => d.Id).ToListAsync());
        history.Count.ShouldBe(2);
        history[0].IsOverride.ShouldBeFalse();
        (history[1].IsOverride, history[1].Changes, history[1].Integrated, history[1].ComputedChanges, history[1].Reason)
            .ShouldBe((true, 5, 4, 4, "Satu perubahan dari KUA belum tercatat di register"));
    }

    [Fact]
    public async Task Only_worksheet_editors_of_area_A_may_decide()
    {
        var office = await factory.OfficeIdAsync();
        var values = new Dictionary<string, string>
        {
            ["agentInputs.UnitId"] = office.ToString(),
            ["agentInputs.Year"] = "2026",
            ["agentInputs.QuestionCode"] = "PRA1A",
            ["agentInputs.Override"] = "false",
        };
        var penilai = await PortalClient.SignedInAsync(factory, "penilai@zi.demo");
        (await DecideAsync(penilai, values)).Status().Code.ShouldBe(HttpStatusCode.Forbidden);
        var before = await factory.DbAsync(db => db.Set<AgentInputDecision>().CountAsync());

        // The coordinator of area C (not A) is an AnggotaTim but may not answer area A.
        var coordinatorC = await factory.DbAsync(db => db.Set<ZonaIntegritas.Web.Domain.Teams.TeamMembership>()
            .Where(m => m.AreaCode == "C" && m.Role == ZonaIntegritas.Web.Domain.Teams.TeamRole.KoordinatorArea).Select(m => m.StaffMemberId).FirstAsync());
        await factory.AsUserAsync("anggota@zi.demo", async sp =>
        {
            var db = sp.GetRequiredService<ZonaIntegritas.Web.Infrastructure.Data.AppDbContext>();
            var user = await db.Users.SingleAsync(u => u.Email == "anggota@zi.demo");
            var original = user.StaffMemberId;
            user.StaffMemberId = coordinatorC;
            await db.SaveChangesAsync();
            try
            {
                await Should.ThrowAsync<ZonaIntegritas.Web.Infrastructure.Authorization.ForbiddenException>(() =>
                    sp.GetRequiredService<ChangeAgentService>().DecideAsync(new DecideAgentInputsInput { UnitId = office, Year = 2026, QuestionCode = "PRA1A" }));
            }
            finally
            {
                user.StaffMemberId = original;
                await db.SaveChangesAsync();
            }
            return 0;
        });
        (await factory.DbAsync(db => db.Set<AgentInputDecision>().CountAsync())).ShouldBe(before);
    }

    [Fact]
    public async Task Ketua_adds_a_change_project_and_it_counts_once_finished()
    {
        var office = await factory.OfficeIdAsync();
        var client = await PortalClient.SignedInAsync(factory, "ketua@zi.demo");
        var agentId = await factory.DbAsync(db => db.Set<ChangeAgent>().Where(a => a.Role == ChangeAgentRole.Katalis).Select(a => a.Id).FirstAsync());
        var form = await client.GetFormAsync($"/agen-perubahan/proyek?agentId={agentId}", "[data-testid=project-form]");
        var values = new Dictionary<string, string>
        {
            ["Title"] = "Tanda tangan elektronik surat keluar",
            ["AreaCode"] = "B",
            ["Problem"] = "Surat lama ditandatangani",
            ["BeforeDescription"] = "Tanda tangan basah",
            ["AfterDescription"] = "TTE BSrE",
            ["StartDate"] = "2026-05-01",
            ["Status"] = "Selesai",
            ["IsIntegrated"] = "true",
            ["IntegrationReference"] = "",
            ["EvidenceIds"] = "12, x",
        };
        var bad = await PortalClient.ParseAsync(await client.PostFormAsync(form, values));
        var errors = bad.QuerySelector("[data-testid=validation-summary]")!.TextContent;
        errors.ShouldContain("harus memiliki tanggal selesai");
        errors.ShouldContain("SOP/SK/aplikasi");
        errors.ShouldContain("ID eviden");

        // Evidence ids must be items of the unit's evidence library.
        var otherUnit = await factory.DbAsync(db => db.Units.Where(u => u.Id != office).Select(u => u.Id).FirstAsync());
        var foreign = await factory.DbAsync(async db =>
        {
            var uploader = await db.Users.Where(u => u.Email == "ketua@zi.demo").Select(u => u.Id).SingleAsync();
            var item = new EvidenceItem { UnitId = otherUnit, Title = "Eviden unit lain", AreaCode = "B", Year = 2026, DocumentDate = new DateOnly(2026, 1, 5), UploadedById = uploader };
            db.Add(item);
            await db.SaveChangesAsync();
            return item.Id;
        });
        var own = await factory.DbAsync(db => db.Set<EvidenceItem>().Where(i => i.UnitId == office && i.DeletedAtUtc == null).OrderBy(i => i.Id).Select(i => i.Id).Take(2).ToListAsync());
        own.Count.ShouldBe(2, "the demo seeds evidence for the office");
        var refused = await PortalClient.ParseAsync(await client.PostFormAsync(form, new(values)
        {
            ["EndDate"] = "2026-10-15",
            ["IntegrationReference"] = "SK TTE 2026",
            ["EvidenceIds"] = $"{own[0]}, {foreign}",
        }));
        refused.QuerySelector("[data-testid=validation-summary]")!.TextContent.ShouldContain($"Eviden dengan ID {foreign} tidak ditemukan");

        var ok = await client.PostFormAsync(form, new(values) { ["EndDate"] = "2026-10-15", ["IntegrationReference"] = "SK TTE 2026", ["EvidenceIds"] = $"{own[0]}, {own[1]}" });
        ok.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var project = await factory.DbAsync(db => db.Set<ChangeProject>().Include(p => p.Evidence).SingleAsync(p => p.Title == "Tanda tangan elektronik surat keluar"));
        project.Evidence.Select(e => e.EvidenceItemId).ShouldBe(own, ignoreOrder: true);
        var ownTitle = await factory.DbAsync(db => db.Set<EvidenceItem>().Where(i => i.Id == own[0]).Select(i => i.Title).SingleAsync());
        (await client.GetDocumentAsync($"/agen-perubahan/agen/{agentId}")).Body!.TextContent.ShouldContain(ownTitle);
        (await StatsAsync(office, 2026)).ShouldBe(new ChangeAgentStats(4, 5, 4));
        await factory.DbAsync(async db =>
        {
            db.Remove(await db.Set<ChangeProject>().SingleAsync(p => p.Id == project.Id));
            return await db.SaveChangesAsync();
        });
    }
}
