using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ZonaIntegritas.IntegrationTests.Infrastructure;
using ZonaIntegritas.Web.Domain.Audit;
using ZonaIntegritas.Web.Features.AuditLog;
using ZonaIntegritas.Web.Infrastructure.Audit;

namespace ZonaIntegritas.IntegrationTests.Audit;

/// <summary>The operator's retention step: old rows go, an anchor event is appended, the rest still verifies.</summary>
[Collection(DemoPortalCollection.Name)]
public sealed class AuditPruneTests(DemoPortal demo)
{
    private readonly PortalFactory factory = demo.For(typeof(AuditPruneTests));

    [Fact]
    public async Task Pruning_keeps_the_log_forever_by_default_and_otherwise_leaves_a_verifiable_chain_from_an_anchor()
    {
        var command = new PruneAuditCommand();
        var stdout = new StringWriter();
        (await factory.WithScopeAsync(sp => command.RunAsync(sp, [], stdout, new StringWriter()))).ShouldBe(0);
        stdout.ToString().ShouldContain("disimpan selamanya");

        var cutoff = DateTimeOffset.UtcNow;
        await Task.Delay(50);
        await factory.WithScopeAsync(async sp =>
        {
            await sp.GetRequiredService<IAuditTrail>().RecordEventAsync(AuditEvents.Export, "setelah-batas");
            return 0;
        });
        var before = await factory.WithDbAsync(db => db.Set<AuditEntry>().CountAsync());

        stdout = new StringWriter();
        var settings = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Audit:RetentionDays"] = "1" }).Build();
        var code = await factory.WithScopeAsync(sp =>
            command.RunAsync(new Overrides(sp, new FixedClock(cutoff.AddDays(1)), settings), [], stdout, new StringWriter()));
        code.ShouldBe(0);
        stdout.ToString().ShouldContain("Jangkar: nomor");

        var rows = await factory.WithDbAsync(db => db.Set<AuditEntry>().AsNoTracking().OrderBy(e => e.Sequence).ToListAsync());
        rows.Count.ShouldBe(2, "the row after the cut-off and the anchor event");
        rows[0].EntityId.ShouldBe("setelah-batas");
        rows[1].EntityType.ShouldBe(PruneAuditCommand.PrunedEvent);
        rows[1].Changes.ShouldContain(rows[0].PreviousHash);
        (before - 1).ShouldBeGreaterThan(1);

        var report = await factory.WithDbAsync(db => AuditChainVerifier.VerifyAsync(db, CancellationToken.None));
        report.Ok.ShouldBeTrue(report.Summary);
        report.StartsAtAnchor.ShouldBeTrue();
        report.Summary.ShouldContain("dipangkas operator");
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    private sealed class Overrides(IServiceProvider inner, TimeProvider clock, IConfiguration configuration) : IServiceProvider
    {
        public object? GetService(Type serviceType) =>
            serviceType == typeof(TimeProvider) ? clock
            : serviceType == typeof(IConfiguration) ? configuration
            : inner.GetService(serviceType);
    }
}
