using ZonaIntegritas.Web.Infrastructure.Jobs;

namespace ZonaIntegritas.Web.Configuration;

public static class JobsSetup
{
    /// <summary>The scheduler (one background loop, runs claimed in the database) and the portal's own jobs.</summary>
    public static IServiceCollection AddScheduledJobs(this IServiceCollection services)
    {
        services.AddOptions<JobOptions>().BindConfiguration(JobOptions.Section);
        services.AddSingleton<JobRunner>();
        services.AddHostedService<JobSchedulerService>();
        return services;
    }

    /// <summary>Registers a job; features call this for their own jobs.</summary>
    public static IServiceCollection AddScheduledJob<TJob>(this IServiceCollection services)
        where TJob : class, IScheduledJob
    {
        services.AddScoped<TJob>();
        services.AddSingleton(new JobRegistration(typeof(TJob)));
        return services;
    }
}
