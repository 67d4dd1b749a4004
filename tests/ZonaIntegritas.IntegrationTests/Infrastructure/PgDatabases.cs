using Npgsql;

namespace ZonaIntegritas.IntegrationTests.Infrastructure;

/// <summary>
/// Drops a test database on the throwaway PostgreSQL server. <c>WITH (FORCE)</c> ends other sessions first, but a
/// role without <c>pg_signal_backend</c> may not end an autovacuum worker (42501); then the plain
/// <c>DROP DATABASE</c>, which asks autovacuum to stop by itself, is retried while the database is still in use.
/// </summary>
internal static class PgDatabases
{
    public static void Drop(string server, string database)
    {
        NpgsqlConnection.ClearAllPools();
        try
        {
            Execute(server, $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
            return;
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.InsufficientPrivilege)
        {
            // fall through to the plain drop
        }
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                NpgsqlConnection.ClearAllPools();
                Execute(server, $"DROP DATABASE IF EXISTS \"{database}\"");
                return;
            }
            catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.ObjectInUse && attempt < 20)
            {
                Thread.Sleep(100 * attempt);
            }
        }
    }

    public static void Execute(string server, string sql)
    {
        using var conn = new NpgsqlConnection(server);
        conn.Open();
        using var cmd = new NpgsqlCommand(sql, conn);
        cmd.ExecuteNonQuery();
    }
}
