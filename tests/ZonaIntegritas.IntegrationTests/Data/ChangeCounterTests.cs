using Microsoft.EntityFrameworkCore;
using ZonaIntegritas.IntegrationTests.Infrastructure;
using ZonaIntegritas.Web.Domain.Evidence;
using ZonaIntegritas.Web.Domain.IntegrityPacts;
using ZonaIntegritas.Web.Infrastructure.Data;
using ZonaIntegritas.Web.Infrastructure.Data.ChangeCounters;
using ZonaIntegritas.Web.Infrastructure.Web;

namespace ZonaIntegritas.IntegrationTests.Data;

/// <summary>
/// The database raises a change counter on every write to a watched table (the ChangeCounters migration's triggers),
/// including bulk statements that bypass EF Core's change tracker; aggregates cached under the counters are therefore
/// recounted on the next request after any change (ADR 0019).
/// </summary>
[Collection(DemoPortalCollection.Name)]
public class ChangeCounterTests(DemoPortal demo)
{
    private readonly PortalFactory factory = demo.For(typeof(ChangeCounterTests));

    private Task<Dictionary<string, long>> CountersAsync() =>
        factory.WithDbAsync(db => db.Set<ChangeCounter>().AsNoTracking().ToDictionaryAsync(c => c.Name, c => c.Value));

    [Fact]
    public async Task Every_watched_table_has_a_counter_and_a_write_to_it_raises_only_that_counter()
    {
        foreach (var (counter, tables) in ChangeCounterNames.WatchedTables)
        {
            foreach (var table in tables)
            {
                var before = await CountersAsync();
                before.ShouldContainKey(counter);
                // A statement outside EF Core's change tracking, as a script or another node would write it.
                // The table name comes from the fixed list above, not from input.
                var sql = "UPDATE \"" + table + "\" SET \"Id\" = \"Id\" WHERE \"Id\" = (SELECT MIN(\"Id\") FROM \"" + table + "\")";
                await factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(sql));
                var after = await CountersAsync();
                after[counter].ShouldBeGreaterThan(before[counter], $"a write to {table} raises '{counter}'");
                after[ChangeCounterNames.All].ShouldBeGreaterThan(before[ChangeCounterNames.All], $"a write to {table} raises 'all'");
                foreach (var other in before.Keys.Where(k => k != counter && k != ChangeCounterNames.All))
                {
                    after[other].ShouldBe(before[other], $"a write to {table} leaves '{other}' alone");
                }
            }
        }
    }

    [Fact]
    public async Task Every_table_of_the_model_but_the_unwatched_has_the_all_trigger_and_a_write_raises_it()
    {
        var tables = await factory.WithDbAsync(db => Task.FromResult(db.Model.GetEntityTypes()
            .Where(t => t.FindOwnership() is null && t.BaseType is null && t.GetTableName() is not null)
            .Select(t => (Table: t.GetTableName()!, Key: t.FindPrimaryKey()!.Properties))
            .DistinctBy(t => t.Table)
            .ToList()));
        tables.Count.ShouldBeGreaterThan(50);
        var written = 0;
        foreach (var (table, key) in tables)
        {
            var triggers = await TriggerCountAsync(ChangeCounterNames.AllTriggerOf(table));
            if (ChangeCounterNames.Unwatched.Contains(table))
            {
                triggers.ShouldBe(0, $"{table} raises no counter");
                continue;
            }
            triggers.ShouldBeGreaterThan(0, $"{table} has no trigger {ChangeCounterNames.AllTriggerOf(table)}: a migration must create it");
            if (key.Count != 1)
            {
                continue;
            }
            // A statement outside EF Core on the table's first row; names come from the model, not from input.
            var column = key[0].GetColumnName();
            var before = await CountersAsync();
            var sql = $"UPDATE \"{table}\" SET \"{column}\" = \"{column}\" WHERE \"{column}\" = (SELECT MIN(\"{column}\") FROM \"{table}\")";
            var rows = await factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(sql));
            if (rows > 0)
            {
                written++;
                (await CountersAsync())[ChangeCounterNames.All].ShouldBeGreaterThan(before[ChangeCounterNames.All], $"a write to {table} raises 'all'");
            }
        }
        written.ShouldBeGreaterThan(30, "most tables of the demo data have rows to write");
    }

    [Fact]
    public async Task Browsing_touches_the_session_but_raises_no_counter()
    {
        await PortalClient.SignedInAsync(factory, "ketua@zi.demo");
        var before = await CountersAsync();
        var touched = await factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("UPDATE \"user_sessions\" SET \"LastSeenAtUtc\" = \"LastSeenAtUtc\""));
        touched.ShouldBeGreaterThan(0);
        (await CountersAsync()).ShouldBe(before);
    }

    private Task<int> TriggerCountAsync(string name) => factory.WithDbAsync(async db =>
    {
        var sql = factory.Provider == DatabaseProvider.Sqlite
            ? "SELECT COUNT(*) AS \"Value\" FROM sqlite_master WHERE type = 'trigger' AND name LIKE {0}"
            : "SELECT COUNT(*)::int AS \"Value\" FROM pg_trigger WHERE tgname LIKE {0}";
        return await db.Database.SqlQueryRaw<int>(sql, name + "%").SingleAsync();
    });

    [Fact]
    public async Task The_rollup_shows_a_bulk_change_to_evidence_staff_and_signatures_on_the_next_request()
    {
        var client = await PortalClient.SignedInAsync(factory, "kanwil@zi.demo");
        var page = await client.GetDocumentAsync("/rekap");
        var row = page.QuerySelectorAll("tr[data-unit]")
            .FirstOrDefault(r => r.QuerySelector("[data-evidence]")!.TextContent.Trim() != Fmt.Percent(0m, 0) && r.QuerySelector("[data-pact]")!.TextContent.Trim() != "–");
        row.ShouldNotBeNull(page.QuerySelector("[data-testid='rollup-table']")?.OuterHtml);
        var unitId = int.Parse(row.GetAttribute("data-unit")!);
        (await client.GetDocumentAsync("/rekap")).QuerySelector($"tr[data-unit='{unitId}'] [data-evidence]")!.TextContent
            .ShouldBe(row.QuerySelector("[data-evidence]")!.TextContent, "a second view is served from the cache, unchanged");

        var deletedAt = DateTime.UtcNow;
        await factory.WithDbAsync(db => db.Set<EvidenceItem>().Where(i => i.UnitId == unitId)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.DeletedAtUtc, deletedAt)));
        (await client.GetDocumentAsync("/rekap")).QuerySelector($"tr[data-unit='{unitId}'] [data-evidence]")!.TextContent.Trim().ShouldBe(Fmt.Percent(0m, 0));

        await factory.WithDbAsync(db => db.Set<PactSignature>().Where(s => s.SignerUnitId == unitId)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.VoidedAtUtc, deletedAt)));
        (await client.GetDocumentAsync("/rekap")).QuerySelector($"tr[data-unit='{unitId}'] [data-pact]")!.TextContent.Trim().ShouldBe(Fmt.Percent(0m, 0));

        await factory.WithDbAsync(db => db.Staff.Where(s => s.UnitId == unitId).ExecuteUpdateAsync(s => s.SetProperty(x => x.IsActive, false)));
        (await client.GetDocumentAsync("/rekap")).QuerySelector($"tr[data-unit='{unitId}'] [data-pact]")!.TextContent.Trim().ShouldBe("–");
    }
}
