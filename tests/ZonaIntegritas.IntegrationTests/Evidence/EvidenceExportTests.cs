using System.IO.Compression;
using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using ZonaIntegritas.IntegrationTests.Infrastructure;
using ZonaIntegritas.Web.Features.Evidence;

namespace ZonaIntegritas.IntegrationTests.Evidence;

/// <summary>The ZIP export per LKE code: folders per area and indicator, file names, manifest and hashes.</summary>
[Collection(AssessmentDemoPortalCollection.Name)]
public class EvidenceExportTests(DemoPortal demo)
{
    private readonly PortalFactory factory = demo.For(typeof(EvidenceExportTests));

    [Fact]
    public async Task Export_zip_has_area_and_indicator_folders_question_named_files_and_a_manifest_with_hashes()
    {
        var ketua = await EvidenceClient.SignedInAsync(factory, "ketua@zi.demo");
        var penilai = await EvidenceClient.SignedInAsync(factory, "penilai@zi.demo");
        var office = await EvidenceTestData.OfficeIdAsync(factory);
        const int year = 2024;
        var sk = EvidenceTestData.Pdf("SK Tim Kerja");
        var foto = EvidenceDemoFiles.Png(8, 8, 200, 10, 10);
        var (_, skItem) = await ketua.UploadAsync(new ByteArrayContent(sk), "sk.pdf", EvidenceClient.Fields(office, ["PPA1A", "PPA1B"], year: year, title: "SK Tim Kerja / 2024"));
        var (_, fotoItem) = await ketua.UploadAsync(new ByteArrayContent(foto), "foto.png", EvidenceClient.Fields(office, ["PRF1A"], year: year, title: "Foto layanan"));
        var (_, deleted) = await ketua.UploadAsync(new ByteArrayContent(EvidenceTestData.Pdf("dihapus")), "hapus.pdf", EvidenceClient.Fields(office, ["PPA1A"], year: year, title: "Dihapus"));
        (await ketua.PostAsync($"/eviden/hapus/{deleted.Id}", new() { ["confirm"] = "true" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var details = await penilai.GetDocumentAsync($"/eviden/{skItem.Id}");
        var review = HtmlForm.From(details, "[data-question=PPA1A] [data-testid=review-form]", "/");
        var fields = review.Fields.ToList();
        fields.Add(new("Status", "Accepted"));
        (await penilai.Http.PostAsync(review.Action, new FormUrlEncodedContent(fields))).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var response = await ketua.Http.GetAsync($"/eviden/ekspor/zip?unitId={office}&year={year}");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/zip");
        response.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe($"eviden-KEMENAG-KOTA-MALANG-{year}.zip");
        await using var body = await response.Content.ReadAsStreamAsync();
        var buffer = new MemoryStream();
        await body.CopyToAsync(buffer);
        using var zip = new ZipArchive(buffer, ZipArchiveMode.Read);
        var names = zip.Entries.Select(e => e.FullName).ToList();
        names.ShouldBe(
        [
            "manifest.json",
            "PPA Manajemen Perubahan/PPA1 Penyusunan Tim Kerja/PPA1A_SK Tim Kerja _ 2024.pdf",
            "PPA Manajemen Perubahan/PPA1 Penyusunan Tim Kerja/PPA1B_SK Tim Kerja _ 2024.pdf",
            "PRF Peningkatan Kualitas Pelayanan Publik/PRF1 Upaya dan_atau Inovasi Pelayanan Publik/PRF1A_Foto layanan.png",
        ], ignoreOrder: false);

        foreach (var entry in zip.Entries.Skip(1))
        {
            await using var stream = await entry.OpenAsync();
            var copy = new MemoryStream();
            await stream.CopyToAsync(copy);
            copy.ToArray().ShouldBe(entry.Name.EndsWith(".png") ? foto : sk);
        }

        using var manifest = JsonDocument.Parse(await ReadAsync(zip.GetEntry("manifest.json")!));
        var root = manifest.RootElement;
        root.GetProperty("year").GetInt32().ShouldBe(year);
        root.GetProperty("unit").GetProperty("code").GetString().ShouldBe("KEMENAG-KOTA-MALANG");
        var files = root.GetProperty("files").EnumerateArray().ToList();
        files.Count.ShouldBe(3);
        var first = files[0];
        first.GetProperty("path").GetString().ShouldBe(names[1]);
        first.GetProperty("questionCode").GetString().ShouldBe("PPA1A");
        first.GetProperty("questionCodes").EnumerateArray().Select(e => e.GetString()).ShouldBe(["PPA1A", "PPA1B"]);
        first.GetProperty("title").GetString().ShouldBe("SK Tim Kerja / 2024");
        first.GetProperty("sha256").GetString().ShouldBe(Convert.ToHexStringLower(SHA256.HashData(sk)));
        first.GetProperty("size").GetInt64().ShouldBe(sk.Length);
        first.GetProperty("documentDate").GetString().ShouldBe(DateTime.UtcNow.AddDays(-30).ToString("yyyy-MM-dd"));
        first.GetProperty("reviewStatus").GetString().ShouldBe("Accepted");
        first.GetProperty("reviewStatusLabel").GetString().ShouldBe("Diterima");
        files[1].GetProperty("reviewStatusLabel").GetString().ShouldBe("Menunggu reviu");
        files[2].GetProperty("sha256").GetString().ShouldBe(Convert.ToHexStringLower(SHA256.HashData(foto)));
        fotoItem.Ok.ShouldBeTrue();
    }

    [Fact]
    public async Task Export_is_refused_to_pegawai_and_empty_years_give_a_manifest_only()
    {
        var office = await EvidenceTestData.OfficeIdAsync(factory);
        var pegawai = await EvidenceClient.SignedInAsync(factory, "pegawai@zi.demo");
        (await pegawai.Http.GetAsync($"/eviden/ekspor/zip?unitId={office}&year=2024")).ShouldBeDenied();

        var pimpinan = await EvidenceClient.SignedInAsync(factory, "pimpinan@zi.demo");
        var response = await pimpinan.Http.GetAsync($"/eviden/ekspor/zip?unitId={office}&year=2016");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), ZipArchiveMode.Read);
        zip.Entries.Select(e => e.FullName).ShouldBe(["manifest.json"]);
    }

    [Fact]
    public async Task Export_streams_large_files_through_the_asynchronous_path()
    {
        var ketua = await EvidenceClient.SignedInAsync(factory, "ketua@zi.demo");
        var office = await EvidenceTestData.OfficeIdAsync(factory);
        var big = new byte[6 * 1024 * 1024];
        Random.Shared.NextBytes(big);
        "%PDF-1.7\n"u8.CopyTo(big);
        var (status, body) = await ketua.UploadAsync(new ByteArrayContent(big), "besar.pdf", EvidenceClient.Fields(office, ["PPB2A"], year: 2023, title: "Besar"));
        status.ShouldBe(HttpStatusCode.OK, body.Message);

        var response = await ketua.Http.GetAsync($"/eviden/ekspor/zip?unitId={office}&year=2023");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), ZipArchiveMode.Read);
        var entry = zip.Entries.Single(e => e.Name == "PPB2A_Besar.pdf");
        await using var stream = await entry.OpenAsync();
        var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        SHA256.HashData(copy.ToArray()).ShouldBe(SHA256.HashData(big));
    }

    private static async Task<string> ReadAsync(ZipArchiveEntry entry)
    {
        await using var stream = await entry.OpenAsync();
        using var reader = new StreamReader(stream);
        return await reader.ReadToEndAsync();
    }
}
