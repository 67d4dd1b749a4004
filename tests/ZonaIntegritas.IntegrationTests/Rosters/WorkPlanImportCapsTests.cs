using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using ZonaIntegritas.IntegrationTests.Infrastructure;
using ZonaIntegritas.IntegrationTests.Platform;
using ZonaIntegritas.Web.Domain.WorkPlans;

namespace ZonaIntegritas.IntegrationTests.Rosters;

/// <summary>The work plan Excel import refuses hostile packages with a clear message before reading a cell.</summary>
public class WorkPlanImportCapsTests(RostersFactory factory) : IClassFixture<RostersFactory>
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private async Task<(string Errors, TimeSpan Elapsed)> ImportAsync(byte[] file)
    {
        var client = await PortalClient.SignedInAsync(factory, "ketua@zi.demo");
        var form = await client.GetFormAsync("/rencana-kerja/impor?year=2027", "form[action='/rencana-kerja/impor']");
        var watch = Stopwatch.StartNew();
        var response = await client.PostMultipartAsync(form, "file", "rencana.xlsx", file, Xlsx);
        var elapsed = watch.Elapsed;
        var errors = (await PortalClient.ParseAsync(response)).QuerySelector("[data-testid=import-errors]");
        return (errors.ShouldNotBeNull().TextContent, elapsed);
    }

    [Fact]
    public async Task Work_plan_import_refuses_an_xlsx_with_one_huge_cell_with_an_indonesian_message()
    {
        var before = await factory.DbAsync(db => db.Set<WorkPlanItem>().CountAsync());

        var (errors, elapsed) = await ImportAsync(ZipReadCapsTests.HugeCellFile);

        errors.ShouldContain("Berkas ditolak: satu bagian di dalamnya menjadi");
        errors.ShouldContain("setelah dibuka");
        elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(10));
        (await factory.DbAsync(db => db.Set<WorkPlanItem>().CountAsync())).ShouldBe(before);
    }

    [Fact]
    public async Task Work_plan_import_refuses_a_package_with_100000_entries_with_an_indonesian_message()
    {
        var (errors, elapsed) = await ImportAsync(ZipReadCapsTests.ManyEntriesFile);

        errors.ShouldContain("terlalu banyak bagian");
        elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(10));
    }
}
