using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using ZonaIntegritas.IntegrationTests.Infrastructure;
using ZonaIntegritas.IntegrationTests.Infrastructure.Builders;
using ZonaIntegritas.Web.Domain.Assessments;
using ZonaIntegritas.Web.Domain.Evidence;
using ZonaIntegritas.Web.Domain.Lke;
using ZonaIntegritas.Web.Domain.Users;

namespace ZonaIntegritas.IntegrationTests.Platform;

/// <summary>The shared portal's reset (Respawn) and the test-data builders: what survives a reset, and what builders make.</summary>
[Collection(SharedPortalCollection.Name)]
public sealed class SharedPortalTests(SharedPortal portal) : IAsyncLifetime
{
    public Task InitializeAsync() => portal.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_reset_removes_demo_and_test_data_but_keeps_roles_and_LKE_versions()
    {
        await new UnitBuilder().CreateAsync(portal);
        await portal.ResetAsync();

        (await portal.WithDbAsync(db => db.Units.CountAsync())).ShouldBe(0);
        (await portal.WithDbAsync(db => db.Users.CountAsync())).ShouldBe(0);
        (await portal.WithDbAsync(db => db.Staff.CountAsync())).ShouldBe(0);
        (await portal.WithDbAsync(db => db.Set<IdentityRole>().CountAsync())).ShouldBeGreaterThanOrEqualTo(Roles.All.Count);
        (await portal.WithDbAsync(db => db.Set<LkeVersion>().CountAsync())).ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Builders_make_a_unit_whose_team_leader_signs_in_and_opens_the_built_evidence()
    {
        var unit = await new UnitBuilder().Named("KUA Kecamatan Uji").CreateAsync(portal);
        var ketua = await new UserBuilder(unit).InRole(Roles.KetuaTim).Named("Ketua Uji").CreateAsync(portal);
        var assessment = await new AssessmentBuilder(unit).CreateAsync(portal);
        var evidence = await new EvidenceBuilder(unit, ketua.Id).Titled("SK Penetapan Tim Uji").LinkedTo("PPA1A").CreateAsync(portal);

        (await portal.WithDbAsync(db => db.Set<Assessment>().SingleAsync(a => a.Id == assessment))).UnitId.ShouldBe(unit);
        (await portal.WithDbAsync(db => db.Set<EvidenceLink>().CountAsync(l => l.EvidenceItemId == evidence))).ShouldBe(1);
        var client = await PortalClient.SignedInAsync(portal, ketua.Email);
        var details = await client.GetDocumentAsync($"/Evidence/Details/{evidence}");
        details.Body!.TextContent.ShouldContain("SK Penetapan Tim Uji");
    }
}
