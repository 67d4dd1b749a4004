using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using ZonaIntegritas.Web.Configuration;
using ZonaIntegritas.Web.Domain.Assessments;
using ZonaIntegritas.Web.Domain.Lke;
using ZonaIntegritas.Web.Domain.Staff;
using ZonaIntegritas.Web.Domain.Units;
using ZonaIntegritas.Web.Domain.Users;
using ZonaIntegritas.Web.Features.Assessments;
using ZonaIntegritas.Web.Infrastructure.Data;
using ZonaIntegritas.Web.Infrastructure.Lke;
using ZonaIntegritas.Web.Infrastructure.Seeding;

namespace ZonaIntegritas.Web.Features.Rollup;

/// <summary>
/// Demo data for the dashboard and the roll-up: assessments for a KUA and two madrasah of the demo office at
/// different stages and scores, daily score snapshots since 1 January for every demo assessment, and the
/// <c>kanwil@zi.demo</c> Pimpinan at the Kanwil. Idempotent; runs only where the demo office exists.
/// </summary>
public sealed class RollupDemoData(AppDbContext db, UserManager<AppUser> users, ILkeTemplateProvider templates, TimeProvider clock, ILogger<RollupDemoData> logger) : IStartupTask
{
    public const string KanwilEmail = "kanwil@zi.demo";

    /// <summary>After the office's own demo assessment (900).</summary>
    public int Order => 950;

    private static readonly (string Code, TargetPredicate Target, AssessmentStage Stage, int Quality, decimal Ipak, string Grade, decimal Ipkp)[] Units =
    [
        ("KUA-KLOJEN", TargetPredicate.Wbk, AssessmentStage.InternalReview, 92, 3.70m, "B", 3.50m),
        ("MIN-1-MALANG", TargetPredicate.Wbk, AssessmentStage.SelfAssessment, 45, 3.30m, "C", 3.10m),
        ("MAN-2-MALANG", TargetPredicate.Wbk, AssessmentStage.SelfAssessment, 75, 3.62m, "B", 3.40m),
    ];

