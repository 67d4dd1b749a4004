using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;
using ZonaIntegritas.IntegrationTests.Evidence;
using ZonaIntegritas.IntegrationTests.Infrastructure;
using ZonaIntegritas.IntegrationTests.Rosters;
using ZonaIntegritas.Web.Domain.Teams;

namespace ZonaIntegritas.IntegrationTests.Uploads;

/// <summary>The virus scanner now checks decree scans too (a real clamd, as for evidence; skipped when not installed).</summary>
public class DecreeScanClamdTests(ClamdFixture clamd, ITestOutputHelper output) : IClassFixture<ClamdFixture>
{
    [Fact]
    public async Task Infected_decree_scan_is_refused_with_the_virus_message_and_nothing_is_saved()
    {
        if (clamd.Unavailable is { } reason)
        {
            output.WriteLine("SKIPPED (not failed): " + reason);
            return;
        }
        var factory = clamd.Factory!;
        var client = await PortalClient.SignedInAsync(factory, "ketua@zi.demo");
        var form = await client.GetFormAsync("/tim/sk?year=2036", "[data-testid=decree-form]");
        var infected = Encoding.ASCII.GetBytes("%PDF-1.4\n% " + ClamdFixture.Eicar + "\n%%EOF\n");

        var response = await client.PostMultipartAsync(form, new()
        {
            ["Number"] = "B-36/Kk.13.24/2036",
            ["DecreeDate"] = "2036-01-03",
            ["SignedBy"] = "Kepala Kantor",
        }, "Scan", infected, "sk.pdf", "application/pdf");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await PortalClient.ParseAsync(response)).QuerySelector("[data-testid=validation-summary]")!.TextContent
            .ShouldContain("Berkas ditolak karena terdeteksi mengandung virus (Eicar-Test-Signature.UNOFFICIAL).");
        (await factory.WithDbAsync(db => db.Set<TeamDecree>().AnyAsync(d => d.Year == 2036))).ShouldBeFalse();
        Directory.GetFiles(Path.Combine(factory.DataPath, "tmp", "uploads")).ShouldBeEmpty();
    }
}
