using Microsoft.EntityFrameworkCore;
using ZonaIntegritas.Web.Configuration;
using ZonaIntegritas.Web.Domain.Assessments;
using ZonaIntegritas.Web.Infrastructure.Data;
using ZonaIntegritas.Web.Infrastructure.Seeding;

namespace ZonaIntegritas.Web.Features.Reports;

/// <summary>
/// Demo data so that every section of the report is filled: a few notes of the penilai internal on the demo
/// assessment (from an informal pre-review) and two questions marked "perlu perbaikan". Runs after the assessment
/// and evidence demo data, only when the demo assessment has no assessor answers yet. Skipped in the "Testing"
/// environment: other features' tests expect the demo assessment without assessor answers.
/// </summary>
public sealed class ReportDemoData(AppDbContext db, IHostEnvironment environment, TimeProvider clock, ILogger<ReportDemoData> logger) : IStartupTask
{
    public int Order => 950;

    private static readonly (string Code, string? Option, string Note, string? Fix)[] Notes =
    [
        ("PPA1A", null, "SK Tim Kerja sudah lengkap dan ditandatangani kepala kantor.", null),
        ("PPA2A", "B", "Rencana kerja belum memuat target prioritas yang terukur.", "Lengkapi target prioritas dan kaitkan dengan indikator WBK."),
        ("PPC4A", null, "Perjanjian kinerja belum ditandatangani pimpinan.", "Unggah perjanjian kinerja yang sudah ditandatangani pimpinan."),
        ("PPF1A", null, "Standar pelayanan sudah dipublikasikan di ruang PTSP.", null),
    ];

    public async Task RunAsync(IServiceProvider services, CancellationToken ct)
    {
        if (environment.IsEnvironment("Testing"))
        {
            return;
        }
        var office = await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Code == DemoSeeder.OfficeCode, ct);
        if (office is null)
        {
            return;
        }
        var assessment = await db.Set<Assessment>().AsNoTracking().Where(a => a.UnitId == office.Id).OrderByDescending(a => a.Year).FirstOrDefaultAsync(ct);
        var penilai = await db.Users.AsNoTracking().Where(u => u.Email == "penilai@zi.demo").Select(u => new { u.Id, u.FullName }).FirstOrDefaultAsync(ct);
        if (assessment is null || penilai is null || await db.Set<AssessorAnswer>().AnyAsync(a => a.AssessmentId == assessment.Id, ct))
        {
            return;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var (code, option, note, fix) in Notes)
        {
            var answer = new AssessorAnswer(assessment.Id, code, penilai.Id);
            var history = answer.Change(option, null, note, fix is not null, fix, penilai.Id, penilai.FullName, now);
            db.Add(answer);
            if (history is not null)
            {
                db.Add(history);
            }
        }
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Demo assessor notes seeded on assessment {AssessmentId}", assessment.Id);
    }
}
