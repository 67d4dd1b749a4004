using Microsoft.EntityFrameworkCore;
using ZonaIntegritas.Web.Configuration;
using ZonaIntegritas.Web.Domain.Assessments;
using ZonaIntegritas.Web.Domain.Lke;
using ZonaIntegritas.Web.Domain.Units;
using ZonaIntegritas.Web.Domain.Users;
using ZonaIntegritas.Web.Infrastructure.Data;
using ZonaIntegritas.Web.Infrastructure.Lke;
using ZonaIntegritas.Web.Infrastructure.Seeding;

namespace ZonaIntegritas.Web.Features.Assessments;

/// <summary>
/// Demo data for the LKE: when the demo office exists and has no assessment yet, creates this year's WBK
/// assessment in Penilaian Mandiri (window 1 January – 31 December), about 60 % of the questions answered,
/// provisional Hasil values, and the interim area assignment A and B for anggota@zi.demo. Idempotent.
/// </summary>
public sealed class AssessmentDemoData(AppDbContext db, ILkeTemplateProvider templates, TimeProvider clock, ILogger<AssessmentDemoData> logger) : IStartupTask
{
    public const string AnggotaEmail = "anggota@zi.demo";

    /// <summary>After reference data (LKE versions) are loaded.</summary>
    public int Order => 900;

    public async Task RunAsync(IServiceProvider services, CancellationToken ct)
    {
        var office = await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Code == DemoSeeder.OfficeCode, ct);
        if (office is null || await db.Set<Assessment>().AnyAsync(a => a.UnitId == office.Id, ct))
        {
            return;
        }
        var template = await templates.FindAsync(LkeTemplateFile.DefaultVersion, ct);
        if (template is null)
        {
            return;
        }
        var year = new Infrastructure.Time.UnitClock(clock).TodayIn(office.TimeZone).Year;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var assessment = Assessment.Create(office.Id, year, TargetPredicate.Wbk, LkeTemplateFile.DefaultVersion);
        assessment.SetWindow(AssessmentStage.SelfAssessment, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        db.Add(assessment);
        await LkeVersionLock.LockAsync(db, LkeTemplateFile.DefaultVersion, clock.GetUtcNow().UtcDateTime, ct);
        await db.SaveChangesAsync(ct);

        var ketua = await db.Users.AsNoTracking().Where(u => u.Email == "ketua@zi.demo").Select(u => new { u.Id, u.FullName }).FirstOrDefaultAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var i = 0;
        var answered = 0;
        foreach (var question in template.Questions)
        {
            i++;
            // Deterministic spread: 6 of every 10 questions answered, mostly good answers.
            if (i * 7 % 10 >= 6)
            {
                continue;
            }
            var answer = new UnitAnswer(assessment.Id, question.Code);
            var (option, inputs) = DemoAnswer(question, i);
            answer.Change(option, inputs, i % 4 == 0 ? "Eviden tersedia di folder bersama Tim ZI." : null, ketua?.Id ?? "", ketua?.FullName ?? "Sistem", now);
            db.Add(answer);
            answered++;
        }
        foreach (var (code, hasil) in new[]
        {
            ("HBA", new HasilAnswer(3.45m, Provisional: true)),
            ("HBB", new HasilAnswer(null, OptionKey: "B", Provisional: true)),
            ("HPA", new HasilAnswer(3.30m, Provisional: true)),
        })
        {
            if (template.FindHasil(code) is null)
            {
                continue;
            }
            var entry = new HasilEntry(assessment.Id, code);
            entry.Change(hasil, "Survei mandiri unit (perkiraan)", ketua?.Id ?? "", ketua?.FullName ?? "Sistem", now);
            db.Add(entry);
        }

        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        logger.LogInformation("Demo assessment {AssessmentId} seeded for {Year} with {Answered} answers", assessment.Id, year, answered);
    }

    private static (string? Option, IReadOnlyDictionary<string, long>? Inputs) DemoAnswer(LkeQuestionDef question, int i)
    {
        if (question.Percentage is { } rule)
        {
            var values = new Dictionary<string, long>(StringComparer.Ordinal);
            foreach (var input in rule.Inputs)
            {
                values[input.Key] = input.Key == rule.Denominator ? 10 : input.Key == rule.Numerator ? 8 - i % 3 : 1;
            }
            return (null, values);
        }
        // First option (best) for most, the second for every third question.
        var index = i % 3 == 0 && question.Options.Count > 1 ? 1 : 0;
        return (question.Options[index].Key, null);
    }
}
