using Microsoft.EntityFrameworkCore;

namespace ZonaIntegritas.Web.Infrastructure.Data;

public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
    SqlServer,
}

public static class DatabaseOptions
{
    public static DatabaseProvider ParseProvider(string? value) => (value ?? "Sqlite").Trim().ToLowerInvariant() switch
    {
        "sqlite" or "" => DatabaseProvider.Sqlite,
        "postgresql" or "postgres" or "npgsql" => DatabaseProvider.PostgreSql,
        "sqlserver" or "mssql" => DatabaseProvider.SqlServer,
        _ => throw new InvalidOperationException(
            $"Database:Provider '{value}' tidak didukung. Gunakan 'Sqlite', 'PostgreSQL' atau 'SqlServer'."),
    };

    /// <summary>
    /// <c>ids.Contains(x.Id)</c> becomes one array-like parameter (JSON on SQLite and SQL Server, an array on PostgreSQL)
    /// instead of EF Core 10's default of one parameter per element: with the default, a query whose list length varies
    /// from request to request had its SQL generated again on every request (ADR 0019).
    /// </summary>
    private const ParameterTranslationMode CollectionMode = ParameterTranslationMode.Parameter;

    public static void Configure(DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString)
    {
        switch (provider)
        {
            case DatabaseProvider.PostgreSql:
                options.UseNpgsql(connectionString, o => o.MigrationsHistoryTable("__ef_migrations_history").UseParameterizedCollectionMode(CollectionMode));
                break;
            case DatabaseProvider.SqlServer:
                options.UseSqlServer(connectionString, o => o.UseParameterizedCollectionMode(CollectionMode));
                break;
            default:
                options.UseSqlite(connectionString, o => o.UseParameterizedCollectionMode(CollectionMode));
                break;
        }
    }

    public static DbContextOptions<T> Build<T>(DatabaseProvider provider, string connectionString)
        where T : DbContext
    {
        var builder = new DbContextOptionsBuilder<T>();
        Configure(builder, provider, connectionString);
        return builder.Options;
    }

    /// <summary>A context of the provider's derived type, outside dependency injection (commands, tools, tests).</summary>
    public static AppDbContext CreateContext(DatabaseProvider provider, string connectionString) => provider switch
    {
        DatabaseProvider.PostgreSql => new PostgresAppDbContext(Build<PostgresAppDbContext>(provider, connectionString)),
        DatabaseProvider.SqlServer => new SqlServerAppDbContext(Build<SqlServerAppDbContext>(provider, connectionString)),
        _ => new SqliteAppDbContext(Build<SqliteAppDbContext>(provider, connectionString)),
    };
}