    public async Task RunAsync(IServiceProvider services, CancellationToken ct)
    {
        var office = await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Code == DemoSeeder.OfficeCode, ct);
        var template = await templates.FindAsync(LkeTemplateFile.DefaultVersion, ct);
        if (office?.ParentId is not { } kanwilId || template is null || await db.Users.AnyAsync(u => u.Email == KanwilEmail, ct))
        {
            return;
        }
        var today = new Infrastructure.Time.UnitClock(clock).TodayIn(office.TimeZone);
        var now = clock.GetUtcNow().UtcDateTime;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var head = new StaffMember { FullName = "Abdul Karim Hidayat", Position = "Kepala Kantor Wilayah", UnitId = kanwilId, Email = KanwilEmail, Nip = DemoSeeder.DemoNip(60) };
        db.Staff.Add(head);
        await db.SaveChangesAsync(ct);
        var user = new AppUser
        {
            UserName = KanwilEmail,
            Email = KanwilEmail,
            EmailConfirmed = true,
            FullName = head.FullName,
            UnitId = kanwilId,
            StaffMemberId = head.Id,
            CreatedAtUtc = now,
        };
        var created = await users.CreateAsync(user, DemoSeeder.Password);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException("Demo account could not be created: " + string.Join("; ", created.Errors.Select(e => e.Description)));
        }
        await users.AddToRoleAsync(user, Roles.Pimpinan);

        var penilai = await db.Users.AsNoTracking().Where(u => u.Email == "penilai@zi.demo").Select(u => u.Id).FirstOrDefaultAsync(ct) ?? user.Id;
        foreach (var (code, target, stage, quality, ipak, grade, ipkp) in Units)
        {
            var unit = await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Code == code, ct);
            if (unit is null || await db.Set<Assessment>().AnyAsync(a => a.UnitId == unit.Id && a.Year == today.Year, ct))
            {
                continue;
            }
            var assessment = Assessment.Create(unit.Id, today.Year, target, LkeTemplateFile.DefaultVersion);
            assessment.SetWindow(AssessmentStage.SelfAssessment, new DateOnly(today.Year, 1, 1), new DateOnly(today.Year, 12, 31));
            db.Add(assessment);
            await db.SaveChangesAsync(ct);
            Answer(template, assessment.Id, quality, user.Id, now);
            foreach (var (hasilCode, answer) in new[] { ("HBA", HasilAnswer.FromIndex(ipak)), ("HBB", HasilAnswer.Grade(grade)), ("HPA", HasilAnswer.FromIndex(ipkp)) })
            {
                var entry = new HasilEntry(assessment.Id, hasilCode);
                entry.Change(answer with { Provisional = true }, "Survei mandiri unit (perkiraan)", user.Id, "Sistem", now);
                db.Add(entry);
            }
            if (stage == AssessmentStage.InternalReview)
            {
                assessment.SetWindow(AssessmentStage.InternalReview, today.AddDays(-10), today.AddDays(20));
                db.Add(assessment.Approve(user.Id, "Pimpinan (demo)", now, null));
                db.Add(assessment.Submit(user.Id, "Tim ZI (demo)", now, approvalCurrent: true));
                db.Add(assessment.StartReview(penilai, "Penilai Internal (demo)", now, today));
                // The assessors lower a few self-scores: self-scores drop at review.
                foreach (var question in template.Questions.Where(q => q.Type != AnswerType.Percentage).Take(12))
                {
                    var review = new AssessorAnswer(assessment.Id, question.Code, penilai);
                    var lowered = question.Options.OrderByDescending(o => o.Value).Skip(1).First().Key;
                    review.Change(lowered, null, "Eviden belum menunjukkan penerapan penuh.", question.Code.EndsWith('A'), question.Code.EndsWith('A') ? "Lengkapi eviden penerapan." : null, penilai, "Penilai Internal", now);
                    db.Add(review);
                }
            }
            await db.SaveChangesAsync(ct);
        }
        await SnapshotsAsync(template, today, now, ct);
        await tx.CommitAsync(ct);
        logger.LogInformation("Roll-up demo data seeded: child assessments, snapshots and {Email}", KanwilEmail);
    }

    /// <summary>Answers every question: about <paramref name="quality"/> % of the best value, deterministic.</summary>
    private void Answer(LkeTemplate template, int assessmentId, int quality, string userId, DateTime now)
    {
        var i = 0;
        foreach (var question in template.Questions)
        {
            i++;
            var answer = new UnitAnswer(assessmentId, question.Code);
            if (question.Percentage is { } rule)
            {
                var inputs = rule.Inputs.ToDictionary(x => x.Key, x => x.Key == rule.Denominator ? 10L : x.Key == rule.Numerator
                    ? (rule.Formula == PercentageFormula.Decrease ? 10L - quality / 10 : quality / 10)
                    : 1L);
                answer.Change(null, inputs, null, userId, "Sistem", now);
            }
            else
            {
                var ordered = question.Options.OrderByDescending(o => o.Value).ToList();
                var step = (i * 37 % 100) < quality ? 0 : Math.Min(ordered.Count - 1, 1 + i % 2);
                answer.Change(ordered[step].Key, null, null, userId, "Sistem", now);
            }
            db.Add(answer);
        }
    }

    /// <summary>One snapshot a day since 1 January for every demo assessment, rising towards today's score.</summary>
    private async Task SnapshotsAsync(LkeTemplate template, DateOnly today, DateTime now, CancellationToken ct)
    {
        var ids = await db.Set<Assessment>().AsNoTracking().Where(a => a.Year == today.Year).Select(a => new { a.Id, a.UnitId }).ToListAsync(ct);
        foreach (var a in ids)
        {
            if (await db.Set<ScoreSnapshot>().AnyAsync(s => s.AssessmentId == a.Id, ct))
            {
                continue;
            }
            var unitAnswers = await db.Set<UnitAnswer>().AsNoTracking().Where(x => x.AssessmentId == a.Id).ToListAsync(ct);
            var hasil = await db.Set<HasilEntry>().AsNoTracking().Where(x => x.AssessmentId == a.Id).ToListAsync(ct);
            var score = LkeScorer.Score(template, new AssessmentAnswers(unitAnswers, hasil, []).UnitSet(false));
            var start = new DateOnly(today.Year, 1, 1);
            var days = today.DayNumber - start.DayNumber;
            for (var d = 0; d < days; d++)
            {
                var share = 0.3m + 0.7m * d / Math.Max(1, days);
                var wobble = (d * 13 % 7 - 3) * 0.1m;
                db.Add(new ScoreSnapshot(a.Id, ScoreBasis.Unit, start.AddDays(d),
                    Math.Max(0m, Math.Round(score.Total * share + wobble, 4)), Math.Max(0m, Math.Round(score.Pengungkit * share + wobble, 4)), now));
            }
        }
        await db.SaveChangesAsync(ct);
    }
}
