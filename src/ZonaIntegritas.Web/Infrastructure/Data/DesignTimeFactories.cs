using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ZonaIntegritas.Web.Infrastructure.Data;

/// <summary>Used by <c>dotnet ef migrations add</c> (scripts/add-migration.sh); no database is contacted.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteAppDbContext>
{
    public SqliteAppDbContext CreateDbContext(string[] args) =>
        new(DatabaseOptions.Build<SqliteAppDbContext>(DatabaseProvider.Sqlite, "Data Source=design.db"));
}

public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresAppDbContext>
{
    public PostgresAppDbContext CreateDbContext(string[] args) =>
        new(DatabaseOptions.Build<PostgresAppDbContext>(DatabaseProvider.PostgreSql, "Host=localhost;Database=design"));
}

public sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerAppDbContext>
{
    public SqlServerAppDbContext CreateDbContext(string[] args) =>
        new(DatabaseOptions.Build<SqlServerAppDbContext>(DatabaseProvider.SqlServer, "Server=localhost;Database=design;TrustServerCertificate=True"));
}
