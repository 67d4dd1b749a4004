using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Respawn;
using Respawn.Graph;
using ZonaIntegritas.Web.Infrastructure.Data;

namespace ZonaIntegritas.IntegrationTests.Infrastructure;

/// <summary>
/// One portal (one host, one database) per provider for every test class of the <see cref="SharedPortalCollection"/>:
/// started once from the run's baseline, then emptied before each test (<see cref="ResetAsync"/>: Respawn on SQLite,
/// one <c>TRUNCATE</c> on PostgreSQL) down to the reference data every portal has (schema, roles, LKE versions,
/// data-protection keys; not pact templates, which may belong to a unit).
/// Tests build exactly the data they need with the builders in <c>Infrastructure/Builders</c> (ADR 0018).
/// </summary>
public sealed class SharedPortal : PortalFactory, IAsyncLifetime
{
    /// <summary>Reference data written by start-up, not by tests: kept by the reset.</summary>
    private static readonly string[] Kept =
    [
        "__EFMigrationsHistory", "data_protection_keys", "change_counters", "AspNetRoles", "AspNetRoleClaims",
        "lke_versions", "lke_areas", "lke_halves", "lke_indicators", "lke_questions", "lke_question_options",
        "lke_percentage_inputs", "lke_hasil_items", "lke_hasil_options",
    ];

    private Respawner? _respawner;

    public async Task InitializeAsync()
    {
        _ = Services; // start the portal: the baseline is already migrated and seeded
        if (Provider == DatabaseProvider.PostgreSql)
        {
            return;
        }
        await using var connection = await OpenAsync();
        _respawner = await Respawner.CreateAsync(connection, new RespawnerOptions
        {
            DbAdapter = DbAdapter.Sqlite,
            TablesToIgnore = [.. Kept.Select(name => new Table(name))],
        });
    }

    /// <summary>Deletes everything tests and demo data wrote, and forgets what the portal cached about it.</summary>
    public async Task ResetAsync()
    {
        await using (var connection = await OpenAsync())
        {
            if (_respawner is not null)
            {
                await _respawner.ResetAsync(connection);
            }
            else
            {
                await TruncatePostgresAsync((NpgsqlConnection)connection);
            }
        }
        (Services.GetService<IMemoryCache>() as MemoryCache)?.Clear();
        Services.GetService<ZonaIntegritas.Web.Infrastructure.Web.PageCache.PageCache>()?.Clear();
    }

    /// <summary>
    /// PostgreSQL: one <c>TRUNCATE</c> of every other table. Respawn's PostgreSQL adapter disables the triggers of
    /// self-referencing tables (<c>units</c>), which only a superuser may do; the test role owns its tables, not the cluster.
    /// </summary>
    private static async Task TruncatePostgresAsync(NpgsqlConnection connection)
    {
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'", connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }
        var emptied = tables.Except(Kept, StringComparer.Ordinal).Select(t => "\"" + t + "\"");
        await using var truncate = new NpgsqlCommand($"TRUNCATE TABLE {string.Join(", ", emptied)} RESTART IDENTITY", connection);
        await truncate.ExecuteNonQueryAsync();
    }

    private async Task<DbConnection> OpenAsync()
    {
        DbConnection connection = Provider == DatabaseProvider.PostgreSql
            ? new NpgsqlConnection(ConnectionString)
            // Respawn's PRAGMA foreign_keys = OFF does not apply inside its transaction; the whole graph is emptied anyway.
            : new SqliteConnection(ConnectionString + ";Foreign Keys=False");
        await connection.OpenAsync();
        return connection;
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}

/// <summary>
/// The test classes that share one <see cref="SharedPortal"/>. They run one after another (one collection), in
/// parallel with every other class; each test starts from an empty portal (call <see cref="SharedPortal.ResetAsync"/>
/// in <c>InitializeAsync</c>).
/// </summary>
[CollectionDefinition(Name)]
public sealed class SharedPortalCollection : ICollectionFixture<SharedPortal>
{
    public const string Name = "Shared portal";
}
