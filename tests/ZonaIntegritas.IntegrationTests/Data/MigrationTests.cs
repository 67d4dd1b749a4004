using Microsoft.EntityFrameworkCore;
using ZonaIntegritas.IntegrationTests.Infrastructure;
using ZonaIntegritas.Web.Infrastructure.Data;

namespace ZonaIntegritas.IntegrationTests.Data;

/// <summary>Fails when the model changed without a migration for any provider (scripts/add-migration.sh).</summary>
[Trait(TestTraits.Provider, TestTraits.AnyProvider)]
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
    public void SqlServer_migrations_match_the_model()
    {
        using var db = new SqlServerDesignTimeFactory().CreateDbContext([]);
        db.Database.HasPendingModelChanges().ShouldBeFalse("run scripts/add-migration.sh <Name>");
    }

    [Fact]
    public void Every_provider_has_the_same_migrations()
    {
        using var sqlite = new SqliteDesignTimeFactory().CreateDbContext([]);
        using var postgres = new PostgresDesignTimeFactory().CreateDbContext([]);
        using var sqlServer = new SqlServerDesignTimeFactory().CreateDbContext([]);
        var names = (IEnumerable<string> ids) => ids.Select(id => id[(id.IndexOf('_') + 1)..]).ToList();
        names(postgres.Database.GetMigrations()).ShouldBe(names(sqlite.Database.GetMigrations()));

        // SQL Server joined later: one baseline stands for the migrations before it, then the sets run in step.
        var sqlServerNames = names(sqlServer.Database.GetMigrations());
        sqlServerNames[0].ShouldBe(SqlServerBaselineName);
        var sqliteNames = names(sqlite.Database.GetMigrations());
        sqlServerNames.Skip(1).ShouldBe(sqliteNames.Skip(sqliteNames.IndexOf(LastBeforeSqlServer) + 1));
    }

    private const string SqlServerBaselineName = "SqlServerBaseline";
    private const string LastBeforeSqlServer = "IntegrityPacts";
}
