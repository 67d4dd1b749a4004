using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ZonaIntegritas.Web.Domain.Assessments;
using ZonaIntegritas.Web.Domain.Evidence;
using ZonaIntegritas.Web.Domain.Lke;
using ZonaIntegritas.Web.Domain.Staff;
using ZonaIntegritas.Web.Domain.Teams;
using ZonaIntegritas.Web.Domain.Units;
using ZonaIntegritas.Web.Domain.WorkPlans;
using ZonaIntegritas.Web.Infrastructure.Data;
using ZonaIntegritas.Web.Infrastructure.Lke;

namespace ZonaIntegritas.Web.Infrastructure.Seeding;

/// <summary>
/// <c>seed-demo --large</c>: a Kanwil-sized data set on top of the ordinary demo office (which must already be
/// seeded, with its accounts): 34 more units (4 under the demo office, 5 Kantor Kemenag with 3 KUA and 2
/// madrasah each), staff, evidence items with files (six small generated PDFs/PNGs, content-addressed, so the
/// data folder stays small) linked to LKE questions, a full assessment per new unit at varied stages with
/// assessor answers, a Tim ZI decree and a work plan with monitoring per new unit, more work-plan items at the
/// demo office, and a pact campaign over every staff member of the Kanwil with most signed (the demo office's
/// campaign gets its new staff too). Reproducible: one fixed random seed, no wall-clock-dependent choices except
/// the current year. Bulk inserts: change detection off, one <c>SaveChanges</c> per batch, tracker cleared.
/// </summary>
public sealed partial class LargeDemoSeeder(AppDbContext db, ILkeTemplateProvider templates, IServiceProvider services, TimeProvider clock)
{
    public const int Seed = 20_261_207;
    private const int Batch = 2_000;

    private static readonly (string Code, string Name, string City)[] Kantor =
    [
        ("KEMENAG-KAB-MALANG", "Kantor Kementerian Agama Kabupaten Malang", "Kepanjen"),
        ("KEMENAG-KOTA-BATU", "Kantor Kementerian Agama Kota Batu", "Batu"),
        ("KEMENAG-KAB-PASURUAN", "Kantor Kementerian Agama Kabupaten Pasuruan", "Bangil"),
        ("KEMENAG-KOTA-PASURUAN", "Kantor Kementerian Agama Kota Pasuruan", "Pasuruan"),
        ("KEMENAG-KAB-PROBOLINGGO", "Kantor Kementerian Agama Kabupaten Probolinggo", "Kraksaan"),
    ];

    private static readonly string[] Kecamatan = ["Utara", "Selatan", "Timur", "Barat", "Tengah", "Kota"];

    private readonly Random _random = new(Seed);

    /// <summary>What was added, for the command's summary line and the tests.</summary>
    public sealed record Result(int Units, int Staff, int Evidence, int Assessments, int Signatures, TimeSpan Elapsed);

    public async Task<Result> SeedAsync(LargeDemoSize size, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        var office = await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Code == DemoSeeder.OfficeCode, ct)
            ?? throw new InvalidOperationException("Kantor demo belum ada: data demo biasa harus dimuat lebih dahulu.");
        var kanwilId = office.ParentId ?? throw new InvalidOperationException("Kantor demo tidak berada di bawah Kanwil.");
        var template = await templates.FindAsync(LkeTemplateFile.DefaultVersion, ct)
            ?? throw new InvalidOperationException("Versi LKE bawaan belum dimuat.");
        var accounts = await db.Users.AsNoTracking().Where(u => u.Email!.EndsWith("@zi.demo"))
            .Select(u => new { u.Email, u.Id, u.FullName, u.StaffMemberId }).ToListAsync(ct);
        string UserId(string email) => accounts.First(a => a.Email == email).Id;
        var now = clock.GetUtcNow().UtcDateTime;
        var year = DateOnly.FromDateTime(office.TimeZone.ToLocal(now)).Year;

        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await using var tx = await db.Database.BeginTransactionAsync(ct);

        var units = await AddUnitsAsync(office.Id, kanwilId, ct);
        var staff = await AddStaffAsync(units, office.Id, size, ct);
        var evidence = await AddEvidenceAsync(template, units, office.Id, year, size, UserId("ketua@zi.demo"), UserId("anggota@zi.demo"), now, ct);
        var assessments = await AddAssessmentsAsync(template, units, year, UserId("ketua@zi.demo"), UserId("penilai@zi.demo"), now, ct);
        await AddRostersAndPlansAsync(units, staff, office.Id, year, size, ct);
        var demoAccounts = accounts.Where(a => a.StaffMemberId != null).Select(a => a.StaffMemberId!.Value).ToHashSet();
        var signatures = await AddPactCampaignAsync(kanwilId, office.Id, demoAccounts, now, ct);

