using System.Data.Common;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using ZonaIntegritas.IntegrationTests.Infrastructure;
using ZonaIntegritas.Web.Infrastructure.Data;

namespace ZonaIntegritas.IntegrationTests.Dashboard;

/// <summary>Counts the SQL commands EF runs while serving requests to one path (an EF command interceptor).</summary>
public sealed class CommandCounter(IHttpContextAccessor http) : DbCommandInterceptor
{
    private int _count;

    public string? Path { get; set; }

    public int Count => _count;

    public void Reset(string path)
    {
        Path = path;
        Interlocked.Exchange(ref _count, 0);
    }

    private void Hit()
    {
        if (Path is not null && http.HttpContext?.Request.Path.Value == Path)
        {
            Interlocked.Increment(ref _count);
        }
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Hit();
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Hit();
        return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Hit();
        return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
    }
}

/// <summary>The portal with a <see cref="CommandCounter"/> on both providers' contexts.</summary>
public sealed class QueryCountingFactory : PortalFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.AddHttpContextAccessor();
            services.AddSingleton<CommandCounter>();
            services.ConfigureDbContext<SqliteAppDbContext>((sp, o) => o.AddInterceptors(sp.GetRequiredService<CommandCounter>()));
            services.ConfigureDbContext<PostgresAppDbContext>((sp, o) => o.AddInterceptors(sp.GetRequiredService<CommandCounter>()));
        });
    }

    public CommandCounter Counter => Services.GetRequiredService<CommandCounter>();

    /// <summary>GETs <paramref name="url"/> and returns the SQL command count of that request.</summary>
    public async Task<int> CountAsync(PortalClient client, string url)
    {
        // The page's own cost: rendered, not served whole from the page cache (ADR 0021).
        Services.GetRequiredService<ZonaIntegritas.Web.Infrastructure.Web.PageCache.PageCache>().Clear();
        Counter.Reset(url.Split('?')[0]);
        var response = await client.Http.GetAsync(url);
        response.EnsureSuccessStatusCode();
        return Counter.Count;
    }
}
