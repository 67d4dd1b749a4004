using Microsoft.EntityFrameworkCore;
using ZonaIntegritas.Web.Configuration;
using ZonaIntegritas.Web.Domain.Evidence;
using ZonaIntegritas.Web.Infrastructure.Data;
using ZonaIntegritas.Web.Infrastructure.Files;
using ZonaIntegritas.Web.Infrastructure.Seeding;

namespace ZonaIntegritas.Web.Features.Evidence;

/// <summary>
/// A few evidence items for the demo office (generated PDFs and a PNG) linked to PPA1A/PPA1B and friends, in
/// several review states, plus last year's links for the carry-over button. Runs only when the demo office and
/// its accounts exist and the office has no evidence yet.
/// </summary>
public sealed class EvidenceDemoSeeder : IStartupTask
{
    public int Order => 500;

    private sealed record DemoItem(string Title, string Area, string[] Codes, int MonthsAgo, string Tags, string Kind, EvidenceReviewStatus? Review, string? Note, bool NewVersion, int YearOffset = 0);

    private static readonly DemoItem[] Items =
    [
        new("SK Tim Kerja Pembangunan ZI", "A", ["PPA1A", "PPA1B"], 10, "SK, Tim Kerja", "pdf", EvidenceReviewStatus.Accepted, null, false),
        new("Notulen rapat pembentukan Tim Kerja", "A", ["PPA1B"], 10, "notulen, rapat", "pdf", null, null, false),
        new("Dokumen rencana kerja pembangunan ZI", "A", ["PPA2A", "PPA2B"], 9, "rencana kerja", "pdf", EvidenceReviewStatus.NeedsFix, "Target prioritas belum dikaitkan dengan indikator WBK.", true),
        new("Foto sosialisasi pembangunan ZI", "A", ["PPA2C"], 8, "sosialisasi, foto", "png", null, null, false),
        new("Perjanjian kinerja individu pegawai", "C", ["PPC4A"], 11, "PK, SKP", "pdf", EvidenceReviewStatus.Rejected, "Berkas tidak memuat tanda tangan pimpinan.", false),
        new("SK Standar Pelayanan PTSP", "F", ["PPF1A"], 7, "SK, standar pelayanan, PTSP", "pdf", null, null, false),
        new("SK Tim Kerja Pembangunan ZI (tahun lalu)", "A", ["PPA1A", "PPA1B"], 22, "SK, Tim Kerja", "pdf", null, null, false, YearOffset: -1),
    ];

    public async Task RunAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<AppDbContext>();
        var office = await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Code == DemoSeeder.OfficeCode, ct);
        if (office is null || await db.Set<EvidenceItem>().AnyAsync(i => i.UnitId == office.Id, ct))
        {
            return;
        }
        var users = await db.Users.AsNoTracking()
            .Where(u => u.Email == "ketua@zi.demo" || u.Email == "anggota@zi.demo" || u.Email == "penilai@zi.demo")
            .ToDictionaryAsync(u => u.Email!, u => u.Id, ct);
        if (users.Count < 3)
        {
            return;
        }
        var store = services.GetRequiredService<IFileStore>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var year = now.Year;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var index = 0;
        foreach (var demo in Items)
        {
            index++;
            var uploader = demo.Area == "A" && index % 2 == 0 ? users["anggota@zi.demo"] : users["ketua@zi.demo"];
            var itemYear = year + demo.YearOffset;
            var item = new EvidenceItem
            {
                UnitId = office.Id,
                Title = demo.Title + (demo.YearOffset == 0 ? $" {itemYear}" : ""),
                Description = "Data contoh untuk demonstrasi portal.",
                DocumentDate = DateOnly.FromDateTime(now.AddMonths(-demo.MonthsAgo)),
                Year = itemYear,
                AreaCode = demo.Area,
                Tags = demo.Tags,
                UploadedById = uploader,
                CreatedBy = uploader,
            };
            var first = await AddRevisionAsync(db, store, item, 1, demo, itemYear, uploader, now.AddDays(-30), ct);
            foreach (var code in demo.Codes)
            {
                item.Links.Add(new EvidenceLink { UnitId = office.Id, Year = itemYear, QuestionCode = code, CreatedBy = uploader });
            }
            db.Add(item);
            await db.SaveChangesAsync(ct);
            item.CurrentRevisionId = first.Id;
            if (demo.Review is { } status)
            {
                foreach (var link in item.Links)
                {
                    link.Review(first.Id, status, demo.Note, users["penilai@zi.demo"], now.AddDays(-20));
                }
            }
            if (demo.NewVersion)
            {
                var second = await AddRevisionAsync(db, store, item, 2, demo, itemYear, uploader, now.AddDays(-5), ct);
                await db.SaveChangesAsync(ct);
                item.CurrentRevisionId = second.Id;
            }
            await db.SaveChangesAsync(ct);
        }
        await tx.CommitAsync(ct);
        services.GetRequiredService<ILogger<EvidenceDemoSeeder>>().LogInformation("Demo evidence seeded: {Count} items", Items.Length);
    }

    private static async Task<EvidenceRevision> AddRevisionAsync(AppDbContext db, IFileStore store, EvidenceItem item, int number, DemoItem demo, int year, string uploader, DateTime at, CancellationToken ct)
    {
        var bytes = demo.Kind == "png"
            ? EvidenceDemoFiles.Png(red: (byte)(40 * number), green: 135, blue: 84)
            : EvidenceDemoFiles.Pdf(demo.Title, $"Tahun {year} - versi {number}", "Kantor Kementerian Agama Kota Malang", "Dokumen contoh (demo).");
        await using var staged = await store.StageAsync(new MemoryStream(bytes), long.MaxValue, ct);
        await store.CommitAsync(staged, ct);
        var type = FileTypeInspector.Info(demo.Kind == "png" ? FileKind.Png : FileKind.Pdf);
        if (await db.Set<StoredFile>().FindAsync([staged.Sha256], ct) is null)
        {
            db.Add(new StoredFile { Sha256 = staged.Sha256, SizeBytes = staged.Length, ContentType = type.ContentType, CreatedAtUtc = at });
        }
        var fileName = FileNameSanitizer.Sanitize(demo.Title.Replace(' ', '_') + type.CanonicalExtension);
        var revision = new EvidenceRevision
        {
            Item = item,
            Number = number,
            StoredFileSha256 = staged.Sha256,
            SizeBytes = staged.Length,
            ContentType = type.ContentType,
            FileName = fileName,
            Extension = type.CanonicalExtension,
            UploadedById = uploader,
            UploadedAtUtc = at,
        };
        item.Revisions.Add(revision);
        return revision;
    }
}
