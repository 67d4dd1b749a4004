namespace ZonaIntegritas.Web.Infrastructure.Jobs;

/// <summary>
/// One run of a scheduled job for one period. The unique (job, period) pair is the lock: the node that inserts the
/// row runs the job; every other node finds it and skips that period.
/// </summary>
public class ScheduledJobRun
{
    private ScheduledJobRun()
    {
        JobName = "";
        PeriodKey = "";
        Node = "";
    }

    public ScheduledJobRun(string jobName, string periodKey, string node, DateTime startedAtUtc)
    {
        JobName = jobName;
        PeriodKey = periodKey;
        Node = node;
        StartedAtUtc = startedAtUtc;
    }

    public long Id { get; private set; }

    public string JobName { get; private set; }

    /// <summary>The period's start in UTC, <c>yyyy-MM-ddTHH:mmZ</c>.</summary>
    public string PeriodKey { get; private set; }

    /// <summary>Machine name and process id of the node that ran it.</summary>
    public string Node { get; private set; }

    public DateTime StartedAtUtc { get; private set; }

    public DateTime? FinishedAtUtc { get; private set; }

    public bool? Succeeded { get; private set; }

    public string? Error { get; private set; }

    public void Finish(DateTime atUtc, Exception? error)
    {
        FinishedAtUtc = atUtc;
        Succeeded = error is null;
        var text = error is null ? null : $"{error.GetType().Name}: {error.Message}";
        Error = text is { Length: > 2000 } ? text[..2000] : text;
    }
}
