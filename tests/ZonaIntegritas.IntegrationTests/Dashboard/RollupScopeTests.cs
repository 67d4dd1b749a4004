using System.Net;
using ZonaIntegritas.IntegrationTests.Infrastructure;
using ZonaIntegritas.Web.Domain.Users;
using ZonaIntegritas.Web.Infrastructure.Seeding;
using static ZonaIntegritas.IntegrationTests.Dashboard.DashboardTestKit;

namespace ZonaIntegritas.IntegrationTests.Dashboard;

public class RollupScopeTests(QueryCountingFactory factory) : IClassFixture<QueryCountingFactory>
{
    [Fact]
    public async Task Kanwil_sees_every_unit_below_it_and_the_office_sees_its_children_only()
    {
        var kanwil = await PortalClient.SignedInAsync(factory, "kanwil@zi.demo");
        var home = await kanwil.Http.GetAsync("/kesiapan");
        home.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        home.Headers.Location!.ToString().ShouldStartWith("/rekap");
        var all = await kanwil.GetDocumentAsync("/rekap");
        var names = all.QuerySelectorAll("[data-testid='rollup-table'] tbody th").Select(t => t.TextContent.Trim()).ToList();
        names.ShouldContain("KUA Kecamatan Klojen");
        names.ShouldContain("Kantor Kementerian Agama Kota Malang");
        names.ShouldContain("MAN 2 Kota Malang");
        names.ShouldContain("MIN 1 Kota Malang");
        all.QuerySelector("[data-testid='rollup-thresholds']")!.TextContent.ShouldContain("75,00");

        var office = await PortalClient.SignedInAsync(factory, "pimpinan@zi.demo");
        var own = await office.GetDocumentAsync("/rekap");
        own.QuerySelectorAll("[data-testid='rollup-table'] tbody th").Select(t => t.TextContent.Trim())
            .ShouldBe(["KUA Kecamatan Klojen", "MAN 2 Kota Malang", "MIN 1 Kota Malang"]);
    }

    [Fact]
    public async Task A_child_units_user_sees_no_rollup_of_its_parent_and_no_siblings_data()
    {
        await CreateUserAsync(factory, "kepala.min1@zi.demo", Roles.Pimpinan, "MIN-1-MALANG");
        var client = await PortalClient.SignedInAsync(factory, "kepala.min1@zi.demo");
        var office = await UnitIdAsync(factory, DemoSeeder.OfficeCode);
        var kanwil = await UnitIdAsync(factory, "KANWIL-JATIM");
        var sibling = await UnitIdAsync(factory, "MAN-2-MALANG");

        (await client.Http.GetAsync($"/rekap?unit={office}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await client.Http.GetAsync($"/rekap?unit={kanwil}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await client.Http.GetAsync($"/kesiapan?unit={sibling}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await client.Http.GetAsync($"/rekap/excel?unit={office}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var own = await client.GetDocumentAsync("/rekap");
        own.QuerySelector("[data-testid='rollup-empty']").ShouldNotBeNull();
        own.Body!.TextContent.ShouldNotContain("MAN 2 Kota Malang");
        var dashboard = await client.GetDocumentAsync("/kesiapan");
        dashboard.Body!.TextContent.ShouldContain("MIN 1 Kota Malang");
        dashboard.Body.TextContent.ShouldNotContain("MAN 2 Kota Malang");
    }

    [Fact]
    public async Task Rollup_uses_the_same_number_of_queries_whatever_the_number_of_units()
    {
        var client = await PortalClient.SignedInAsync(factory, "kanwil@zi.demo");
        await client.Http.GetAsync("/rekap");
        var before = await factory.CountAsync(client, "/rekap");
        var kanwil = await UnitIdAsync(factory, "KANWIL-JATIM");
        await factory.WithDbAsync(async db =>
        {
            for (var i = 0; i < 5; i++)
            {
                var unit = new ZonaIntegritas.Web.Domain.Units.OrgUnit { Code = $"KUA-UJI-{i}", Name = $"KUA Uji {i}", Type = ZonaIntegritas.Web.Domain.Units.UnitType.Kua, ParentId = kanwil };
                db.Units.Add(unit);
                await db.SaveChangesAsync();
                var a = ZonaIntegritas.Web.Domain.Assessments.Assessment.Create(unit.Id, DateTime.UtcNow.AddHours(7).Year, ZonaIntegritas.Web.Domain.Assessments.TargetPredicate.Wbk, ZonaIntegritas.Web.Infrastructure.Lke.LkeTemplateFile.DefaultVersion);
                db.Add(a);
                await db.SaveChangesAsync();
                db.Add(new ZonaIntegritas.Web.Domain.Assessments.UnitAnswer(a.Id, "PPA1A"));
                await db.SaveChangesAsync();
            }
        });
        await client.Http.GetAsync("/rekap"); // the new units' answers are read once, then kept while unchanged
        var after = await factory.CountAsync(client, "/rekap");
        after.ShouldBe(before);
        before.ShouldBeLessThanOrEqualTo(20);
        var excel = await client.Http.GetAsync("/rekap/excel");
        excel.StatusCode.ShouldBe(HttpStatusCode.OK);
        excel.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }
}
