using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ZonaIntegritas.IntegrationTests.Evidence;
using ZonaIntegritas.IntegrationTests.Infrastructure;
using ZonaIntegritas.Web.Domain.Assessments;
using ZonaIntegritas.Web.Domain.Evidence;
using ZonaIntegritas.Web.Features.Evidence;
using ZonaIntegritas.Web.Features.Reports;
using ZonaIntegritas.Web.Features.SubmissionCheck;
using ZonaIntegritas.Web.Infrastructure.Files;

namespace ZonaIntegritas.IntegrationTests.Reports;

/// <summary>Real rows for report and check tests: answers, assessor marks and evidence written through the DbContext and the file store.</summary>
public static class ReportTestData
{
    public static async Task SetUnitAnswerAsync(PortalFactory factory, int assessmentId, string code, string? option, IReadOnlyDictionary<string, long>? inputs = null, string? note = null) =>
        await factory.WithDbAsync(async db =>
        {
            var answer = await db.Set<UnitAnswer>().FirstOrDefaultAsync(a => a.AssessmentId == assessmentId && a.QuestionCode == code);
            if (answer is null)
            {
                answer = new UnitAnswer(assessmentId, code);
                db.Add(answer);
            }
            answer.Change(option, inputs, note, "test", "Test", DateTime.UtcNow);
            await db.SaveChangesAsync();
        });

    public static async Task SetAssessorAnswerAsync(PortalFactory factory, int assessmentId, string code, string? option, string? note, bool needsFix = false, string? fixNote = null) =>
        await factory.WithDbAsync(async db =>
        {
            var answer = await db.Set<AssessorAnswer>().FirstOrDefaultAsync(a => a.AssessmentId == assessmentId && a.QuestionCode == code);
            if (answer is null)
            {
                answer = new AssessorAnswer(assessmentId, code, "test");
                db.Add(answer);
            }
            answer.Change(option, null, note, needsFix, fixNote, "test", "Test", DateTime.UtcNow);
            await db.SaveChangesAsync();
        });

    /// <summary>An evidence item with one stored revision linked to <paramref name="codes"/> for the unit and year.</summary>
    public static async Task<int> AddEvidenceAsync(PortalFactory factory, int unitId, int year, string[] codes, string title, byte[] content,
        string contentType = "application/pdf", string extension = ".pdf", DateOnly? documentDate = null, EvidenceReviewStatus? review = null,
        bool needsRevalidation = false, int? itemYear = null)
    {
        return await factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<Web.Infrastructure.Data.AppDbContext>();
            var store = sp.GetRequiredService<IFileStore>();
            await using var staged = await store.StageAsync(new MemoryStream(content), long.MaxValue);
            await store.CommitAsync(staged);
            if (await db.Set<StoredFile>().FindAsync(staged.Sha256) is null)
            {
                db.Add(new StoredFile { Sha256 = staged.Sha256, SizeBytes = staged.Length, ContentType = contentType, CreatedAtUtc = DateTime.UtcNow });
            }
            var uploader = await db.Users.Where(u => u.Email == "ketua@zi.demo").Select(u => u.Id).SingleAsync();
            var item = new EvidenceItem
            {
                UnitId = unitId,
                Title = title,
                DocumentDate = documentDate ?? new DateOnly(year, 3, 1),
                Year = itemYear ?? year,
                AreaCode = codes[0][2..3],
                UploadedById = uploader,
            };
            var revision = new EvidenceRevision
            {
                Item = item,
                Number = 1,
                StoredFileSha256 = staged.Sha256,
                SizeBytes = staged.Length,
                ContentType = contentType,
                FileName = "berkas" + extension,
                Extension = extension,
                UploadedById = uploader,
                UploadedAtUtc = DateTime.UtcNow,
            };
            item.Revisions.Add(revision);
            foreach (var code in codes)
            {
                item.Links.Add(new EvidenceLink { UnitId = unitId, Year = year, QuestionCode = code, NeedsRevalidation = needsRevalidation });
            }
            db.Add(item);
            await db.SaveChangesAsync();
            item.CurrentRevisionId = revision.Id;
            if (review is { } status)
            {
                foreach (var link in item.Links)
                {
                    link.Review(revision.Id, status, "uji", uploader, DateTime.UtcNow);
                    link.NeedsRevalidation = needsRevalidation;
                }
            }
            await db.SaveChangesAsync();
            return item.Id;
        });
    }

    public static Task<ReportData> LoadAsync(PortalFactory factory, int assessmentId) =>
        factory.WithScopeAsync(sp => sp.GetRequiredService<ReportDataLoader>().LoadUncheckedAsync(assessmentId, CancellationToken.None));

    public static Task<SubmissionCheckResult> CheckAsync(PortalFactory factory, int assessmentId) =>
        factory.WithScopeAsync(sp => sp.GetRequiredService<SubmissionCheckService>().RunUncheckedAsync(assessmentId, CancellationToken.None));

    public static async Task<int> OfficeIdAsync(PortalFactory factory) => await EvidenceTestData.OfficeIdAsync(factory);

    /// <summary>Text of a PDF through poppler's <c>pdftotext -layout</c>, page by page.</summary>
    public static IReadOnlyList<string> PdfPages(byte[] pdf)
    {
        var file = Path.Combine(Path.GetTempPath(), "zi-report-" + Guid.NewGuid().ToString("N") + ".pdf");
        File.WriteAllBytes(file, pdf);
        try
        {
            var start = new ProcessStartInfo("pdftotext") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var arg in new[] { "-layout", file, "-" })
            {
                start.ArgumentList.Add(arg);
            }
            using var process = Process.Start(start)!;
            var text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            process.ExitCode.ShouldBe(0);
            return text.Split('\f');
        }
        finally
        {
            File.Delete(file);
        }
    }

    public static byte[] TestPdf(string text) => EvidenceDemoFiles.Pdf(text, Guid.NewGuid().ToString());
}
