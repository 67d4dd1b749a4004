using Microsoft.Data.Sqlite;
using Npgsql;
using ZonaIntegritas.Web.Infrastructure.Data;

namespace ZonaIntegritas.IntegrationTests.Infrastructure;

/// <summary>
/// The demo baseline of this test run, built once per provider: one portal starts on an empty database, migrates it,
/// seeds the demo data and runs the start-up tasks, exactly as a <see cref="PortalFactory"/> would. Every factory
/// that starts from it (<see cref="PortalFactory.Baseline"/>) then gets its own copy of it (SQLite: the online backup API
/// into a new file; PostgreSQL: <c>CREATE DATABASE … TEMPLATE</c>), plus a copy of the baseline's data folder, so
/// test classes stay isolated and parallel but no longer migrate and seed each (ADR 0018).
/// A factory that needs the demo data seeded under other settings (e.g. a fixed clock) names a baseline of its own
/// (<see cref="PortalFactory.Baseline"/>): it is built once per run by that factory's builder and copied the same way.
/// </summary>
public static class TestBaseline
{
    /// <summary>The run's demo baseline: the default test settings.</summary>
    public static readonly BaselineKind Demo = new("demo", (provider, connectionString, dataPath) => new BaselinePortal(provider, connectionString, dataPath));

    private static readonly Lock Gate = new();
    private static readonly Dictionary<string, Built> BuiltByName = [];

    private sealed record Built(DatabaseProvider Provider, string ConnectionString, string DataPath, string? PgServer, string? PgDatabase);

    /// <summary>Copies the baseline <paramref name="kind"/> (built on first use) into <paramref name="connectionString"/>'s database and <paramref name="dataPath"/>.</summary>
    public static void CopyTo(BaselineKind kind, DatabaseProvider provider, string? pgServer, string connectionString, string dataPath)
    {
        var built = Get(kind, provider, pgServer);
        lock (Gate)
        {
            if (provider == DatabaseProvider.PostgreSql)
            {
                ClonePostgres(built, new NpgsqlConnectionStringBuilder(connectionString).Database!);
            }
            else
            {
                using var source = new SqliteConnection(built.ConnectionString + ";Mode=ReadOnly;Pooling=False");
                using var target = new SqliteConnection(connectionString + ";Pooling=False");
                source.Open();
                target.Open();
                source.BackupDatabase(target);
            }
        }
        CopyFolder(built.DataPath, dataPath);
    }

    /// <summary>
    /// Puts an existing copy back to the baseline: the database (PostgreSQL: dropped and cloned again; SQLite: the backup
    /// API over the open file) and the data folder (everything but the database files and the logs). For a portal shared
    /// by several test classes (<see cref="DemoPortal"/>); the pools are cleared so no connection outlives the old data.
    /// </summary>
    public static void RestoreTo(BaselineKind kind, DatabaseProvider provider, string? pgServer, string connectionString, string dataPath)
    {
        var built = Get(kind, provider, pgServer);
        lock (Gate)
        {
            if (provider == DatabaseProvider.PostgreSql)
            {
                var database = new NpgsqlConnectionStringBuilder(connectionString).Database!;
                PgDatabases.Drop(built.PgServer!, database);
                ClonePostgres(built, database);
            }
            else
            {
                SqliteConnection.ClearAllPools();
                using var source = new SqliteConnection(built.ConnectionString + ";Mode=ReadOnly;Pooling=False");
                using var target = new SqliteConnection(connectionString + ";Pooling=False");
                source.Open();
                target.Open();
                source.BackupDatabase(target);
            }
        }
        var dbFile = new SqliteConnectionStringBuilder(provider == DatabaseProvider.Sqlite ? connectionString : "").DataSource;
        foreach (var entry in new DirectoryInfo(dataPath).EnumerateFileSystemInfos())
        {
            var keep = entry.Name == "logs" || (dbFile.Length > 0 && entry.FullName.StartsWith(dbFile, StringComparison.Ordinal));
            if (keep)
            {
                continue;
            }
            if (entry is DirectoryInfo folder)
            {
                folder.Delete(recursive: true);
            }
            else
            {
                entry.Delete();
            }
        }
        CopyFolder(built.DataPath, dataPath);
    }

