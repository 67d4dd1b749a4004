using System.Collections.Concurrent;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using ZonaIntegritas.Web.Infrastructure.Identity.SignIn;

namespace ZonaIntegritas.IntegrationTests.Infrastructure;

/// <summary>
/// One demo portal (one host) per provider, shared by the test classes of the <see cref="DemoPortalCollection"/>. Each
/// class starts from the demo baseline as it did with its own <c>IClassFixture&lt;PortalFactory&gt;</c>: when a class
/// other than the last one asks for the portal (<see cref="For"/>), the database and the data folder are put back to
/// the baseline (<see cref="TestBaseline.RestoreTo"/>) and what the portal remembers in memory is forgotten. Tests of one
/// class share data as before; a class never sees another class's data. Starting one host instead of one per class is
/// what keeps the suite's CPU time down (ADR 0018).
/// </summary>
public sealed class DemoPortal : PortalFactory
{
    private readonly Lock _gate = new();
    private Type? _owner;

    /// <summary>The portal for <paramref name="testClass"/>: restored to the baseline first when another class used it last.</summary>
    public PortalFactory For(Type testClass)
    {
        lock (_gate)
        {
            _ = Services; // started once, on the baseline copy
            if (_owner is not null && _owner != testClass)
            {
                RestoreBaseline();
                ForgetMemory();
            }
            _owner = testClass;
        }
        return this;
    }

    private void ForgetMemory()
    {
        (Services.GetService<IMemoryCache>() as MemoryCache)?.Clear();
        Services.GetService<ZonaIntegritas.Web.Infrastructure.Web.PageCache.PageCache>()?.Clear();
        // Failed sign-ins of the last class must not lock a demo account for the next one.
        var failures = typeof(SignInCoolDown).GetField("_failures", System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic)
            ?.GetValue(Services.GetRequiredService<SignInCoolDown>()) as System.Collections.IDictionary;
        failures?.Clear();
        Queries.Reset();
    }
}

/// <summary>
/// The test classes that share one <see cref="DemoPortal"/>: they run one after another, each on fresh demo data. Accounts,
/// administration and the platform here; the assessment work (evidence, worksheet, review, reports) and the pacts,
/// LKE versions and dashboard share a portal each (<see cref="AssessmentDemoPortalCollection"/>,
/// <see cref="PactsAndDashboardDemoPortalCollection"/>), so the chains run side by side instead of one long chain being
/// the last thing a test run waits for.
/// </summary>
[CollectionDefinition(Name)]
public sealed class DemoPortalCollection : ICollectionFixture<DemoPortal>
{
    public const string Name = "Demo portal";
}

/// <summary>The second shared demo portal (see <see cref="DemoPortalCollection"/>): the classes of the assessment work.</summary>
[CollectionDefinition(Name)]
public sealed class AssessmentDemoPortalCollection : ICollectionFixture<DemoPortal>
{
    public const string Name = "Demo portal (assessment work)";
}

/// <summary>A third shared demo portal (see <see cref="DemoPortalCollection"/>): pacts, LKE versions, dashboard and paging.</summary>
[CollectionDefinition(Name)]
public sealed class PactsAndDashboardDemoPortalCollection : ICollectionFixture<DemoPortal>
{
    public const string Name = "Demo portal (pacts, LKE versions, dashboard)";
}
