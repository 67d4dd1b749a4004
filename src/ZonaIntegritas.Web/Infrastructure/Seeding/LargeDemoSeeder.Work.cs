using Microsoft.EntityFrameworkCore;
using ZonaIntegritas.Web.Domain.Assessments;
using ZonaIntegritas.Web.Domain.Evidence;
using ZonaIntegritas.Web.Domain.Lke;
using ZonaIntegritas.Web.Domain.Teams;
using ZonaIntegritas.Web.Domain.Units;
using ZonaIntegritas.Web.Domain.WorkPlans;
using ZonaIntegritas.Web.Features.Evidence;
using ZonaIntegritas.Web.Infrastructure.Files;
using ZonaIntegritas.Web.Infrastructure.Lke;

namespace ZonaIntegritas.Web.Infrastructure.Seeding;

public sealed partial class LargeDemoSeeder
{
    private static readonly string[] DocumentKinds = ["SK", "Notulen rapat", "Laporan kegiatan", "Daftar hadir", "Foto kegiatan", "Surat edaran", "SOP"];

    /// <summary>Six small files stored once; every revision points at one of them (content-addressed).</summary>
    private async Task<List<(string Sha, long Size, FileTypeInfo Type)>> StoreFilesAsync(DateTime now, CancellationToken ct)
    {
        var store = services.GetRequiredService<IFileStore>();
        var files = new List<(string, long, FileTypeInfo)>();
        for (var i = 0; i < 6; i++)
        {
            var png = i >= 4;
            var bytes = png
                ? EvidenceDemoFiles.Png(red: (byte)(60 * i), green: 120, blue: 84)
                : EvidenceDemoFiles.Pdf($"Dokumen contoh {i + 1}", "Data demo skala Kanwil", "Kantor Wilayah Kementerian Agama Provinsi Jawa Timur");
            await using var staged = await store.StageAsync(new MemoryStream(bytes), long.MaxValue, ct);
            await store.CommitAsync(staged, ct);
            var type = FileTypeInspector.Info(png ? FileKind.Png : FileKind.Pdf);
            if (await db.Set<StoredFile>().FindAsync([staged.Sha256], ct) is null)
            {
                db.Add(new StoredFile { Sha256 = staged.Sha256, SizeBytes = staged.Length, ContentType = type.ContentType, CreatedAtUtc = now });
            }
            files.Add((staged.Sha256, staged.Length, type));
        }
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return files;
    }

