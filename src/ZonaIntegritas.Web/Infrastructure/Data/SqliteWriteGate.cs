using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ZonaIntegritas.Web.Infrastructure.Data;

/// <summary>
/// One writer at a time per SQLite file inside this process, in arrival order (ADR 0020). SQLite allows one writer;
/// a second <c>BEGIN IMMEDIATE</c> gets <c>SQLITE_BUSY</c> and Microsoft.Data.Sqlite retries it after a fixed 150 ms
/// sleep, so under 16 concurrent editors a save waited 150–300 ms for a lock that was free again after 3 ms. Here a
/// writer waits on a FIFO semaphore before its transaction begins and is woken the moment the previous one commits
/// or rolls back. Writes outside a transaction (bulk <c>ExecuteUpdate</c>/<c>ExecuteDelete</c>, raw SQL) take the
/// same gate for the one statement. Other processes (the command line) still meet SQLite's own locking.
/// A writer that cannot get the gate within <see cref="WaitLimit"/> goes on without it (SQLite's locking still
/// holds), so a leaked holder slows writers down but never stops them.
/// </summary>
public sealed class SqliteWriteGate(ILogger<SqliteWriteGate> logger) : IDbTransactionInterceptor, IDbCommandInterceptor, IDbConnectionInterceptor
{
    public static readonly TimeSpan WaitLimit = TimeSpan.FromSeconds(30);

    private static readonly ConcurrentDictionary<string, Gate> Gates = new(StringComparer.Ordinal);

    // The gate a connection (its transaction) or a command (an autocommit write) holds, by EF Core's ids for them.
    private static readonly ConcurrentDictionary<Guid, Gate> HeldByConnection = new();
    private static readonly ConcurrentDictionary<Guid, Gate> HeldByCommand = new();

    // ---- transactions: from before BEGIN to after COMMIT/ROLLBACK (or the connection closing) ----

    public InterceptionResult<DbTransaction> TransactionStarting(DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result)
    {
        if (GateOf(connection) is { } gate && !HeldByConnection.ContainsKey(eventData.ConnectionId) && Acquired(gate.Wait(), connection))
        {
            HeldByConnection[eventData.ConnectionId] = gate;
        }
        return result;
    }

    public async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(DbConnection connection, TransactionStartingEventData eventData,
        InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
    {
        if (GateOf(connection) is { } gate && !HeldByConnection.ContainsKey(eventData.ConnectionId)
            && Acquired(await gate.WaitAsync(cancellationToken), connection))
        {
            HeldByConnection[eventData.ConnectionId] = gate;
        }
        return result;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Release(eventData.ConnectionId);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(eventData.ConnectionId);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Release(eventData.ConnectionId);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(eventData.ConnectionId);
        return Task.CompletedTask;
    }

    public void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => Release(eventData.ConnectionId);

    public Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(eventData.ConnectionId);
        return Task.CompletedTask;
    }

    // A transaction disposed without commit or rollback is rolled back by SQLite without telling EF's interceptors;
    // EF then closes the connection it opened for it (or disposes it with the context).
    public InterceptionResult ConnectionClosing(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        Release(eventData.ConnectionId);
        return result;
    }

