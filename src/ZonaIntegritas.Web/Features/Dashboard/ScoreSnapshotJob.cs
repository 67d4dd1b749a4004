using ZonaIntegritas.Web.Infrastructure.Jobs;

namespace ZonaIntegritas.Web.Features.Dashboard;

/// <summary>
/// The trend's daily snapshot, at 23:30 WIB for that WIB day (run once per day across web nodes by the scheduler;
/// <see cref="ScoreSnapshotService.TakeDailySnapshotsAsync"/> writes nothing the second time).
/// </summary>
public sealed class ScoreSnapshotJob(ScoreSnapshotService snapshots) : IScheduledJob
{
    private static readonly TimeSpan Wib = TimeSpan.FromHours(7);

    public string Name => "score-snapshots";

    public JobSchedule Schedule => JobSchedule.DailyAt(new TimeOnly(23, 30), Wib);

    public Task RunAsync(DateTime periodStartUtc, CancellationToken ct) =>
        snapshots.TakeDailySnapshotsAsync(DateOnly.FromDateTime(periodStartUtc + Wib), ct);
}
