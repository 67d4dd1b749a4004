using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using ZonaIntegritas.IntegrationTests.Infrastructure;
using ZonaIntegritas.Web.Infrastructure.Data;

namespace ZonaIntegritas.IntegrationTests.Data;

/// <summary>
/// No SQL Server runs on these machines, so its schema is checked without one: the idempotent migration script
/// parses with Microsoft's T-SQL parser, and the model is checked for the two rules SQL Server enforces only when
/// the tables are created (no unbounded string in a key or index; no cascade cycles or multiple cascade paths).
/// </summary>
[Trait(TestTraits.Provider, TestTraits.AnyProvider)]
public class SqlServerSchemaTests
{
    private static SqlServerAppDbContext Context() => new SqlServerDesignTimeFactory().CreateDbContext([]);

    [Fact]
    public void The_model_builds_and_finds_its_migrations()
    {
        using var db = Context();
        db.Model.GetEntityTypes().ShouldNotBeEmpty();
        var migrations = db.GetService<IMigrationsAssembly>().Migrations;
        migrations.Keys.ShouldContain(id => id.EndsWith("_SqlServerBaseline", StringComparison.Ordinal));
        db.Database.GetMigrations().ShouldAllBe(id => migrations.ContainsKey(id));
    }

    [Fact]
    public void The_idempotent_migration_script_parses_without_errors()
    {
        using var db = Context();
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
        script.ShouldContain("CREATE TABLE");
        var errors = TSqlCheck.Errors(script);
        errors.ShouldBeEmpty(string.Join(Environment.NewLine, errors));
        TSqlCheck.EmbeddedStatements(script).Count.ShouldBeGreaterThan(0, "EF wraps filtered indexes in EXEC(N'…')");
    }

    [Fact]
    public void The_check_fails_on_a_broken_script_and_on_a_broken_embedded_statement()
    {
        TSqlCheck.Errors("CREATE TABLE [x] ([Id] int NOT NULL,, CONSTRAINT);\nGO\n").ShouldNotBeEmpty();
        TSqlCheck.Errors("BEGIN\n    EXEC(N'CREATE UNIQUE INDEX [i] ON [t] ([a]) WHERE');\nEND;\nGO\n").ShouldNotBeEmpty();
        TSqlCheck.Errors("BEGIN\n    EXEC(N'CREATE UNIQUE INDEX [i] ON [t] ([a]) WHERE [a] IS NOT NULL AND [b] = N''x''');\nEND;\nGO\n").ShouldBeEmpty();
    }

    [Fact]
    public void No_key_or_index_column_is_unbounded()
    {
        using var db = Context();
        var offenders = new List<string>();
        foreach (var table in db.Model.GetRelationalModel().Tables)
        {
            var keyed = table.Indexes.SelectMany(i => i.Columns)
                .Concat(table.UniqueConstraints.SelectMany(u => u.Columns))
                .Concat(table.ForeignKeyConstraints.SelectMany(f => f.Columns))
                .Distinct();
            offenders.AddRange(keyed.Where(c => c.StoreType.Contains("(max)", StringComparison.OrdinalIgnoreCase))
                .Select(c => $"{table.Name}.{c.Name} {c.StoreType}"));
        }
        offenders.ShouldBeEmpty("SQL Server cannot index nvarchar(max): give these properties a maximum length");
    }

    [Fact]
    public void No_table_is_reached_by_two_cascade_paths()
    {
        using var db = Context();
        var edges = db.Model.GetRelationalModel().Tables
            .SelectMany(t => t.ForeignKeyConstraints)
            .Where(f => f.OnDeleteAction is ReferentialAction.Cascade or ReferentialAction.SetNull)
            .Select(f => (From: f.PrincipalTable.Name, To: f.Table.Name, f.Name))
            .ToList();
        edges.Count.ShouldBeGreaterThan(10);
        var problems = new List<string>();
        foreach (var start in edges.Select(e => e.From).Distinct())
        {
            // Count cascade paths from start to every table; SQL Server refuses a second path or a cycle.
            var paths = new Dictionary<string, int>(StringComparer.Ordinal);
            void Walk(string table, HashSet<string> onPath)
            {
                foreach (var edge in edges.Where(e => e.From == table))
                {
                    if (onPath.Contains(edge.To))
                    {
                        problems.Add($"cycle through {edge.Name}");
                        continue;
                    }
                    paths[edge.To] = paths.GetValueOrDefault(edge.To) + 1;
                    onPath.Add(edge.To);
                    Walk(edge.To, onPath);
                    onPath.Remove(edge.To);
                }
            }
            Walk(start, [start]);
            problems.AddRange(paths.Where(p => p.Value > 1).Select(p => $"{start} → {p.Key}: {p.Value} cascade paths"));
        }
        problems.Distinct().ShouldBeEmpty();
    }
}