    public ValueTask<InterceptionResult> ConnectionClosingAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        Release(eventData.ConnectionId);
        return ValueTask.FromResult(result);
    }

    public InterceptionResult ConnectionDisposing(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        Release(eventData.ConnectionId);
        return result;
    }

    public ValueTask<InterceptionResult> ConnectionDisposingAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        Release(eventData.ConnectionId);
        return ValueTask.FromResult(result);
    }

    // ---- autocommit writes: one statement outside a transaction ----

    public InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Enter(command, eventData);
        return result;
    }

    public async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        await EnterAsync(command, eventData, cancellationToken);
        return result;
    }

    public int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        Leave(eventData.CommandId);
        return result;
    }

    public ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Leave(eventData.CommandId);
        return ValueTask.FromResult(result);
    }

    public InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Enter(command, eventData);
        return result;
    }

    public async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        await EnterAsync(command, eventData, cancellationToken);
        return result;
    }

    // A reader's statement runs while it is read: the gate is released when the reader is closed.
    public InterceptionResult DataReaderClosing(DbCommand command, DataReaderClosingEventData eventData, InterceptionResult result)
    {
        Leave(eventData.CommandId);
        return result;
    }

    public ValueTask<InterceptionResult> DataReaderClosingAsync(DbCommand command, DataReaderClosingEventData eventData, InterceptionResult result)
    {
        Leave(eventData.CommandId);
        return ValueTask.FromResult(result);
    }

    public InterceptionResult DataReaderDisposing(DbCommand command, DataReaderDisposingEventData eventData, InterceptionResult result)
    {
        Leave(eventData.CommandId);
        return result;
    }

    public InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Enter(command, eventData);
        return result;
    }

    public async ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        await EnterAsync(command, eventData, cancellationToken);
        return result;
    }

    public object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result)
    {
        Leave(eventData.CommandId);
        return result;
    }

    public ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default)
    {
        Leave(eventData.CommandId);
        return ValueTask.FromResult(result);
    }

    public void CommandFailed(DbCommand command, CommandErrorEventData eventData) => Leave(eventData.CommandId);

    public Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Leave(eventData.CommandId);
        return Task.CompletedTask;
    }

    public void CommandCanceled(DbCommand command, CommandEndEventData eventData) => Leave(eventData.CommandId);

    public Task CommandCanceledAsync(DbCommand command, CommandEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Leave(eventData.CommandId);
        return Task.CompletedTask;
    }

    /// <summary>The number of writers holding (0 or 1) or waiting for the gate of this SQLite file (for tests).</summary>
    public static int Busy(string dataSource) => Gates.TryGetValue(Path.GetFullPath(dataSource), out var gate) ? gate.Busy : 0;

    private void Enter(DbCommand command, CommandEventData eventData)
    {
        if (NeedsGate(command, eventData) is { } gate && Acquired(gate.Wait(), command.Connection!))
        {
            HeldByCommand[eventData.CommandId] = gate;
        }
    }

    private async Task EnterAsync(DbCommand command, CommandEventData eventData, CancellationToken ct)
    {
        if (NeedsGate(command, eventData) is { } gate && Acquired(await gate.WaitAsync(ct), command.Connection!))
        {
            HeldByCommand[eventData.CommandId] = gate;
        }
    }

    private static void Leave(Guid commandId)
    {
        if (HeldByCommand.TryRemove(commandId, out var gate))
        {
            gate.Release();
        }
    }

    /// <summary>The gate for a writing statement outside a transaction, or null (reads, statements in a transaction).</summary>
    private static Gate? NeedsGate(DbCommand command, CommandEventData eventData) =>
        command.Transaction is null && command.Connection is { } connection && !HeldByConnection.ContainsKey(eventData.ConnectionId)
            && IsWrite(command.CommandText) ? GateOf(connection) : null;

    private static bool IsWrite(string sql)
    {
        var text = sql.AsSpan().TrimStart();
        return text.StartsWith("INSERT", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("UPDATE", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("DELETE", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("REPLACE", StringComparison.OrdinalIgnoreCase);
    }

    private static Gate? GateOf(DbConnection connection)
    {
        if (connection is not SqliteConnection sqlite)
        {
            return null;
        }
        var file = sqlite.DataSource;
        if (string.IsNullOrEmpty(file) || file == ":memory:")
        {
            return null;
        }
        return Gates.GetOrAdd(Path.GetFullPath(file), _ => new Gate());
    }

    private bool Acquired(bool entered, DbConnection connection)
    {
        if (!entered)
        {
            logger.LogWarning("The SQLite write gate of {File} was not free within {Seconds} s; writing without it.",
                connection.DataSource, WaitLimit.TotalSeconds);
        }
        return entered;
    }

    private static void Release(Guid connectionId)
    {
        if (HeldByConnection.TryRemove(connectionId, out var gate))
        {
            gate.Release();
        }
    }

    /// <summary>A FIFO-fair lock (<see cref="SemaphoreSlim"/> queues its async waiters in order) with a waiter count.</summary>
    private sealed class Gate
    {
        private readonly SemaphoreSlim _lock = new(1, 1);
        private int _waiting;

        public int Busy => 1 - _lock.CurrentCount + Volatile.Read(ref _waiting);

        public bool Wait()
        {
            Interlocked.Increment(ref _waiting);
            try
            {
                return _lock.Wait(WaitLimit);
            }
            finally
            {
                Interlocked.Decrement(ref _waiting);
            }
        }

        public async Task<bool> WaitAsync(CancellationToken ct)
        {
            Interlocked.Increment(ref _waiting);
            try
            {
                return await _lock.WaitAsync(WaitLimit, ct);
            }
            finally
            {
                Interlocked.Decrement(ref _waiting);
            }
        }

        public void Release() => _lock.Release();
    }
}
