namespace ZonaIntegritas.Web.Infrastructure.Web.PageCache;

public static class PageCacheSetup
{
    /// <summary>The whole-response cache of marked pages (configuration section <c>PageCache</c>, ADR 0021).</summary>
    public static IServiceCollection AddPageCache(this IServiceCollection services)
    {
        services.AddOptions<PageCacheOptions>().BindConfiguration("PageCache");
        services.AddSingleton<PageCache>();
        return services;
    }
}
