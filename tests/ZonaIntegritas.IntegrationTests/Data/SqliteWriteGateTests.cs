using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using ZonaIntegritas.IntegrationTests.Infrastructure;
using ZonaIntegritas.Web.Infrastructure.Data;

namespace ZonaIntegritas.IntegrationTests.Data;

/// <summary>
/// The SQLite write gate (ADR 0020) on a real SQLite file: writers of one process queue in arrival order instead of
/// meeting SQLITE_BUSY, and every way a write ends (commit, rollback, a transaction disposed unfinished, a failed
/// statement, a bulk statement outside a transaction) frees the gate for the next writer.
/// </summary>
[Trait(TestTraits.Provider, TestTraits.AnyProvider)]
public sealed class SqliteWriteGateTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("zi-write-gate-").FullName;
    private readonly SqliteWriteGate _gate = new(NullLogger<SqliteWriteGate>.Instance);

    private string File => Path.Combine(_folder, "gate.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private GateContext Open() => new(new DbContextOptionsBuilder<GateContext>()
        .UseSqlite($"Data Source={File}").AddInterceptors(_gate).Options);

    private async Task CreateAsync()
    {
        await using var db = Open();
        await db.Database.EnsureCreatedAsync();
    }

    [Fact]
    public async Task A_second_writer_waits_for_the_first_to_commit_and_then_writes_without_an_error()
    {
        await CreateAsync();
        await using var first = Open();
        await using var tx = await first.Database.BeginTransactionAsync();
        first.Rows.Add(new GateRow { Writer = "first" });
        await first.SaveChangesAsync();
        SqliteWriteGate.Busy(File).ShouldBe(1);

        var second = Task.Run(async () =>
        {
            await using var db = Open();
            db.Rows.Add(new GateRow { Writer = "second" });
            await db.SaveChangesAsync();
        });
        // The second writer queues on the gate (not on SQLITE_BUSY's retry sleeps) until the first commits.
        for (var i = 0; i < 500 && SqliteWriteGate.Busy(File) < 2; i++)
        {
            await Task.Delay(10);
        }
        SqliteWriteGate.Busy(File).ShouldBe(2);
        second.IsCompleted.ShouldBeFalse();

        await tx.CommitAsync();
        await second;
        await using var check = Open();
        (await check.Rows.OrderBy(r => r.Id).Select(r => r.Writer).ToListAsync()).ShouldBe(["first", "second"]);
        SqliteWriteGate.Busy(File).ShouldBe(0);
    }

    [Fact]
    public async Task Rollback_a_transaction_disposed_unfinished_and_a_failed_save_free_the_gate()
    {
        await CreateAsync();
        await using (var db = Open())
        {
            await using var tx = await db.Database.BeginTransactionAsync();
            db.Rows.Add(new GateRow { Writer = "rolled back" });
            await db.SaveChangesAsync();
            await tx.RollbackAsync();
        }
        SqliteWriteGate.Busy(File).ShouldBe(0);

        await using (var db = Open())
        {
            await using (var tx = await db.Database.BeginTransactionAsync())
            {
                db.Rows.Add(new GateRow { Writer = "abandoned" });
                await db.SaveChangesAsync();
            }
            SqliteWriteGate.Busy(File).ShouldBe(0, "disposing an unfinished transaction frees the gate");
        }

        await using (var db = Open())
        {
            db.Rows.Add(new GateRow { Id = 1, Writer = "one" });
            await db.SaveChangesAsync();
        }
        await using (var db = Open())
        {
            db.Rows.Add(new GateRow { Id = 1, Writer = "duplicate key" });
            await Should.ThrowAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }
        SqliteWriteGate.Busy(File).ShouldBe(0, "a failed save frees the gate");

        await using (var db = Open())
        {
            (await db.Rows.Select(r => r.Writer).ToListAsync()).ShouldBe(["one"]);
        }
    }

    [Fact]
    public async Task A_bulk_statement_outside_a_transaction_takes_and_frees_the_gate()
    {
        await CreateAsync();
        await using var db = Open();
        db.Rows.AddRange(new GateRow { Writer = "a" }, new GateRow { Writer = "b" });
        await db.SaveChangesAsync();
        (await db.Rows.ExecuteUpdateAsync(s => s.SetProperty(r => r.Writer, "bulk"))).ShouldBe(2);
        SqliteWriteGate.Busy(File).ShouldBe(0);
        await Should.ThrowAsync<SqliteException>(() => db.Database.ExecuteSqlRawAsync("UPDATE no_such_table SET x = 1"));
        SqliteWriteGate.Busy(File).ShouldBe(0, "a failed statement frees the gate");
        (await db.Rows.CountAsync(r => r.Writer == "bulk")).ShouldBe(2);
    }

    [Fact]
    public async Task Sixteen_concurrent_writers_all_land_in_full()
    {
        await CreateAsync();
        var writers = Enumerable.Range(1, 16).Select(w => Task.Run(async () =>
        {
            for (var i = 0; i < 10; i++)
            {
                await using var db = Open();
                await using var tx = await db.Database.BeginTransactionAsync();
                var count = await db.Rows.CountAsync();
                db.Rows.Add(new GateRow { Writer = $"w{w}", Seen = count });
                await db.SaveChangesAsync();
                await tx.CommitAsync();
            }
        }));
        await Task.WhenAll(writers);
        await using var check = Open();
        var seen = await check.Rows.OrderBy(r => r.Id).Select(r => r.Seen).ToListAsync();
        // Each writer read the count inside its own turn: no two saw the same number, nothing was lost.
        seen.ShouldBe(Enumerable.Range(0, 160).ToList());
        SqliteWriteGate.Busy(File).ShouldBe(0);
    }

    private sealed class GateContext(DbContextOptions<GateContext> options) : DbContext(options)
    {
        public DbSet<GateRow> Rows => Set<GateRow>();
    }

    private sealed class GateRow
    {
        public int Id { get; set; }
        public string Writer { get; set; } = "";
        public int Seen { get; set; }
    }
}
