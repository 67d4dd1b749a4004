using Microsoft.EntityFrameworkCore;
using ZonaIntegritas.IntegrationTests.Infrastructure;
using ZonaIntegritas.Web.Domain.Evidence;
using ZonaIntegritas.Web.Domain.IntegrityPacts;
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
                foreach (var other in before.Keys.Where(k => k != counter))
                {
                    after[other].ShouldBe(before[other], $"a write to {table} leaves '{other}' alone");
                }
            }
        }
    }

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
