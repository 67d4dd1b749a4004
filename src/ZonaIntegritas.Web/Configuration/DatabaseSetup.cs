using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ZonaIntegritas.Web.Infrastructure.Audit;
using ZonaIntegritas.Web.Infrastructure.Data;
using ZonaIntegritas.Web.Infrastructure.Data.ChangeCounters;

namespace ZonaIntegritas.Web.Configuration;

public static class DatabaseSetup
{
    /// <summary>
    /// Registers <see cref="AppDbContext"/> backed by the provider-specific derived context named by
    /// <c>Database:Provider</c> (Sqlite by default, with the file under <c>Storage:DataPath</c>).
    /// Settings are read when the container resolves them, so test hosts can override them.
    /// </summary>
    public static IServiceCollection AddDatabase(this IServiceCollection services)
    {
        services.AddSingleton(sp =>
        {
            var config = sp.GetRequiredService<IConfiguration>();
            var provider = DatabaseOptions.ParseProvider(config["Database:Provider"]);
            var connectionString = config.GetConnectionString("Default");
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                if (provider != DatabaseProvider.Sqlite)
                {
                    throw new InvalidOperationException($"ConnectionStrings:Default wajib diisi bila Database:Provider = {provider}.");
                }
                var dataPath = sp.GetRequiredService<IOptions<StorageOptions>>().Value.DataPath;
                connectionString = $"Data Source={Path.Combine(dataPath, "zonaintegritas.db")}";
            }
            return new DatabaseInfo(provider, connectionString);
        });
        services.AddScoped<AuditInterceptor>();
        services.AddScoped<AuditActorAccessor>();
        services.AddScoped<AuditTrailInterceptor>();
        services.AddScoped<IAuditTrail, AuditTrail>();
        services.AddMemoryCache();
        services.AddScoped<StampedCache>();
        services.AddSingleton<SqliteWriteGate>();

        static void Configure(IServiceProvider sp, DbContextOptionsBuilder options)
        {
            var info = sp.GetRequiredService<DatabaseInfo>();
            DatabaseOptions.Configure(options, info.Provider, info.ConnectionString);
            options.AddInterceptors(sp.GetRequiredService<AuditInterceptor>(), sp.GetRequiredService<AuditTrailInterceptor>());
            if (info.Provider == DatabaseProvider.Sqlite)
            {
                options.AddInterceptors(sp.GetRequiredService<SqliteWriteGate>());
            }
        }

        services.AddDbContext<SqliteAppDbContext>(Configure);
        services.AddDbContext<PostgresAppDbContext>(Configure);
        services.AddDbContext<SqlServerAppDbContext>(Configure);
        services.AddScoped<AppDbContext>(sp => sp.GetRequiredService<DatabaseInfo>().Provider switch
        {
            DatabaseProvider.PostgreSql => sp.GetRequiredService<PostgresAppDbContext>(),
            DatabaseProvider.SqlServer => sp.GetRequiredService<SqlServerAppDbContext>(),
            _ => sp.GetRequiredService<SqliteAppDbContext>(),
        });
        services.AddHealthChecks().AddDbContextCheck<AppDbContext>("database", tags: ["ready"]);
        return services;
    }
}

public sealed record DatabaseInfo(DatabaseProvider Provider, string ConnectionString);
