using Microsoft.Extensions.DependencyInjection;
using ZonaIntegritas.Web.Infrastructure.Seeding;

namespace ZonaIntegritas.IntegrationTests.Infrastructure;

/// <summary>A portal on an empty database and data folder: no demo data at start-up (what <c>seed-demo --large</c> needs).</summary>
public class EmptyPortalFactory : PortalFactory
{
    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["Demo:Seed"] = "false" };

    protected override BaselineKind? Baseline => null;
}

/// <summary>
/// The demo office inside a Kanwil-sized tree (<c>seed-demo --large</c> scaled down by <see cref="Divisor"/>): the
/// bigger data set of the query-budget tests.
/// </summary>
public sealed class LargeDemoPortalFactory : EmptyPortalFactory, IAsyncLifetime
{
    public const int Divisor = 10;

    public async Task InitializeAsync()
    {
        var (code, _, error) = await SeedDemoAsync(LargeDemoSize.Full.Divide(Divisor));
        code.ShouldBe(0, error);
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}
