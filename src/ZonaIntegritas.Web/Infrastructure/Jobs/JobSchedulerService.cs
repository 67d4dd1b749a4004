using Microsoft.Extensions.Options;

namespace ZonaIntegritas.Web.Infrastructure.Jobs;

/// <summary><c>Jobs:*</c> settings.</summary>
public sealed class JobOptions
{
    public const string Section = "Jobs";

    /// <summary>False: no job runs in this process (tests; a node kept out of scheduling).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often the scheduler looks for due jobs.</summary>
    public int PollSeconds { get; set; } = 60;

    /// <summary>Wait after start-up before the first look, so start-up stays quick.</summary>
    public int StartDelaySeconds { get; set; } = 30;
}

/// <summary>The one background loop: every <see cref="JobOptions.PollSeconds"/> it asks <see cref="JobRunner"/> to run due jobs.</summary>
public sealed class JobSchedulerService(JobRunner runner, IOptions<JobOptions> options, TimeProvider clock, ILogger<JobSchedulerService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            return;
        }
        try
        {
            await Task.Delay(TimeSpan.FromSeconds(Math.Max(0, settings.StartDelaySeconds)), clock, stoppingToken);
            using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(1, settings.PollSeconds)), clock);
            do
            {
                try
                {
                    await runner.RunDueAsync(stoppingToken);
                }
                catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
                {
                    logger.LogError(ex, "Scheduled jobs could not be checked; trying again at the next poll");
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
