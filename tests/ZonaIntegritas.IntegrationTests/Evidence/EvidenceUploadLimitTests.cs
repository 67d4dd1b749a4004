using System.Net;
using Microsoft.EntityFrameworkCore;
using ZonaIntegritas.IntegrationTests.Infrastructure;
using ZonaIntegritas.Web.Domain.Evidence;

namespace ZonaIntegritas.IntegrationTests.Evidence;

/// <summary>The portal with <c>Storage:MaxUploadMegabytes = 1</c>.</summary>
public sealed class SmallUploadLimitFactory : PortalFactory
{
    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["Storage:MaxUploadMegabytes"] = "1" };
}

public class EvidenceUploadLimitTests(SmallUploadLimitFactory factory) : IClassFixture<SmallUploadLimitFactory>
{
    private const int OneMegabyte = 1024 * 1024;

    [Fact]
    public async Task Oversize_upload_is_refused_with_a_clear_message_and_leaves_nothing()
    {
        var client = await EvidenceClient.SignedInAsync(factory, "ketua@zi.demo");
        var office = await EvidenceTestData.OfficeIdAsync(factory);
        var items = await factory.WithDbAsync(db => db.Set<EvidenceItem>().CountAsync());
        var stored = await factory.WithDbAsync(db => db.Set<StoredFile>().CountAsync());
        var files = StoredFiles();

        var (status, body) = await client.UploadAsync(PdfOfSize(OneMegabyte + 1), "besar.pdf", office, "PPA1A");

        status.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        body.Ok.ShouldBeFalse();
        body.Message.ShouldBe("Ukuran berkas melebihi batas 1 MB per berkas.");
        (await factory.WithDbAsync(db => db.Set<EvidenceItem>().CountAsync())).ShouldBe(items);
        (await factory.WithDbAsync(db => db.Set<StoredFile>().CountAsync())).ShouldBe(stored);
        Directory.GetFiles(Path.Combine(factory.DataPath, "tmp", "uploads")).ShouldBeEmpty();
        StoredFiles().ShouldBe(files);
    }

    [Fact]
    public async Task A_file_exactly_at_the_limit_is_accepted()
    {
        var client = await EvidenceClient.SignedInAsync(factory, "ketua@zi.demo");
        var office = await EvidenceTestData.OfficeIdAsync(factory);
        var (status, body) = await client.UploadAsync(PdfOfSize(OneMegabyte), "pas.pdf", office, "PPA1A");
        status.ShouldBe(HttpStatusCode.OK, body.Message);
    }

    [Fact]
    public async Task Upload_page_tells_the_limit()
    {
        var client = await EvidenceClient.SignedInAsync(factory, "ketua@zi.demo");
        var page = await client.GetDocumentAsync("/eviden/unggah");
        page.QuerySelector("form[data-evidence-upload]")!.GetAttribute("data-max-bytes").ShouldBe(OneMegabyte.ToString());
        page.Body!.TextContent.ShouldContain("paling besar 1 MB per berkas");
    }

    private string[] StoredFiles() => Directory.GetFiles(Path.Combine(factory.DataPath, "files"), "*", SearchOption.AllDirectories);

    private static byte[] PdfOfSize(int size)
    {
        var content = new byte[size];
        "%PDF-1.4\n"u8.CopyTo(content);
        Random.Shared.NextBytes(content.AsSpan(16));
        return content;
    }
}
