using System.Net;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ZonaIntegritas.IntegrationTests.Infrastructure;
using ZonaIntegritas.Web.Configuration;
using ZonaIntegritas.Web.Infrastructure.Jobs;

namespace ZonaIntegritas.IntegrationTests.Platform;

/// <summary>
/// Two web nodes on one database (each with its own data folder, as two servers behind a load balancer):
/// sign-in cookies are read by both (keys in the database) and a scheduled job runs once, not twice.
/// </summary>
public sealed class TwoNodeTests : IAsyncLifetime
{
    private NodeFactory _first = null!;
    private NodeFactory _second = null!;

    public Task InitializeAsync()
    {
        _first = new NodeFactory();
        _first.CreateClient().Dispose(); // start the first node: migrations, demo data, its key ring
        _second = new NodeFactory(_first);
        _second.CreateClient().Dispose();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _second.DisposeAsync();
        await _first.DisposeAsync();
    }

    [Fact]
    public async Task A_cookie_issued_by_one_node_is_accepted_by_the_other()
    {
        var jar = new System.Net.CookieContainer();
        var first = new PortalClient(_first.CreateDefaultClient(new CookieContainerHandler(jar)));
        (await first.SignInAsync("ketua@zi.demo", PortalClient.DemoPassword)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var second = new PortalClient(_second.CreateDefaultClient(new CookieContainerHandler(jar)));
        var response = await second.Http.GetAsync("/");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, "the second node must read the first node's cookie");
        (await response.Content.ReadAsStringAsync()).ShouldContain("Keluar");

        // And the other way round: a form (antiforgery token) rendered by one node posts to the other.
        var form = await second.GetFormAsync("/", "form[action='/akun/keluar']");
        (await first.PostFormAsync(form)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task A_scheduled_job_runs_once_across_both_nodes()
    {
        CountingJob.Reset();
        var runners = new[] { _first, _second }.Select(f => f.Services.GetRequiredService<JobRunner>()).ToList();
        var ran = await Task.WhenAll(runners.Select(r => Task.Run(() => r.RunDueAsync(CancellationToken.None))));
        ran.Sum(names => names.Count(n => n == nameof(CountingJob))).ShouldBe(1);
        CountingJob.Runs.ShouldBe(1);

        // Asked again in the same period, neither node runs it.
        foreach (var runner in runners)
        {
            (await runner.RunDueAsync(CancellationToken.None)).ShouldNotContain(nameof(CountingJob));
        }
        CountingJob.Runs.ShouldBe(1);
        var rows = await _first.WithDbAsync(db => db.Set<ScheduledJobRun>().Where(r => r.JobName == "test-counting").ToListAsync());
        rows.Count.ShouldBe(1);
        rows[0].Succeeded.ShouldBe(true);
        rows[0].FinishedAtUtc.ShouldNotBeNull();
    }

    private sealed class NodeFactory : PortalFactory
    {
        private readonly bool _ownsDatabase;

        public NodeFactory() => _ownsDatabase = true;

        public NodeFactory(PortalFactory shared) : base(shared) => _ownsDatabase = false;

        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddScheduledJob<CountingJob>());
        }

        protected override bool DropsDatabase => _ownsDatabase;
    }

    private sealed class CountingJob : IScheduledJob
    {
        private static int _runs;

        public static int Runs => _runs;

        public static void Reset() => _runs = 0;

        public string Name => "test-counting";

        public JobSchedule Schedule => JobSchedule.Every(TimeSpan.FromDays(1));

        public async Task RunAsync(DateTime periodStartUtc, CancellationToken ct)
        {
            Interlocked.Increment(ref _runs);
            await Task.Delay(200, ct); // long enough for the other node to try in the meantime
        }
    }
}
