using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ZonaIntegritas.IntegrationTests.Infrastructure;
using ZonaIntegritas.IntegrationTests.Infrastructure.Builders;
using ZonaIntegritas.Web.Domain.Audit;
using ZonaIntegritas.Web.Domain.Users;
using ZonaIntegritas.Web.Features.AuditLog;
using ZonaIntegritas.Web.Features.Backup;
using ZonaIntegritas.Web.Infrastructure.Audit;

namespace ZonaIntegritas.IntegrationTests.Audit;

/// <summary>One row changed behind the portal's back (raw SQL): verify-audit, verify and the page name exactly that row.</summary>
[Collection(SharedPortalCollection.Name)]
public sealed class AuditTamperTests(SharedPortal factory) : IAsyncLifetime
{
    public Task InitializeAsync() => factory.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Changing_one_row_with_raw_SQL_is_reported_at_exactly_that_row()
    {
        // Audited work of one office: its unit, an administrator, a team leader, an assessment and one evidence item.
        var office = await new UnitBuilder().CreateAsync(factory);
        var admin = await new UserBuilder(office).InRole(Roles.Administrator).CreateAsync(factory);
        var ketua = await new UserBuilder(office).InRole(Roles.KetuaTim).CreateAsync(factory);
        await new AssessmentBuilder(office).CreateAsync(factory);
        await new EvidenceBuilder(office, ketua.Id).LinkedTo("PPA1A", "PPA1B").CreateAsync(factory);

        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var command = new VerifyAuditCommand();
        (await factory.WithScopeAsync(sp => command.RunAsync(sp, [], stdout, stderr))).ShouldBe(0, stderr.ToString());
        stdout.ToString().ShouldStartWith("OK ");

        var (count, target) = await factory.WithDbAsync(async db =>
        {
            var n = await db.Set<AuditEntry>().CountAsync();
            n.ShouldBeGreaterThan(10, "the builders' writes are audited");
            return (n, await db.Set<AuditEntry>().OrderBy(e => e.Sequence).Skip(n / 2).Select(e => e.Sequence).FirstAsync());
        });
        await factory.WithDbAsync(db => db.Database.ExecuteSqlInterpolatedAsync(
            $"UPDATE audit_log SET user_name = {"Orang Lain"} WHERE sequence = {target}"));

        var report = await factory.WithDbAsync(db => AuditChainVerifier.VerifyAsync(db, CancellationToken.None));
        report.Ok.ShouldBeFalse();
        report.BrokenSequence.ShouldBe(target);
        report.Count.ShouldBe(target - 1);
        report.Problem!.ShouldContain("isi baris telah berubah");

        stdout = new StringWriter();
        stderr = new StringWriter();
        (await factory.WithScopeAsync(sp => command.RunAsync(sp, [], stdout, stderr))).ShouldBe(1);
        stderr.ToString().ShouldContain($"baris nomor {target.ToString("N0", CultureInfo.GetCultureInfo("id-ID"))}");

        var verify = await factory.WithDbAsync(db => DataVerifier.VerifyAsync(db, factory.Provider, factory.DataPath, CancellationToken.None));
        verify.Problems.ShouldContain(p => p.Contains("PUTUS", StringComparison.Ordinal));

        var page = await (await PortalClient.SignedInAsync(factory, admin.Email)).GetDocumentAsync("/AuditLog/Verify");
        page.QuerySelector("[data-testid=audit-chain-result]")!.GetAttribute("data-broken").ShouldBe(target.ToString(CultureInfo.InvariantCulture));
        count.ShouldBeGreaterThan(0);
    }
}
