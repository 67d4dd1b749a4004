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

    public static void Configure(DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString)
    {
        switch (provider)
        {
            case DatabaseProvider.PostgreSql:
                options.UseNpgsql(connectionString, o => o.MigrationsHistoryTable("__ef_migrations_history"));
                break;
            case DatabaseProvider.SqlServer:
                options.UseSqlServer(connectionString);
                break;
            default:
                options.UseSqlite(connectionString);
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
}
