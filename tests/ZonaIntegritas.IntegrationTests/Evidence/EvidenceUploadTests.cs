using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using ZonaIntegritas.IntegrationTests.Infrastructure;
using ZonaIntegritas.Web.Domain.Evidence;
using ZonaIntegritas.Web.Features.Evidence;

namespace ZonaIntegritas.IntegrationTests.Evidence;

/// <summary>Uploads through the streaming endpoint, and the bad-input corpus: nothing half-saved, clear Indonesian messages.</summary>
[Collection(AssessmentDemoPortalCollection.Name)]
public class EvidenceUploadTests(DemoPortal demo)
{
    private readonly PortalFactory factory = demo.For(typeof(EvidenceUploadTests));

    [Fact]
    public async Task Upload_stores_the_file_by_hash_and_links_it_to_the_questions()
    {
        var client = await EvidenceClient.SignedInAsync(factory, "ketua@zi.demo");
        var office = await EvidenceTestData.OfficeIdAsync(factory);
        var content = EvidenceTestData.Pdf("SK Tim Kerja");
        var fields = EvidenceClient.Fields(office, ["PPA1A", "ppa1b"], title: "SK Tim Kerja ZI");

        var (status, body) = await client.UploadAsync(new ByteArrayContent(content), "SK_Tim_Kerja.pdf", fields);

        status.ShouldBe(HttpStatusCode.OK, body.Message);
        body.Ok.ShouldBeTrue();
        body.Questions.ShouldBe(["PPA1A", "PPA1B"]);
        var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content));
        await factory.WithDbAsync(async db =>
        {
            var item = await db.Set<EvidenceItem>().Include(i => i.Revisions).Include(i => i.Links).SingleAsync(i => i.Id == body.Id);
            item.Title.ShouldBe("SK Tim Kerja ZI");
            item.AreaCode.ShouldBe("A");
            item.Tags.ShouldBe("uji, otomatis");
            item.DocumentDate.ShouldBe(DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-30)));
            item.Links.Select(l => l.QuestionCode).Order().ShouldBe(["PPA1A", "PPA1B"]);
            var revision = item.Revisions.Single();
            item.CurrentRevisionId.ShouldBe(revision.Id);
            revision.StoredFileSha256.ShouldBe(sha);
            revision.SizeBytes.ShouldBe(content.Length);
            revision.ContentType.ShouldBe("application/pdf");
            revision.FileName.ShouldBe("SK_Tim_Kerja.pdf");
            (await db.Set<StoredFile>().SingleAsync(f => f.Sha256 == sha)).SizeBytes.ShouldBe(content.Length);
        });
        var path = Path.Combine(factory.DataPath, "files", sha[..2], sha[2..4], sha);
        (await File.ReadAllBytesAsync(path)).ShouldBe(content);
        TempFiles().ShouldBeEmpty();
    }

    [Fact]
    public async Task Title_defaults_to_the_file_name_and_area_to_the_first_question()
    {
        var client = await EvidenceClient.SignedInAsync(factory, "ketua@zi.demo");
        var office = await EvidenceTestData.OfficeIdAsync(factory);
        var (status, body) = await client.UploadAsync(EvidenceDemoFiles.Png(10, 10, 1, 2, 3), "Foto sosialisasi.png", office, "PPF1A");
        status.ShouldBe(HttpStatusCode.OK, body.Message);
        body.Title.ShouldBe("Foto sosialisasi");
        (await factory.WithDbAsync(db => db.Set<EvidenceItem>().Where(i => i.Id == body.Id).Select(i => i.AreaCode).SingleAsync())).ShouldBe("F");
    }

    [Fact]
    public async Task Duplicate_upload_is_stored_once()
    {
        var client = await EvidenceClient.SignedInAsync(factory, "ketua@zi.demo");
        var office = await EvidenceTestData.OfficeIdAsync(factory);
        var content = EvidenceTestData.Pdf("Duplikat");
        var first = await client.UploadAsync(content, "notulen.pdf", office, "PPA1B");
        var second = await client.UploadAsync(content, "notulen (1).pdf", office, "PPA2A");

        first.Body.Ok.ShouldBeTrue(first.Body.Message);
        first.Body.Deduplicated.ShouldBeFalse();
        second.Body.Ok.ShouldBeTrue(second.Body.Message);
        second.Body.Deduplicated.ShouldBeTrue();
        second.Body.Message.ShouldContain("disimpan sekali");
        var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content));
        (await factory.WithDbAsync(db => db.Set<StoredFile>().CountAsync(f => f.Sha256 == sha))).ShouldBe(1);
        (await factory.WithDbAsync(db => db.Set<EvidenceRevision>().CountAsync(r => r.StoredFileSha256 == sha))).ShouldBe(2);
        Directory.GetFiles(Path.Combine(factory.DataPath, "files"), sha, SearchOption.AllDirectories).Length.ShouldBe(1);
    }

    public static TheoryData<string, string, int, string> BadFiles => new()
    {
        { "zero", "kosong.pdf", 415, "Berkas kosong (0 byte) tidak dapat diunggah." },
        { "text", "catatan.txt", 415, "Jenis berkas .txt tidak diizinkan" },
        { "exe", "laporan.pdf", 415, "Berkas program (executable) tidak diizinkan." },
        { "svg", "logo.svg", 415, "Berkas SVG tidak diizinkan" },
        { "svg", "logo.png", 415, "Berkas SVG tidak diizinkan" },
        { "html", "halaman.html", 415, "Berkas HTML tidak diizinkan" },
        { "html", "laporan.pdf", 415, "Berkas HTML tidak diizinkan" },
        { "png", "laporan.pdf", 415, "Isi berkas tidak sesuai dengan ekstensinya (.pdf)" },
        { "zip", "semua.pdf", 415, "Arsip (ZIP) tidak diizinkan" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task Bad_files_are_refused_and_leave_nothing_behind(string sample, string fileName, int status, string message)
    {
        var client = await EvidenceClient.SignedInAsync(factory, "ketua@zi.demo");
        var office = await EvidenceTestData.OfficeIdAsync(factory);
        var before = await CountsAsync();

        var result = await client.UploadAsync(Sample(sample), fileName, office, "PPA1A");

        ((int)result.Status).ShouldBe(status);
        result.Body.Ok.ShouldBeFalse();
        result.Body.Message.ShouldContain(message);
        (await CountsAsync()).ShouldBe(before);
        TempFiles().ShouldBeEmpty();
    }

    [Fact]
    public async Task Upload_rejects_executable_renamed_to_pdf()
    {
        var client = await EvidenceClient.SignedInAsync(factory, "ketua@zi.demo");
        var office = await EvidenceTestData.OfficeIdAsync(factory);
        byte[] exe = [.. "MZ"u8, 0x90, 0, .. Encoding.ASCII.GetBytes("This program cannot be run in DOS mode."), .. new byte[512]];
        var (status, body) = await client.UploadAsync(exe, "Laporan Kinerja.pdf", office, "PPD1A");
        status.ShouldBe(HttpStatusCode.UnsupportedMediaType);
        body.Message.ShouldBe("Berkas program (executable) tidak diizinkan.");
        Directory.EnumerateFiles(Path.Combine(factory.DataPath, "files"), "*", SearchOption.AllDirectories)
            .ShouldNotContain(f => Path.GetFileName(f) == Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(exe)));
    }

    [Fact]
    public async Task Path_traversal_file_name_is_harmless()
    {
        var client = await EvidenceClient.SignedInAsync(factory, "ketua@zi.demo");
        var office = await EvidenceTestData.OfficeIdAsync(factory);
        var (status, body) = await client.UploadAsync(EvidenceTestData.Pdf("traversal"), "../../etc/passwd\u0007.pdf", office, "PPA1A");

        status.ShouldBe(HttpStatusCode.OK, body.Message);
        var revision = await factory.WithDbAsync(db => db.Set<EvidenceRevision>().SingleAsync(r => r.EvidenceItemId == body.Id));
        revision.FileName.ShouldBe("passwd.pdf");
        body.Title.ShouldBe("passwd");
        File.Exists(Path.GetFullPath(Path.Combine(factory.DataPath, "tmp", "uploads", "../../etc/passwd.pdf"))).ShouldBeFalse();

        var download = await client.Http.GetAsync($"/eviden/berkas/unduh/{body.Id}");
        download.Content.Headers.ContentDisposition!.ToString().ShouldBe("attachment; filename=passwd.pdf; filename*=UTF-8''passwd.pdf");
    }

    [Fact]
    public async Task Metadata_is_checked_before_the_file_is_read()
    {
        var client = await EvidenceClient.SignedInAsync(factory, "ketua@zi.demo");
        var office = await EvidenceTestData.OfficeIdAsync(factory);
        var fields = EvidenceClient.Fields(office, ["PPX9Z"]);
        fields["DocumentDate"] = "2026-02-31";
        fields["Year"] = "1990";
        var (status, body) = await client.UploadAsync(new ByteArrayContent(EvidenceTestData.Pdf("x")), "a.pdf", fields);
        status.ShouldBe(HttpStatusCode.BadRequest);
        body.Message.ShouldContain("Tanggal dokumen '2026-02-31' tidak valid.");
        body.Message.ShouldContain("Tahun penilaian harus antara 2015");

        fields["Year"] = "-1";
        var (negative, negativeBody) = await client.UploadAsync(new ByteArrayContent(EvidenceTestData.Pdf("x")), "a.pdf", fields);
        negative.ShouldBe(HttpStatusCode.BadRequest);
        negativeBody.Message.ShouldContain("Tahun penilaian harus antara 2015", customMessage: "Year=-1 gets the range message");
        negativeBody.Message.ShouldNotContain("wajib diisi dengan angka");

        fields = EvidenceClient.Fields(office, ["PPX9Z", "PPA1A"]);
        (status, body) = await client.UploadAsync(new ByteArrayContent(EvidenceTestData.Pdf("x")), "a.pdf", fields);
        status.ShouldBe(HttpStatusCode.BadRequest);
        body.Message.ShouldBe("Kode pertanyaan LKE tidak dikenal: PPX9Z.");

        fields = EvidenceClient.Fields(office, []);
        (_, body) = await client.UploadAsync(new ByteArrayContent(EvidenceTestData.Pdf("x")), "a.pdf", fields);
        body.Message.ShouldContain("Pilih area perubahan atau pertanyaan LKE.");
        TempFiles().ShouldBeEmpty();
    }

    [Fact]
    public async Task Upload_without_the_antiforgery_token_is_refused()
    {
        var client = await EvidenceClient.SignedInAsync(factory, "ketua@zi.demo");
        var office = await EvidenceTestData.OfficeIdAsync(factory);
        using var form = new MultipartFormDataContent();
        foreach (var (key, value) in EvidenceClient.Fields(office, ["PPA1A"]))
        {
            form.Add(new StringContent(value), key);
        }
        form.Add(new ByteArrayContent(EvidenceTestData.Pdf("csrf")), "file", "csrf.pdf");
        var before = await CountsAsync();
        var response = await client.Http.PostAsync("/eviden/unggahan", form);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain("Sesi halaman kedaluwarsa");
        (await CountsAsync()).ShouldBe(before);

        // A header with a wrong token is refused by the antiforgery check itself.
        using var forged = new HttpRequestMessage(HttpMethod.Post, "/eviden/unggahan") { Content = form };
        forged.Headers.Add("RequestVerificationToken", "palsu");
        (await client.Http.SendAsync(forged)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await CountsAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Upload_page_prefills_unit_year_and_question()
    {
        var client = await EvidenceClient.SignedInAsync(factory, "ketua@zi.demo");
        var office = await EvidenceTestData.OfficeIdAsync(factory);
        var page = await client.GetDocumentAsync($"/eviden/unggah?unitId={office}&year=2025&question=PPA1B");
        page.QuerySelector("#Year")!.GetAttribute("value").ShouldBe("2025");
        page.QuerySelector("#QuestionCodes option[value=PPA1B]")!.HasAttribute("selected").ShouldBeTrue();
        page.QuerySelector("#AreaCode option[value=A]")!.HasAttribute("selected").ShouldBeTrue();
        page.QuerySelector("input[type=file]")!.GetAttribute("accept").ShouldBe(".pdf,.jpg,.jpeg,.png,.docx,.xlsx,.pptx,.mp4");
        page.QuerySelector("form[data-evidence-upload] input[name=__RequestVerificationToken]").ShouldNotBeNull();
    }

    private string[] TempFiles()
    {
        var temp = Path.Combine(factory.DataPath, "tmp", "uploads");
        return Directory.Exists(temp) ? Directory.GetFiles(temp) : [];
    }

    private Task<(int Items, int Revisions, int Files, int Stored)> CountsAsync() => factory.WithDbAsync(async db =>
        (await db.Set<EvidenceItem>().CountAsync(), await db.Set<EvidenceRevision>().CountAsync(), await db.Set<StoredFile>().CountAsync(),
            Directory.Exists(Path.Combine(factory.DataPath, "files")) ? Directory.GetFiles(Path.Combine(factory.DataPath, "files"), "*", SearchOption.AllDirectories).Length : 0));

    private static byte[] Sample(string name) => name switch
    {
        "zero" => [],
        "text" => Encoding.UTF8.GetBytes("teks biasa"),
        "exe" => [.. "MZ"u8, 0x90, 0, .. new byte[200]],
        "svg" => Encoding.UTF8.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"><script>alert(2)</script></svg>"),
        "html" => Encoding.UTF8.GetBytes("<!doctype html><html><body onload=alert(1)></body></html>"),
        "png" => EvidenceDemoFiles.Png(4, 4),
        "zip" => ZipOf("a.txt"),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    private static byte[] ZipOf(string entry)
    {
        using var buffer = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(buffer, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry(entry).Open());
            writer.Write("isi");
        }
        return buffer.ToArray();
    }
}

/// <summary>A request body that fails part-way, like a phone losing its connection mid-upload.</summary>
public sealed class BreakingStream(byte[] prefix, int breakAfter) : Stream
{
    private long _position;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => _position; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        if (_position >= breakAfter)
        {
            throw new IOException("Koneksi terputus (simulasi).");
        }
        var n = (int)Math.Min(count, breakAfter - _position);
        for (var i = 0; i < n; i++)
        {
            var at = _position + i;
            buffer[offset + i] = at < prefix.Length ? prefix[at] : (byte)'x';
        }
        _position += n;
        return n;
    }

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
