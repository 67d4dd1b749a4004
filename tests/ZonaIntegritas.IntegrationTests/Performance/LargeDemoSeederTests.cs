using Microsoft.EntityFrameworkCore;
using ZonaIntegritas.IntegrationTests.Infrastructure;
using ZonaIntegritas.Web.Domain.Assessments;
using ZonaIntegritas.Web.Domain.Evidence;
using ZonaIntegritas.Web.Domain.IntegrityPacts;
using ZonaIntegritas.Web.Domain.Teams;
using ZonaIntegritas.Web.Domain.WorkPlans;
using ZonaIntegritas.Web.Infrastructure.Seeding;

namespace ZonaIntegritas.IntegrationTests.Performance;

public class LargeDemoSeederTests
{
    [Fact]
    public async Task Scaled_large_demo_builds_the_kanwil_tree_on_top_of_the_ordinary_demo_and_then_refuses_to_run_again()
    {
        using var factory = new EmptyPortalFactory();
        var size = LargeDemoSize.Full.Divide(20);

        var (code, output, error) = await factory.SeedDemoAsync(size);

        code.ShouldBe(0, error);
        output.ShouldContain("Data demo skala Kanwil dimuat dalam");
        var counts = await factory.WithDbAsync(async db => new
        {
            Units = await db.Units.CountAsync(),
            Staff = await db.Staff.CountAsync(),
            Evidence = await db.Set<EvidenceItem>().CountAsync(),
            WithoutRevision = await db.Set<EvidenceItem>().CountAsync(i => i.CurrentRevisionId == null),
            Files = await db.Set<StoredFile>().CountAsync(),
            Assessments = await db.Set<Assessment>().CountAsync(),
            Reviewing = await db.Set<Assessment>().CountAsync(a => a.Stage == AssessmentStage.InternalReview || a.Stage == AssessmentStage.FollowUp),
            AssessorAnswers = await db.Set<AssessorAnswer>().CountAsync(),
            Decrees = await db.Set<TeamDecree>().CountAsync(),
            Plans = await db.Set<WorkPlan>().CountAsync(),
            Campaigns = await db.Set<PactCampaign>().CountAsync(),
            KanwilParticipants = await db.Set<PactParticipant>().CountAsync(p => p.CampaignId == db.Set<PactCampaign>().Max(c => c.Id)),
            KanwilSigned = await db.Set<PactSignature>().CountAsync(p => p.CampaignId == db.Set<PactCampaign>().Max(c => c.Id)),
            Accounts = await db.Users.CountAsync(u => u.Email!.EndsWith("@zi.demo")),
        });
        counts.Units.ShouldBe(40);
        counts.Staff.ShouldBe(40 + 1 + 34 * size.StaffPerUnit + size.OfficeExtraStaff, "the demo's 40 staff and the Kanwil head are kept");
        counts.Evidence.ShouldBe(7 + 34 * size.EvidencePerUnit + size.OfficeExtraEvidence);
        counts.WithoutRevision.ShouldBe(0);
        counts.Files.ShouldBeLessThan(20, "files are content-addressed: a handful of blobs for every item");
        counts.Assessments.ShouldBe(4 + 34, "one per new unit besides the demo's four");
        counts.Reviewing.ShouldBeGreaterThan(10);
        counts.AssessorAnswers.ShouldBeGreaterThan(1000);
        counts.Decrees.ShouldBe(1 + 34);
        counts.Plans.ShouldBe(1 + 34);
        counts.Campaigns.ShouldBe(2);
        counts.KanwilParticipants.ShouldBe(counts.Staff);
        counts.KanwilSigned.ShouldBeInRange(counts.Staff / 2, counts.Staff - 1);
        counts.Accounts.ShouldBe(7, "the README's demo accounts");
        (await PortalClient.SignedInAsync(factory, "ketua@zi.demo")).ShouldNotBeNull();

        var again = await factory.SeedDemoAsync(size);
        again.Code.ShouldBe(1);
        again.Error.ShouldContain("Basis data tidak kosong");
        (await factory.WithDbAsync(db => db.Units.CountAsync())).ShouldBe(40);
    }

    [Fact]
    public async Task Large_demo_refuses_a_database_that_already_holds_the_ordinary_demo()
    {
        using var factory = new PortalFactory();

        var (code, _, error) = await factory.SeedDemoAsync(LargeDemoSize.Full.Divide(50));

        code.ShouldBe(1);
        error.ShouldContain("Basis data tidak kosong");
        (await factory.WithDbAsync(db => db.Units.CountAsync())).ShouldBe(6);
    }
}
