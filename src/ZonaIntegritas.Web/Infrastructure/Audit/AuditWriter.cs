using System.Data;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using ZonaIntegritas.Web.Domain.Audit;

namespace ZonaIntegritas.Web.Infrastructure.Audit;

/// <summary>
/// Appends rows to the hash chain inside the caller's open transaction. Appends are serialised per provider so
/// two writers never chain onto the same tail: PostgreSQL <c>pg_advisory_xact_lock</c>, SQL Server
/// <c>sp_getapplock</c> (both held to the end of the transaction), SQLite's single writer (the portal's
/// transactions begin IMMEDIATE, so the write lock is held before the tail is read). The primary key on the
/// sequence number refuses a fork even if a lock were missing.
/// </summary>
public static class AuditWriter
{
    /// <summary>"ZIAUDIT" as a 64-bit advisory lock key.</summary>
    private const long PostgresLockKey = 0x5A_49_41_55_44_49_54;

    public const string SqlServerLockSql =
        "DECLARE @r int; EXEC @r = sp_getapplock @Resource = N'zi_audit_log', @LockMode = N'Exclusive', @LockOwner = N'Transaction', @LockTimeout = 60000; IF @r < 0 THROW 51000, N'audit_log lock not granted', 1;";

    public const string TailSql = "SELECT sequence, hash FROM audit_log WHERE sequence = (SELECT MAX(sequence) FROM audit_log)";

    public const string InsertSql =
        "INSERT INTO audit_log (sequence, at_utc, user_id, user_name, client_address, unit_id, action, entity_type, entity_id, changes, previous_hash, hash) " +
        "VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9, @p10, @p11)";

    public static async Task AppendAsync(DbContext db, IReadOnlyList<AuditEntry> entries, CancellationToken ct)
    {
        if (entries.Count == 0)
        {
            return;
        }
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Audit rows are written inside the transaction of the change they record.");
        var connection = transaction.Connection!;
        var provider = db.Database.ProviderName ?? "";
        var isPostgres = provider.Contains("Npgsql", StringComparison.Ordinal);
        var isSqlServer = provider.Contains("SqlServer", StringComparison.Ordinal);

        if (isPostgres)
        {
            await ExecuteAsync(connection, transaction, $"SELECT pg_advisory_xact_lock({PostgresLockKey})", ct);
        }
        else if (isSqlServer)
        {
            await ExecuteAsync(connection, transaction, SqlServerLockSql, ct);
        }

        long sequence = 0;
        var previousHash = AuditHash.Genesis;
        await using (var tail = connection.CreateCommand())
        {
            tail.Transaction = transaction;
            tail.CommandText = TailSql;
            await using var reader = await tail.ExecuteReaderAsync(ct);
            if (await reader.ReadAsync(ct))
            {
                sequence = reader.GetInt64(0);
                previousHash = reader.GetString(1);
            }
        }

        foreach (var entry in entries)
        {
            AuditHash.Chain(entry, sequence, previousHash);
            await using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = InsertSql;
            Add(insert, "@p0", entry.Sequence, DbType.Int64);
            Add(insert, "@p1", entry.AtUtc, isSqlServer ? DbType.DateTime2 : null);
            Add(insert, "@p2", entry.UserId, DbType.String);
            Add(insert, "@p3", entry.UserName, DbType.String);
            Add(insert, "@p4", entry.ClientAddress, DbType.String);
            Add(insert, "@p5", entry.UnitId, DbType.Int32);
            Add(insert, "@p6", entry.Action.ToString(), DbType.String);
            Add(insert, "@p7", entry.EntityType, DbType.String);
            Add(insert, "@p8", entry.EntityId, DbType.String);
            Add(insert, "@p9", entry.Changes, DbType.String);
            Add(insert, "@p10", entry.PreviousHash, DbType.String);
            Add(insert, "@p11", entry.Hash, DbType.String);
            await insert.ExecuteNonQueryAsync(ct);
            sequence = entry.Sequence;
            previousHash = entry.Hash;
        }
    }

    private static void Add(DbCommand command, string name, object? value, DbType? type)
    {
        var p = command.CreateParameter();
        p.ParameterName = name;
        p.Value = value ?? DBNull.Value;
        if (type is { } t)
        {
            p.DbType = t;
        }
        command.Parameters.Add(p);
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction transaction, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(ct);
    }
}
