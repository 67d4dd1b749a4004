using System.Net;
using Microsoft.EntityFrameworkCore;
using ZonaIntegritas.IntegrationTests.Infrastructure;
using ZonaIntegritas.Web.Domain.Evidence;

namespace ZonaIntegritas.IntegrationTests.Evidence;

/// <summary>The portal with <c>Uploads:PerUserPerMinute = 2</c> (quota off).</summary>
public sealed class UploadRateFactory : PortalFactory
{
    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Uploads:PerUserPerMinute"] = "2",
        ["Uploads:UnitQuotaBytes"] = "0",
    };
}

/// <summary>The portal with a unit quota smaller than the demo evidence already held (rate off).</summary>
public sealed class UploadQuotaFactory : PortalFactory
{
    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Uploads:PerUserPerMinute"] = "0",
        ["Uploads:UnitQuotaBytes"] = "1",
    };
}

/// <summary>Issue 18 item 6: per-user upload rate and per-unit storage quota, with Indonesian messages.</summary>
public class UploadRateTests(UploadRateFactory factory) : IClassFixture<UploadRateFactory>
{
    [Fact]
    public async Task A_third_upload_within_a_minute_is_refused_with_the_rate_message_and_saves_nothing()
    {
        var client = await EvidenceClient.SignedInAsync(factory, "ketua@zi.demo");
        var office = await EvidenceTestData.OfficeIdAsync(factory);
        (await client.UploadAsync(EvidenceTestData.Pdf("satu"), "satu.pdf", office, "PPA1A")).Status.ShouldBe(HttpStatusCode.OK);
        (await client.UploadAsync(EvidenceTestData.Pdf("dua"), "dua.pdf", office, "PPA1A")).Status.ShouldBe(HttpStatusCode.OK);
        var items = await factory.WithDbAsync(db => db.Set<EvidenceItem>().CountAsync());

        var (status, body) = await client.UploadAsync(EvidenceTestData.Pdf("tiga"), "tiga.pdf", office, "PPA1A");

        status.ShouldBe(HttpStatusCode.TooManyRequests);
        body.Ok.ShouldBeFalse();
        body.Message.ShouldBe("Terlalu banyak unggahan: paling banyak 2 berkas per menit untuk setiap pengguna. Tunggu sebentar, lalu unggah lagi.");
        (await factory.WithDbAsync(db => db.Set<EvidenceItem>().CountAsync())).ShouldBe(items);
    }
}

public class UploadQuotaTests(UploadQuotaFactory factory) : IClassFixture<UploadQuotaFactory>
{
    [Fact]
    public async Task An_upload_beyond_the_unit_quota_is_refused_with_the_quota_message_and_saves_nothing()
    {
        var client = await EvidenceClient.SignedInAsync(factory, "ketua@zi.demo");
        var office = await EvidenceTestData.OfficeIdAsync(factory);
        var items = await factory.WithDbAsync(db => db.Set<EvidenceItem>().CountAsync());

        var (status, body) = await client.UploadAsync(EvidenceTestData.Pdf("kuota"), "kuota.pdf", office, "PPA1A");

        status.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        body.Ok.ShouldBeFalse();
        body.Message.ShouldStartWith("Kuota penyimpanan unit ini penuh: terpakai ");
        body.Message.ShouldEndWith("Hapus eviden yang tidak diperlukan atau minta Administrator menambah kuota.");
        (await factory.WithDbAsync(db => db.Set<EvidenceItem>().CountAsync())).ShouldBe(items);
    }
}
