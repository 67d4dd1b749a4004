using System.Diagnostics;
using System.IO.Compression;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ZonaIntegritas.IntegrationTests.Infrastructure;
using ZonaIntegritas.IntegrationTests.Worksheet;
using ZonaIntegritas.Web.Domain.Evidence;
using ZonaIntegritas.Web.Features.Evidence;
using ZonaIntegritas.Web.Features.Reports;

namespace ZonaIntegritas.IntegrationTests.Reports;

/// <summary>The TPN submission pack: layout, SHA256SUMS (checked with sha256sum -c), files per question, index, Windows-safe names.</summary>
[Collection(AssessmentDemoPortalCollection.Name)]
public class PackTests(DemoPortal demo)
{
    private readonly PortalFactory factory = demo.For(typeof(PackTests));

    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
        "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
    };

    [Fact]
    public async Task Pack_sums_verify_every_linked_file_is_under_each_question_and_the_index_lists_exactly_the_pack_files()
    {
        var office = await ReportTestData.OfficeIdAsync(factory);
        const int year = 2032;
        var id = await WorksheetTestKit.CreateAssessmentAsync(factory, year);
        await ReportTestData.SetUnitAnswerAsync(factory, id, "PPA1A", "Ya");
        var shared = ReportTestData.TestPdf("SK bersama");
        await ReportTestData.AddEvidenceAsync(factory, office, year, ["PPA1A", "PPA1B", "PRF1A"], "SK Tim: kerja / \"ZI\" <2032>?", shared, review: EvidenceReviewStatus.Accepted);
        await ReportTestData.AddEvidenceAsync(factory, office, year, ["PPA1A"], "CON", EvidenceDemoFiles.Png(5, 5, 1, 2, 3), "image/png", ".png");
        await ReportTestData.AddEvidenceAsync(factory, office, year, ["PPC4A"], new string('x', 200), ReportTestData.TestPdf("panjang"));
        var ketua = await PortalClient.SignedInAsync(factory, "ketua@zi.demo");

        var response = await ketua.Http.GetAsync($"/laporan/paket/{id}?basis=both");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/zip");
        var data = await ReportTestData.LoadAsync(factory, id);
        response.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe($"PMPZI_KEMENAG-KOTA-MALANG_{year}_{data.SnapshotCode}.zip");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        var root = $"PMPZI_KEMENAG-KOTA-MALANG_{year}_{data.SnapshotCode}/";
        var names = zip.Entries.Select(e => e.FullName).ToList();
        names.ShouldAllBe(n => n.StartsWith(root));
        var relative = names.Select(n => n[root.Length..]).ToList();
        relative.Take(5).ShouldBe(["00_INDEKS.xlsx", "00_INDEKS.csv", $"01_LKE_PMPZI_KEMENAG-KOTA-MALANG_{year}.pdf", $"02_LKE_PMPZI_KEMENAG-KOTA-MALANG_{year}.xlsx", "03_Jawaban.csv"]);
        relative[^1].ShouldBe("SHA256SUMS");

        // Windows-safe names.
        foreach (var name in names)
        {
            name.Length.ShouldBeLessThanOrEqualTo(240, name);
            foreach (var segment in name.Split('/'))
            {
                segment.IndexOfAny(['<', '>', ':', '"', '\\', '|', '?', '*']).ShouldBe(-1, name);
                Reserved.Contains(Path.GetFileNameWithoutExtension(segment)).ShouldBeFalse(name);
                segment.EndsWith('.').ShouldBeFalse(name);
                segment.EndsWith(' ').ShouldBeFalse(name);
            }
        }

        // Every linked file under each question that uses it, with the stored content.
        var links = await factory.WithDbAsync(db => db.Set<EvidenceLink>().Where(l => l.UnitId == office && l.Year == year)
            .Select(l => new { l.QuestionCode, l.Item!.CurrentRevision!.StoredFileSha256 }).ToListAsync());
        links.Count.ShouldBe(5);
        var evidenceFiles = relative.Where(r => r.Contains('/')).ToList();
        evidenceFiles.Count.ShouldBe(links.Count);
        foreach (var link in links)
        {
            evidenceFiles.Count(f => f.Split('/')[2] == link.QuestionCode && Sha(zip.GetEntry(root + f)!) == link.StoredFileSha256).ShouldBe(1, link.QuestionCode);
        }
        evidenceFiles.ShouldContain(f => f.StartsWith("PPA Manajemen Perubahan/PPA1 Penyusunan Tim Kerja/PPA1A/PPA1A_01_"));
        evidenceFiles.ShouldContain(f => f.StartsWith("PPA Manajemen Perubahan/PPA1 Penyusunan Tim Kerja/PPA1A/PPA1A_02_CON"));

        // The index lists exactly the evidence files of the pack.
        var index = Encoding.UTF8.GetString(Read(zip.GetEntry(root + "00_INDEKS.csv")!)).TrimStart('\uFEFF');
        var indexed = index.Split("\r\n").Skip(1).Where(l => l.Contains(root, StringComparison.Ordinal))
            .Select(l => l[l.IndexOf(root, StringComparison.Ordinal)..].Split(',')[0].Trim('"')).ToList();
        indexed.ShouldBe(evidenceFiles.Select(f => root + f), ignoreOrder: true);
        index.Split("\r\n").Count(l => l.StartsWith("PPA1A,", StringComparison.Ordinal)).ShouldBe(2);

        // SHA256SUMS: every other file, verified by sha256sum -c on the extracted pack.
        var sums = Encoding.UTF8.GetString(Read(zip.GetEntry(root + "SHA256SUMS")!)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        sums.Select(l => l[66..]).ShouldBe(relative.Take(relative.Count - 1), ignoreOrder: true);
        var dir = Path.Combine(Path.GetTempPath(), "zi-pack-" + Guid.NewGuid().ToString("N"));
        try
        {
            zip.ExtractToDirectory(dir);
            var start = new ProcessStartInfo("sha256sum", ["-c", "--strict", "SHA256SUMS"])
            {
                WorkingDirectory = Path.Combine(dir, root.TrimEnd('/')),
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var process = Process.Start(start)!;
            var output = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            process.ExitCode.ShouldBe(0, output + await process.StandardError.ReadToEndAsync());
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public async Task Evidence_export_by_indicator_still_works_through_the_shared_path()
    {
        var office = await ReportTestData.OfficeIdAsync(factory);
        await ReportTestData.AddEvidenceAsync(factory, office, 2033, ["PPB1A"], "SOP", ReportTestData.TestPdf("SOP"));
        var plan = await factory.WithScopeAsync(sp => sp.GetRequiredService<EvidenceExportService>()
            .EntriesAsync(office, 2033, Web.Infrastructure.Lke.LkeTemplateFile.FindEmbedded("permenpanrb-90-2021")!, ExportLayout.ByIndicator, "", CancellationToken.None));
        plan.Single().Path.ShouldBe("PPB Penataan Tatalaksana/PPB1 Prosedur Operasional Tetap (SOP) Kegiatan Utama/PPB1A_SOP.pdf");
    }

    private static string Sha(ZipArchiveEntry entry) => Convert.ToHexStringLower(SHA256.HashData(Read(entry)));

    private static byte[] Read(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
