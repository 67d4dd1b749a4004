using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using ZonaIntegritas.Web.Domain.Staff;
using ZonaIntegritas.Web.Domain.Units;
using ZonaIntegritas.Web.Domain.Users;
using ZonaIntegritas.Web.Infrastructure.Data;

namespace ZonaIntegritas.Web.Infrastructure.Seeding;

/// <summary>
/// Demo office for Development (or <c>seed-demo</c>): Kantor Kemenag Kota Malang under Kanwil Jawa Timur with
/// KUA and madrasah, about 40 staff and one account per role. Idempotent; never runs in Production.
/// </summary>
public sealed class DemoSeeder(AppDbContext db, UserManager<AppUser> users, TimeProvider clock, ILogger<DemoSeeder> logger)
{
    public const string Password = "ZonaIntegritas#Demo1";
    public const string OfficeCode = "KEMENAG-KOTA-MALANG";

    private static readonly (string Email, string Role, int StaffIndex)[] Accounts =
    [
        ("admin@zi.demo", Roles.Administrator, 5),
        ("pimpinan@zi.demo", Roles.Pimpinan, 0),
        ("ketua@zi.demo", Roles.KetuaTim, 1),
        ("anggota@zi.demo", Roles.AnggotaTim, 2),
        ("penilai@zi.demo", Roles.PenilaiInternal, 3),
        ("pegawai@zi.demo", Roles.Pegawai, 4),
    ];

    private static readonly string[] FirstNames =
    [
        "Ahmad", "Siti", "Muhammad", "Nur", "Dewi", "Agus", "Rina", "Hadi", "Lailatul", "Budi",
        "Fitri", "Imam", "Khoirul", "Ummi", "Rizki", "Yusuf", "Aminah", "Faisal", "Hasanah", "Zainal",
    ];

    private static readonly string[] LastNames =
    [
        "Hidayat", "Rahmawati", "Syafi'i", "Fauziah", "Santoso", "Maulana", "Kurniawati", "Wahyudi", "Mahmudah", "Arifin",
    ];

    private static readonly string[] Positions =
    [
        "Kepala Kantor", "Kepala Subbagian Tata Usaha", "Analis Kepegawaian", "Auditor Internal", "Pengadministrasi Umum",
        "Pranata Komputer", "Kepala Seksi Pendidikan Madrasah", "Kepala Seksi Bimas Islam", "Penyuluh Agama Islam", "Penghulu",
        "Kepala KUA", "Guru Madrasah", "Kepala Madrasah", "Analis Keuangan", "Arsiparis",
    ];

    private static readonly string[] Grades = ["III/a", "III/b", "III/c", "III/d", "IV/a", "IV/b", "II/c", "II/d"];

    public async Task SeedAsync(CancellationToken ct)
    {
        if (await db.Units.AnyAsync(u => u.Code == OfficeCode, ct))
        {
            return;
        }
        var kanwil = new OrgUnit { Code = "KANWIL-JATIM", Name = "Kantor Wilayah Kementerian Agama Provinsi Jawa Timur", Type = UnitType.Kanwil, City = "Surabaya", Address = "Jl. Raya Juanda No. 26, Sidoarjo" };
        var office = new OrgUnit { Code = OfficeCode, Name = "Kantor Kementerian Agama Kota Malang", Type = UnitType.KantorKemenag, City = "Malang", Address = "Jl. Raden Panji Suroso No. 2, Kota Malang", Parent = kanwil };
        OrgUnit[] children =
        [
            new() { Code = "KUA-KLOJEN", Name = "KUA Kecamatan Klojen", Type = UnitType.Kua, City = "Malang", Parent = office },
            new() { Code = "KUA-LOWOKWARU", Name = "KUA Kecamatan Lowokwaru", Type = UnitType.Kua, City = "Malang", Parent = office },
            new() { Code = "MIN-1-MALANG", Name = "MIN 1 Kota Malang", Type = UnitType.Madrasah, City = "Malang", Parent = office },
            new() { Code = "MAN-2-MALANG", Name = "MAN 2 Kota Malang", Type = UnitType.Madrasah, City = "Malang", Parent = office },
        ];
        db.Units.AddRange([kanwil, office, .. children]);
        await db.SaveChangesAsync(ct);

        var staff = new List<StaffMember>();
        for (var i = 0; i < 40; i++)
        {
            var unit = i < 24 ? office : children[(i - 24) % children.Length];
            var type = i switch { < 32 => EmploymentType.Pns, < 35 => EmploymentType.Pppk, < 38 => EmploymentType.Cpns, _ => EmploymentType.NonAsn };
            staff.Add(new StaffMember
            {
                Nip = type == EmploymentType.NonAsn ? null : DemoNip(i),
                FullName = $"{FirstNames[i % FirstNames.Length]} {LastNames[(i * 7) % LastNames.Length]}" + (i >= 20 ? $" {(char)('A' + i % 20)}." : ""),
                Position = i < 2 ? Positions[i] : Positions[2 + (i % (Positions.Length - 2))],
                RankGrade = type is EmploymentType.Pns or EmploymentType.Cpns ? Grades[i % Grades.Length] : null,
                EmploymentType = type,
                Unit = unit,
            });
        }
        db.Staff.AddRange(staff);
        await db.SaveChangesAsync(ct);

        foreach (var (email, role, staffIndex) in Accounts)
        {
            var member = staff[staffIndex];
            var user = new AppUser
            {
                UserName = email,
                Email = email,
                EmailConfirmed = true,
                FullName = member.FullName,
                // The demo Administrator administers the Kanwil and everything below it (ADR 0013).
                UnitId = role == Roles.Administrator ? kanwil.Id : office.Id,
                StaffMemberId = member.Id,
                CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
            };
            member.Email = email;
            var result = await users.CreateAsync(user, Password);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException("Demo account could not be created: " + string.Join("; ", result.Errors.Select(e => e.Description)));
            }
            await users.AddToRoleAsync(user, role);
        }
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Demo data seeded: {UnitCount} units, {StaffCount} staff, {AccountCount} accounts", 6, staff.Count, Accounts.Length);
    }

    /// <summary>A valid NIP: birth date, appointment year-month, sex digit, sequence.</summary>
    public static string DemoNip(int i)
    {
        var birth = new DateTime(1968, 1, 1).AddDays(i * 271);
        var appointed = new DateTime(1993, 3, 1).AddMonths(i * 5);
        var sex = i % 2 == 0 ? 1 : 2;
        return string.Create(CultureInfo.InvariantCulture, $"{birth:yyyyMMdd}{appointed:yyyyMM}{sex}{i + 1:000}");
    }
}
