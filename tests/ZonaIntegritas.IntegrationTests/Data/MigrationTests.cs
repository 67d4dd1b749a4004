using Microsoft.EntityFrameworkCore;
using ZonaIntegritas.Web.Infrastructure.Data;

namespace ZonaIntegritas.IntegrationTests.Data;

/// <summary>Fails when the model changed without a migration for either provider (scripts/add-migration.sh).</summary>
public class MigrationTests
{
    [Fact]
    public void Sqlite_migrations_match_the_model()
    {
        using var db = new SqliteDesignTimeFactory().CreateDbContext([]);
        db.Database.HasPendingModelChanges().ShouldBeFalse("run scripts/add-migration.sh <Name>");
    }

    [Fact]
    public void PostgreSql_migrations_match_the_model()
    {
        using var db = new PostgresDesignTimeFactory().CreateDbContext([]);
        db.Database.HasPendingModelChanges().ShouldBeFalse("run scripts/add-migration.sh <Name>");
    }

    [Fact]
    public void Both_providers_have_the_same_migrations()
    {
        using var sqlite = new SqliteDesignTimeFactory().CreateDbContext([]);
        using var postgres = new PostgresDesignTimeFactory().CreateDbContext([]);
        var names = (IEnumerable<string> ids) => ids.Select(id => id[(id.IndexOf('_') + 1)..]).ToList();
        names(postgres.Database.GetMigrations()).ShouldBe(names(sqlite.Database.GetMigrations()));
    }
}
