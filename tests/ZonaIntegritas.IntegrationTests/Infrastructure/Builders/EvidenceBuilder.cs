using System.Text;
using Microsoft.Extensions.DependencyInjection;
using ZonaIntegritas.Web.Domain.Evidence;
using ZonaIntegritas.Web.Infrastructure.Files;

namespace ZonaIntegritas.IntegrationTests.Infrastructure.Builders;

/// <summary>
/// An evidence item of a unit with one stored revision (a small PDF in the real file store), uploaded by
/// <see cref="UploadedById"/>, linked to <see cref="QuestionCodes"/> for the year; its change area is the first code's.
/// </summary>
public sealed record EvidenceBuilder(int UnitId, string UploadedById)
{
    public string Title { get; init; } = "SK Tim Pembangunan Zona Integritas";
    public int Year { get; init; } = AssessmentBuilder.Today.Year;
    public string[] QuestionCodes { get; init; } = ["PPA1A"];
    public byte[] Content { get; init; } = Encoding.ASCII.GetBytes("%PDF-1.4\n% uji " + Guid.NewGuid().ToString("N") + "\n%%EOF\n");

    public EvidenceBuilder Titled(string title) => this with { Title = title };

    public EvidenceBuilder ForYear(int year) => this with { Year = year };

    public EvidenceBuilder LinkedTo(params string[] codes) => this with { QuestionCodes = codes };

    /// <summary>Stores the file, saves the item, its revision and links; returns the item's id.</summary>
    public Task<int> CreateAsync(PortalFactory portal) => portal.WithScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<Web.Infrastructure.Data.AppDbContext>();
        var store = sp.GetRequiredService<IFileStore>();
        await using var staged = await store.StageAsync(new MemoryStream(Content), long.MaxValue);
        await store.CommitAsync(staged);
        if (await db.Set<StoredFile>().FindAsync(staged.Sha256) is null)
        {
            db.Add(new StoredFile { Sha256 = staged.Sha256, SizeBytes = staged.Length, ContentType = "application/pdf", CreatedAtUtc = DateTime.UtcNow });
        }
        var item = new EvidenceItem
        {
            UnitId = UnitId,
            Title = Title,
            DocumentDate = new DateOnly(Year, 3, 1),
            Year = Year,
            AreaCode = QuestionCodes[0][2..3],
            UploadedById = UploadedById,
        };
        var revision = new EvidenceRevision
        {
            Item = item,
            Number = 1,
            StoredFileSha256 = staged.Sha256,
            SizeBytes = staged.Length,
            ContentType = "application/pdf",
            FileName = "berkas.pdf",
            Extension = ".pdf",
            UploadedById = UploadedById,
            UploadedAtUtc = DateTime.UtcNow,
        };
        item.Revisions.Add(revision);
        foreach (var code in QuestionCodes)
        {
            item.Links.Add(new EvidenceLink { UnitId = UnitId, Year = Year, QuestionCode = code });
        }
        db.Add(item);
        await db.SaveChangesAsync();
        item.CurrentRevisionId = revision.Id;
        await db.SaveChangesAsync();
        return item.Id;
    });
}
