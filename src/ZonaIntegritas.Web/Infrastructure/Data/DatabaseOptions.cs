using Microsoft.EntityFrameworkCore;

namespace ZonaIntegritas.Web.Infrastructure.Data;

public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
}

public static class DatabaseOptions
{
    public static DatabaseProvider ParseProvider(string? value) => (value ?? "Sqlite").Trim().ToLowerInvariant() switch
    {
        "sqlite" or "" => DatabaseProvider.Sqlite,
        "postgresql" or "postgres" or "npgsql" => DatabaseProvider.PostgreSql,
        _ => throw new InvalidOperationException(
            $"Database:Provider '{value}' is not supported. Use 'Sqlite' or 'PostgreSQL'."),
    };

    public static void Configure(DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString)
    {
        switch (provider)
        {
            case DatabaseProvider.PostgreSql:
                options.UseNpgsql(connectionString, o => o.MigrationsHistoryTable("__ef_migrations_history"));
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
