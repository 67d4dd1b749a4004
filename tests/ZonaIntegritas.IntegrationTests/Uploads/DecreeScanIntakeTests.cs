using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using ZonaIntegritas.IntegrationTests.Infrastructure;
using ZonaIntegritas.IntegrationTests.Rosters;
using ZonaIntegritas.Web.Domain.ChangeAgents;
using ZonaIntegritas.Web.Domain.Evidence;
using ZonaIntegritas.Web.Domain.Teams;
using ZonaIntegritas.Web.Features.Backup;

namespace ZonaIntegritas.IntegrationTests.Uploads;

/// <summary>Decree scans (SK Tim ZI, SK Agen Perubahan) through the one file intake (ADR 0014).</summary>
public class DecreeScanIntakeTests(UploadsFactory factory) : IClassFixture<UploadsFactory>
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, .. "IHDR"u8, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0];

    private async Task<HttpResponseMessage> PostTeamDecreeAsync(PortalClient client, int year, byte[] scan, string fileName)
    {
        var form = await client.GetFormAsync($"/tim/sk?year={year}", "[data-testid=decree-form]");
        return await client.PostMultipartAsync(form, new()
        {
            ["Number"] = $"B-{year}/Kk.13.24/{year}",
            ["DecreeDate"] = $"{year}-01-03",
            ["SignedBy"] = "Kepala Kantor",
        }, "Scan", scan, fileName, "application/pdf");
    }

    private static async Task<string> RefusalAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return (await PortalClient.ParseAsync(response)).QuerySelector("[data-testid=validation-summary]")!.TextContent;
    }

    private int StoredFileCount() => Directory.Exists(Path.Combine(factory.DataPath, "files"))
        ? Directory.GetFiles(Path.Combine(factory.DataPath, "files"), "*", SearchOption.AllDirectories).Length
        : 0;

    private Task<int> StoredFileRowsAsync() => factory.WithDbAsync(db => db.Set<StoredFile>().CountAsync());

    [Fact]
    public async Task Empty_decree_scan_gets_the_empty_message_and_nothing_is_saved()
    {
        var client = await PortalClient.SignedInAsync(factory, "ketua@zi.demo");
        var (files, rows) = (StoredFileCount(), await StoredFileRowsAsync());

        var refusal = await RefusalAsync(await PostTeamDecreeAsync(client, 2031, [], "sk-kosong.pdf"));

        refusal.ShouldContain("Berkas kosong (0 byte) tidak dapat diunggah.");
        refusal.ShouldContain("sk-kosong.pdf");
        (await factory.WithDbAsync(db => db.Set<TeamDecree>().AnyAsync(d => d.Year == 2031))).ShouldBeFalse();
        StoredFileCount().ShouldBe(files);
        (await StoredFileRowsAsync()).ShouldBe(rows);
        Directory.GetFiles(Path.Combine(factory.DataPath, "tmp", "uploads")).ShouldBeEmpty();
    }

    [Fact]
    public async Task Empty_change_agent_decree_scan_is_refused_instead_of_dropped_silently()
    {
        var client = await PortalClient.SignedInAsync(factory, "ketua@zi.demo");
        var form = await client.GetFormAsync("/agen-perubahan/sk", "form[enctype]");

        var response = await client.PostMultipartAsync(form, new()
        {
            ["Number"] = "B-KOSONG/AP/2026",
            ["DecreeDate"] = "2026-02-01",
            ["SignedBy"] = "Kepala Kantor",
            ["TermFrom"] = "2026-02-01",
            ["TermTo"] = "2026-12-31",
            ["SelectionMethod"] = "Penilaian kinerja",
        }, "Scan", [], "sk-agen.pdf", "application/pdf");

        (await RefusalAsync(response)).ShouldContain("Berkas kosong (0 byte) tidak dapat diunggah.");
        (await factory.WithDbAsync(db => db.Set<ChangeAgentDecree>().AnyAsync(d => d.Number == "B-KOSONG/AP/2026"))).ShouldBeFalse();
    }

    [Fact]
    public async Task Oversize_decree_scan_gets_the_size_message_and_nothing_is_saved()
    {
        var client = await PortalClient.SignedInAsync(factory, "ketua@zi.demo");
        var big = new byte[UploadsFactory.ScanLimitBytes + 10];
        Pdf.CopyTo(big, 0);
        var files = StoredFileCount();

        var refusal = await RefusalAsync(await PostTeamDecreeAsync(client, 2032, big, "sk-besar.pdf"));

        refusal.ShouldContain("Ukuran berkas melebihi batas 1 MB per berkas.");
        (await factory.WithDbAsync(db => db.Set<TeamDecree>().AnyAsync(d => d.Year == 2032))).ShouldBeFalse();
        StoredFileCount().ShouldBe(files);
    }

    [Fact]
    public async Task Decree_scan_whose_content_is_not_the_claimed_type_gets_the_type_message()
    {
        var client = await PortalClient.SignedInAsync(factory, "ketua@zi.demo");

        var refusal = await RefusalAsync(await PostTeamDecreeAsync(client, 2033, Png, "sk.pdf"));

        refusal.ShouldContain("Isi berkas tidak sesuai dengan ekstensinya (.pdf)");
        refusal.ShouldContain("Berkas harus PDF, JPEG atau PNG.");
        (await factory.WithDbAsync(db => db.Set<TeamDecree>().AnyAsync(d => d.Year == 2033))).ShouldBeFalse();
    }

    [Fact]
    public async Task Decree_scan_is_kept_in_the_one_store_and_older_scans_stay_readable_and_verified()
    {
        var client = await PortalClient.SignedInAsync(factory, "ketua@zi.demo");
        var content = Encoding.ASCII.GetBytes("%PDF-1.4\n% SK Tim ZI 2034\n%%EOF\n");
        var sha = Convert.ToHexStringLower(SHA256.HashData(content));

        (await PostTeamDecreeAsync(client, 2034, content, "sk tim.pdf")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var decree = await factory.WithDbAsync(db => db.Set<TeamDecree>().AsNoTracking().SingleAsync(d => d.Year == 2034));
        decree.Scan!.Key.ShouldBe(sha);
        File.Exists(Path.Combine(factory.DataPath, "files", sha[..2], sha[2..4], sha)).ShouldBeTrue();
        (await factory.WithDbAsync(db => db.Set<StoredFile>().AnyAsync(f => f.Sha256 == sha))).ShouldBeTrue();
        (await (await client.Http.GetAsync($"/tim/pindaian/{decree.Id}")).Content.ReadAsByteArrayAsync()).ShouldBe(content);

        // A scan stored before the intake keeps its path key under scans/ and is still served (read fallback).
        var legacy = Encoding.ASCII.GetBytes("%PDF-1.4\n% pindaian lama\n%%EOF\n");
        var legacyKey = $"2025/{Guid.NewGuid():N}.pdf";
        Directory.CreateDirectory(Path.Combine(factory.DataPath, "scans", "2025"));
        await File.WriteAllBytesAsync(Path.Combine(factory.DataPath, "scans", legacyKey), legacy);
        await factory.WithDbAsync(async db =>
        {
            var d = await db.Set<TeamDecree>().SingleAsync(x => x.Id == decree.Id);
            d.Scan = new StoredScan(legacyKey, "sk-lama.pdf", "application/pdf", legacy.Length);
            return await db.SaveChangesAsync();
        });
        var old = await client.Http.GetAsync($"/tim/pindaian/{decree.Id}");
        old.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await old.Content.ReadAsByteArrayAsync()).ShouldBe(legacy);

        // verify covers both kinds of key.
        var report = await factory.WithDbAsync(db => DataVerifier.VerifyAsync(db, factory.Provider, factory.DataPath, CancellationToken.None));
        var shaPrefix = sha[..12];
        report.Problems.ShouldNotContain(p => p.Contains("pindaian SK", StringComparison.Ordinal) || p.Contains(shaPrefix, StringComparison.Ordinal));
        report.Lines.ShouldContain(l => l.StartsWith("Pindaian SK:", StringComparison.Ordinal));
        File.Delete(Path.Combine(factory.DataPath, "scans", legacyKey));
        var missing = await factory.WithDbAsync(db => DataVerifier.VerifyAsync(db, factory.Provider, factory.DataPath, CancellationToken.None));
        missing.Problems.ShouldContain($"pindaian SK {legacyKey} tidak ada.");
    }
}
