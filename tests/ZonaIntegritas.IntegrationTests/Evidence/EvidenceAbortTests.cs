using System.Net;
using Microsoft.EntityFrameworkCore;
using ZonaIntegritas.Web.Domain.Evidence;

namespace ZonaIntegritas.IntegrationTests.Evidence;

/// <summary>A connection that drops mid-upload (over real Kestrel sockets) leaves neither a record nor a partial file.</summary>
public class EvidenceAbortTests(KestrelPortalFactory factory) : IClassFixture<KestrelPortalFactory>
{
    [Fact]
    public async Task Aborted_upload_leaves_no_record_and_no_file()
    {
        var client = await EvidenceClient.SignedInAsync(factory.BaseAddress, "ketua@zi.demo");
        var office = await EvidenceTestData.OfficeIdAsync(factory);
        var before = await CountsAsync();

        var aborted = new StreamContent(new BreakingStream(EvidenceTestData.Pdf("putus"), breakAfter: 3_000_000));
        var ex = await Should.ThrowAsync<HttpRequestException>(() => client.UploadAsync(aborted, "besar.pdf", EvidenceClient.Fields(office, ["PPA1A"])));
        ex.ShouldNotBeNull();

        // The server notices the dropped connection and cleans up on its own schedule.
        for (var i = 0; i < 100 && TempFiles().Length > 0; i++)
        {
            await Task.Delay(100);
        }
        TempFiles().ShouldBeEmpty();
        (await CountsAsync()).ShouldBe(before);

        // The server is fine afterwards.
        var (status, body) = await client.UploadAsync(EvidenceTestData.Pdf("utuh"), "utuh.pdf", office, "PPA1A");
        status.ShouldBe(HttpStatusCode.OK, body.Message);
    }

    private string[] TempFiles()
    {
        var temp = Path.Combine(factory.DataPath, "tmp", "uploads");
        return Directory.Exists(temp) ? Directory.GetFiles(temp) : [];
    }

    private Task<(int Items, int Revisions, int Stored)> CountsAsync() => factory.WithDbAsync(async db =>
        (await db.Set<EvidenceItem>().CountAsync(), await db.Set<EvidenceRevision>().CountAsync(), await db.Set<StoredFile>().CountAsync()));
}
