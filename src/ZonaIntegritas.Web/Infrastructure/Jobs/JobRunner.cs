using Microsoft.EntityFrameworkCore;
using ZonaIntegritas.Web.Infrastructure.Audit;
using ZonaIntegritas.Web.Infrastructure.Data;

namespace ZonaIntegritas.Web.Infrastructure.Jobs;

/// <summary>
/// Runs the jobs that are due, each at most once per period across all nodes: a node claims a period by inserting
/// its <see cref="ScheduledJobRun"/> row; the unique (job, period) index makes every other node's insert fail, and
/// that node skips the period. A run that fails is recorded and tried again in the next period, not sooner.
/// Works the same on SQLite, PostgreSQL and SQL Server (no provider-specific locks).
/// </summary>
public sealed class JobRunner(IServiceScopeFactory scopes, IEnumerable<JobRegistration> registrations, TimeProvider clock, ILogger<JobRunner> logger)
{
    private static readonly string NodeName = $"{Environment.MachineName}/{Environment.ProcessId}";

    /// <summary>Runs every due job once; returns the type names of the jobs this node ran.</summary>
    public async Task<IReadOnlyList<string>> RunDueAsync(CancellationToken ct)
    {
        var ran = new List<string>();
        foreach (var registration in registrations)
        {
            if (await RunIfDueAsync(registration, ct))
            {
                ran.Add(registration.JobType.Name);
            }
        }
        return ran;
    }

    private async Task<bool> RunIfDueAsync(JobRegistration registration, CancellationToken ct)
    {
        using var origin = AuditOrigin.Begin(AuditOrigin.Job);
        await using var scope = scopes.CreateAsyncScope();
        var job = (IScheduledJob)scope.ServiceProvider.GetRequiredService(registration.JobType);
        var periodStart = job.Schedule.PeriodStart(clock.GetUtcNow().UtcDateTime);
        var key = JobSchedule.Key(periodStart);
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if (await db.Set<ScheduledJobRun>().AnyAsync(r => r.JobName == job.Name && r.PeriodKey == key, ct))
        {
            return false;
        }
        var run = new ScheduledJobRun(job.Name, key, NodeName, clock.GetUtcNow().UtcDateTime);
        db.Add(run);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            logger.LogDebug("Job {Job} for {Period} was claimed by another node", job.Name, key);
            return false;
        }

        Exception? failure = null;
        try
        {
            await job.RunAsync(periodStart, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            failure = ex;
            logger.LogError(ex, "Job {Job} for {Period} failed", job.Name, key);
        }
        db.ChangeTracker.Clear();
        db.Attach(run);
        run.Finish(clock.GetUtcNow().UtcDateTime, failure);
        await db.SaveChangesAsync(CancellationToken.None);
        logger.LogInformation("Job {Job} for {Period} {Outcome}", job.Name, key, failure is null ? "done" : "failed");
        return true;
    }
}

public sealed record JobRegistration(Type JobType);