    private static Built Get(BaselineKind kind, DatabaseProvider provider, string? pgServer)
    {
        lock (Gate)
        {
            if (BuiltByName.TryGetValue(kind.Name, out var existing))
            {
                return existing.Provider == provider
                    ? existing
                    : throw new InvalidOperationException($"The baseline {kind.Name} was built for {existing.Provider}, not {provider}.");
            }
            var dataPath = Path.Combine(Path.GetTempPath(), "zi-tests", "baseline-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(dataPath);
            string connectionString;
            string? pgDatabase = null;
            if (provider == DatabaseProvider.PostgreSql)
            {
                pgDatabase = "zi_base_" + Guid.NewGuid().ToString("N")[..12];
                PgDatabases.Execute(pgServer!, $"CREATE DATABASE \"{pgDatabase}\"");
                connectionString = new NpgsqlConnectionStringBuilder(pgServer) { Database = pgDatabase }.ConnectionString;
            }
            else
            {
                connectionString = $"Data Source={Path.Combine(dataPath, "baseline.db")}";
            }
            using (var portal = kind.Build(provider, connectionString, dataPath))
            {
                _ = portal.Services; // start-up: migrate, seed, start-up tasks
            }
            if (provider == DatabaseProvider.PostgreSql)
            {
                NpgsqlConnection.ClearAllPools();
            }
            else
            {
                SqliteConnection.ClearAllPools();
            }
            // The baseline's own log files are not part of it.
            var logs = Path.Combine(dataPath, "logs");
            if (Directory.Exists(logs))
            {
                Directory.Delete(logs, recursive: true);
            }
            var built = new Built(provider, connectionString, dataPath, pgServer, pgDatabase);
            BuiltByName[kind.Name] = built;
            AppDomain.CurrentDomain.ProcessExit += (_, _) => Remove(built);
            return built;
        }
    }

    private static void ClonePostgres(Built built, string database)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                PgDatabases.Execute(built.PgServer!, $"CREATE DATABASE \"{database}\" TEMPLATE \"{built.PgDatabase}\" STRATEGY FILE_COPY");
                return;
            }
            catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.ObjectInUse && attempt < 10)
            {
                // A pooled connection to the template that is still closing.
                NpgsqlConnection.ClearAllPools();
                Thread.Sleep(100 * attempt);
            }
        }
    }

    private static void CopyFolder(string from, string to)
    {
        // Empty folders too: services create theirs once, at start-up (the staff import store, the file store's staging).
        foreach (var folder in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, folder)));
        }
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file);
            if (relative == "baseline.db")
            {
                continue;
            }
            var target = Path.Combine(to, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }


    private static void Remove(Built built)
    {
        try
        {
            if (built.PgDatabase is not null)
            {
                PgDatabases.Drop(built.PgServer!, built.PgDatabase);
            }
            Directory.Delete(built.DataPath, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or NpgsqlException)
        {
            // The temp folder and the throwaway cluster are cleaned up anyway.
        }
    }

    /// <summary>The portal that builds the baseline: the default test settings on a database and folder it keeps.</summary>
    private sealed class BaselinePortal(DatabaseProvider provider, string connectionString, string dataPath)
        : PortalFactory(provider, connectionString, dataPath);
}

/// <summary>
/// A named baseline and how to build it: <paramref name="Build"/> returns a portal that keeps the given database and data
/// folder (the <c>PortalFactory(provider, connectionString, dataPath)</c> constructor) and whose start-up seeds them.
/// </summary>
public sealed record BaselineKind(string Name, Func<DatabaseProvider, string, string, PortalFactory> Build);