    private async Task<int> AddEvidenceAsync(LkeTemplate template, List<OrgUnit> units, int officeId, int year, LargeDemoSize size,
        string ketuaId, string anggotaId, DateTime now, CancellationToken ct)
    {
        var files = await StoreFilesAsync(now, ct);
        var codes = template.Questions.Select(q => q.Code).Where(c => c.StartsWith("PP", StringComparison.Ordinal)).ToList();
        var plan = units.Select(u => (u.Id, size.EvidencePerUnit)).Append((officeId, size.OfficeExtraEvidence));
        var batch = new List<EvidenceItem>();
        var total = 0;
        foreach (var (unitId, count) in plan)
        {
            for (var i = 0; i < count; i++)
            {
                var code = Pick(codes);
                var file = Pick(files);
                var uploader = i % 3 == 0 ? anggotaId : ketuaId;
                var kind = Pick(DocumentKinds);
                var item = new EvidenceItem
                {
                    UnitId = unitId,
                    Title = $"{kind} {code} nomor {i + 1}",
                    Description = "Data contoh skala Kanwil.",
                    DocumentDate = new DateOnly(year, 1 + _random.Next(11), 1 + _random.Next(28)),
                    Year = year,
                    AreaCode = code[2..3],
                    Tags = kind.ToLowerInvariant(),
                    UploadedById = uploader,
                    CreatedBy = uploader,
                };
                item.Revisions.Add(new EvidenceRevision
                {
                    Item = item,
                    Number = 1,
                    StoredFileSha256 = file.Sha,
                    SizeBytes = file.Size,
                    ContentType = file.Type.ContentType,
                    FileName = FileNameSanitizer.Sanitize($"{kind}_{code}_{i + 1}{file.Type.CanonicalExtension}".Replace(' ', '_')),
                    Extension = file.Type.CanonicalExtension,
                    UploadedById = uploader,
                    UploadedAtUtc = now.AddDays(-_random.Next(300)),
                });
                item.Links.Add(new EvidenceLink { UnitId = unitId, Year = year, QuestionCode = code, CreatedBy = uploader });
                var second = Pick(codes);
                if (i % 4 == 0 && second != code)
                {
                    item.Links.Add(new EvidenceLink { UnitId = unitId, Year = year, QuestionCode = second, CreatedBy = uploader });
                }
                batch.Add(item);
                if (batch.Count == Batch)
                {
                    total += await FlushAsync(batch, ct);
                }
            }
        }
        total += await FlushAsync(batch, ct);
        // Each new item's only revision is its current one: one statement instead of a second pass per item.
        await db.Set<EvidenceItem>().Where(i => i.CurrentRevisionId == null && i.DeletedAtUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.CurrentRevisionId, i => i.Revisions.Min(r => (int?)r.Id)), ct);
        return total;
    }

    private async Task<int> FlushAsync<T>(List<T> batch, CancellationToken ct) where T : class
    {
        var count = batch.Count;
        db.AddRange(batch);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        batch.Clear();
        return count;
    }

    /// <summary>One assessment per new unit, every question answered, a quarter each at Penilaian Mandiri, Diajukan, Reviu Internal (with assessor answers) and Tindak Lanjut.</summary>
    private async Task<int> AddAssessmentsAsync(LkeTemplate template, List<OrgUnit> units, int year, string ketuaId, string penilaiId, DateTime now, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(now);
        var assessments = units.Select(u =>
        {
            var a = Assessment.Create(u.Id, year, u.Id % 2 == 0 ? TargetPredicate.Wbk : TargetPredicate.Wbbm, LkeTemplateFile.DefaultVersion);
            a.SetWindow(AssessmentStage.SelfAssessment, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
            return a;
        }).ToList();
        db.AddRange(assessments);
        await db.SaveChangesAsync(ct);
        var rows = new List<object>();
        var stage = 0;
        foreach (var assessment in assessments)
        {
            var quality = 40 + _random.Next(56);
            var i = 0;
            foreach (var question in template.Questions)
            {
                i++;
                var answer = new UnitAnswer(assessment.Id, question.Code);
                var (option, inputs) = AnswerFor(question, quality, i);
                answer.Change(option, inputs, i % 9 == 0 ? "Eviden tersedia di folder bersama Tim ZI." : null, ketuaId, "Tim ZI (demo)", now);
                rows.Add(answer);
            }
            foreach (var (code, hasil) in new[] { ("HBA", HasilAnswer.FromIndex(3.2m + quality / 250m)), ("HBB", HasilAnswer.Grade("B")), ("HPA", HasilAnswer.FromIndex(3.1m + quality / 300m)) })
            {
                if (template.FindHasil(code) is not null)
                {
                    var entry = new HasilEntry(assessment.Id, code);
                    entry.Change(hasil with { Provisional = true }, "Survei mandiri unit (perkiraan)", ketuaId, "Tim ZI (demo)", now);
                    rows.Add(entry);
                }
            }
            var target = (AssessmentStage)((int)AssessmentStage.SelfAssessment + stage++ % 4);
            if (target != AssessmentStage.SelfAssessment)
            {
                rows.Add(assessment.Approve(ketuaId, "Pimpinan (demo)", now, null));
                rows.Add(assessment.Submit(ketuaId, "Tim ZI (demo)", now, approvalCurrent: true));
            }
            if (target >= AssessmentStage.InternalReview)
            {
                assessment.SetWindow(AssessmentStage.InternalReview, today.AddDays(-10), today.AddDays(20));
                rows.Add(assessment.StartReview(penilaiId, "Penilai Internal (demo)", now, today));
                var j = 0;
                var marked = new List<string>();
                foreach (var question in template.Questions)
                {
                    j++;
                    var review = new AssessorAnswer(assessment.Id, question.Code, penilaiId);
                    var (option, inputs) = AnswerFor(question, quality - 15, j);
                    var needsFix = j % 11 == 0;
                    review.Change(option, inputs, null, needsFix, needsFix ? "Lengkapi eviden penerapan." : null, penilaiId, "Penilai Internal", now);
                    if (needsFix)
                    {
                        marked.Add(question.Code);
                    }
                    rows.Add(review);
                }
                if (target == AssessmentStage.FollowUp)
                {
                    assessment.SetWindow(AssessmentStage.FollowUp, today.AddDays(-2), today.AddDays(30));
                    rows.Add(assessment.ReturnForFollowUp(penilaiId, "Penilai Internal (demo)", now, today, marked));
                }
            }
            db.Update(assessment);
        }
        db.AddRange(rows);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return assessments.Count;
    }

    private static (string? Option, IReadOnlyDictionary<string, long>? Inputs) AnswerFor(LkeQuestionDef question, int quality, int i)
    {
        if (question.Percentage is { } rule)
        {
            return (null, rule.Inputs.ToDictionary(x => x.Key, x => x.Key == rule.Denominator ? 10L : x.Key == rule.Numerator
                ? (rule.Formula == PercentageFormula.Decrease ? 10L - Math.Clamp(quality, 0, 100) / 10 : Math.Clamp(quality, 0, 100) / 10)
                : 1L));
        }
        var ordered = question.Options.OrderByDescending(o => o.Value).ToList();
        var step = (i * 37 % 100) < quality ? 0 : Math.Min(ordered.Count - 1, 1 + i % 2);
        return (ordered[step].Key, null);
    }

    /// <summary>A Tim ZI decree and a 12-item work plan (with monitoring) per new unit; more items in the demo office's plan.</summary>
    private async Task AddRostersAndPlansAsync(List<OrgUnit> units, Dictionary<int, List<int>> staff, int officeId, int year, LargeDemoSize size, CancellationToken ct)
    {
        string[] areas = ["A", "B", "C", "D", "E", "F"];
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        var n = 0;
        foreach (var unit in units)
        {
            var people = staff[unit.Id];
            int P(int i) => people[i % people.Count];
            var decree = new TeamDecree
            {
                UnitId = unit.Id,
                Year = year,
                Number = $"B-{100 + n++:0000}/Kw.13/KP.07.6/01/{year}",
                DecreeDate = from.AddDays(4),
                SignedBy = "Kepala " + unit.Name,
                ValidFrom = from,
                ValidTo = to,
                SelectionMechanism = "Rapat pemilihan anggota tim yang dihadiri pimpinan dan perwakilan pegawai.",
            };
            decree.AddMember(P(0), TeamRole.PenanggungJawab, null, from, to);
            decree.AddMember(P(1), TeamRole.Ketua, null, from, to);
            decree.AddMember(P(2), TeamRole.Sekretaris, null, from, to);
            for (var a = 0; a < areas.Length; a++)
            {
                decree.AddMember(P(3 + a), TeamRole.KoordinatorArea, areas[a], from, to);
            }
            db.Add(decree);
            db.Add(Plan(unit.Id, year, 12, P, startAt: 0));
        }
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();

        var officePlan = await db.Set<WorkPlan>().AsNoTracking().Where(p => p.UnitId == officeId).Select(p => (int?)p.Id).FirstOrDefaultAsync(ct);
        var officeStaff = staff[officeId];
        var extra = Plan(officeId, year, size.OfficeExtraPlanItems, i => officeStaff[i % officeStaff.Count], startAt: 100);
        if (officePlan is { } planId)
        {
            foreach (var item in extra.Items)
            {
                item.WorkPlanId = planId;
            }
            await FlushAsync(extra.Items, ct);
        }
    }

    private WorkPlan Plan(int unitId, int year, int items, Func<int, int> pic, int startAt)
    {
        string[] areas = ["A", "B", "C", "D", "E", "F"];
        var plan = new WorkPlan { UnitId = unitId, Year = year, Version = 1 };
        for (var i = 0; i < items; i++)
        {
            var start = 1 + _random.Next(9);
            var end = Math.Min(12, start + _random.Next(4));
            var status = (WorkPlanStatus)(1 + _random.Next(4));
            var item = new WorkPlanItem
            {
                AreaCode = areas[i % areas.Length],
                Activity = $"Kegiatan pembangunan ZI nomor {startAt + i + 1}",
                Output = "Laporan kegiatan",
                ExpectedEvidence = "Undangan, daftar hadir, notulen",
                PicStaffId = pic(i),
                OriginalStartMonth = PlanMonths.Of(year, start),
                OriginalEndMonth = PlanMonths.Of(year, end),
                StartMonth = PlanMonths.Of(year, start),
                EndMonth = PlanMonths.Of(year, end),
            };
            item.SetProgress(status, status == WorkPlanStatus.Done ? 100 : status == WorkPlanStatus.NotStarted ? 0 : 10 * (1 + _random.Next(9)));
            if (i % 3 == 0 && status != WorkPlanStatus.NotStarted)
            {
                item.Monitoring.Add(new MonitoringEntry
                {
                    Date = new DateOnly(year, end, 15),
                    Progress = item.Progress,
                    Status = item.Status,
                    RecordedByName = "Tim ZI (demo)",
                    Notes = "Monitoring bulanan: progres sesuai laporan PIC.",
                });
            }
            plan.Items.Add(item);
        }
        return plan;
    }
}