        await tx.CommitAsync(ct);
        db.ChangeTracker.AutoDetectChangesEnabled = true;
        var staffCount = staff.Values.Sum(s => s.Count);
        return new Result(units.Count, staffCount, evidence, assessments, signatures, watch.Elapsed);
    }

    /// <summary>4 more units under the demo office, then 5 Kantor with 3 KUA and 2 madrasah each: 34 units.</summary>
    private async Task<List<OrgUnit>> AddUnitsAsync(int officeId, int kanwilId, CancellationToken ct)
    {
        var added = new List<OrgUnit>
        {
            new() { Code = "KUA-BLIMBING", Name = "KUA Kecamatan Blimbing", Type = UnitType.Kua, City = "Malang", ParentId = officeId },
            new() { Code = "KUA-SUKUN", Name = "KUA Kecamatan Sukun", Type = UnitType.Kua, City = "Malang", ParentId = officeId },
            new() { Code = "KUA-KEDUNGKANDANG", Name = "KUA Kecamatan Kedungkandang", Type = UnitType.Kua, City = "Malang", ParentId = officeId },
            new() { Code = "MTSN-1-MALANG", Name = "MTsN 1 Kota Malang", Type = UnitType.Madrasah, City = "Malang", ParentId = officeId },
        };
        var kantor = Kantor.Select(k => new OrgUnit { Code = k.Code, Name = k.Name, Type = UnitType.KantorKemenag, City = k.City, ParentId = kanwilId }).ToList();
        db.AddRange(added);
        db.AddRange(kantor);
        await db.SaveChangesAsync(ct);
        added.AddRange(kantor);
        for (var k = 0; k < kantor.Count; k++)
        {
            var city = Kantor[k].City;
            var children = new List<OrgUnit>();
            for (var i = 0; i < 3; i++)
            {
                children.Add(new OrgUnit { Code = $"KUA-{k + 1}-{i + 1}", Name = $"KUA Kecamatan {city} {Kecamatan[i]}", Type = UnitType.Kua, City = city, ParentId = kantor[k].Id });
            }
            children.Add(new OrgUnit { Code = $"MIN-{k + 1}", Name = $"MIN 1 {city}", Type = UnitType.Madrasah, City = city, ParentId = kantor[k].Id });
            children.Add(new OrgUnit { Code = $"MAN-{k + 1}", Name = $"MAN 1 {city}", Type = UnitType.Madrasah, City = city, ParentId = kantor[k].Id });
            db.AddRange(children);
            added.AddRange(children);
        }
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return added;
    }

    /// <summary>Staff per new unit plus extra staff at the demo office; returns unit id → staff ids.</summary>
    private async Task<Dictionary<int, List<int>>> AddStaffAsync(List<OrgUnit> units, int officeId, LargeDemoSize size, CancellationToken ct)
    {
        var plan = units.Select(u => (u.Id, Count: size.StaffPerUnit)).Append((officeId, size.OfficeExtraStaff)).ToList();
        var rows = new List<StaffMember>();
        var sequence = 0;
        foreach (var (unitId, count) in plan)
        {
            for (var i = 0; i < count; i++, sequence++)
            {
                var type = (sequence % 20) switch { < 15 => EmploymentType.Pns, < 17 => EmploymentType.Pppk, < 18 => EmploymentType.Cpns, _ => EmploymentType.NonAsn };
                rows.Add(new StaffMember
                {
                    Nip = type == EmploymentType.NonAsn ? null : Nip(sequence),
                    FullName = $"{Pick(FirstNames)} {Pick(LastNames)}",
                    Position = i == 0 ? "Kepala " + (unitId == officeId ? "Seksi" : "Unit") : Pick(Positions),
                    RankGrade = type is EmploymentType.Pns or EmploymentType.Cpns ? Pick(Grades) : null,
                    EmploymentType = type,
                    UnitId = unitId,
                });
            }
        }
        foreach (var chunk in rows.Chunk(Batch))
        {
            db.AddRange(chunk);
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }
        return rows.GroupBy(s => s.UnitId).ToDictionary(g => g.Key, g => g.Select(s => s.Id).ToList());
    }

    /// <summary>A valid, unique NIP (birth dates from 1980, so never equal to the ordinary demo's).</summary>
    private static string Nip(int i)
    {
        var birth = new DateTime(1980, 1, 1).AddDays(i);
        var appointed = new DateTime(2005, 1, 1).AddMonths(i % 200);
        return string.Create(CultureInfo.InvariantCulture, $"{birth:yyyyMMdd}{appointed:yyyyMM}{1 + i % 2}{i % 1000:000}");
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private static readonly string[] FirstNames =
    [
        "Ahmad", "Siti", "Muhammad", "Nur", "Dewi", "Agus", "Rina", "Hadi", "Lailatul", "Budi", "Fitri", "Imam", "Khoirul",
        "Ummi", "Rizki", "Yusuf", "Aminah", "Faisal", "Hasanah", "Zainal", "Abdul", "Eka", "Wahyu", "Indah", "Slamet",
    ];

    private static readonly string[] LastNames =
    [
        "Hidayat", "Rahmawati", "Syafi'i", "Fauziah", "Santoso", "Maulana", "Kurniawati", "Wahyudi", "Mahmudah", "Arifin",
        "Prasetyo", "Hasanuddin", "Susanti", "Fadillah", "Nugroho",
    ];

    private static readonly string[] Positions =
    [
        "Analis Kepegawaian", "Auditor Internal", "Pengadministrasi Umum", "Pranata Komputer", "Penyuluh Agama Islam",
        "Penghulu", "Guru Madrasah", "Analis Keuangan", "Arsiparis", "Pengelola Layanan",
    ];

    private static readonly string[] Grades = ["III/a", "III/b", "III/c", "III/d", "IV/a", "IV/b", "II/c", "II/d"];
}
