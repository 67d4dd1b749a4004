using Microsoft.EntityFrameworkCore;
using ZonaIntegritas.Web.Configuration;
using ZonaIntegritas.Web.Domain.ChangeAgents;
using ZonaIntegritas.Web.Domain.Teams;
using ZonaIntegritas.Web.Domain.WorkPlans;
using ZonaIntegritas.Web.Infrastructure.Data;
using ZonaIntegritas.Web.Infrastructure.Seeding;

namespace ZonaIntegritas.Web.Features.Team;

/// <summary>
/// Demo rosters for the demo office (only where demo data is allowed, and only when the office has no Tim ZI
/// decree yet): a 2026 Tim ZI with one replacement in its history, an Agen Perubahan decree with four agents and
/// five change projects, and a 2026 work plan with monitoring, an open follow-up and two late items.
/// Demo seeding runs after the start-up tasks, so this task asks the (idempotent) demo seeder first.
/// </summary>
public sealed class RosterDemoData : IStartupTask
{
    public int Order => 500;

    public async Task RunAsync(IServiceProvider services, CancellationToken ct)
    {
        // Runs after the demo seed (StartupTasks): the demo office exists only when demo data is wanted.
        var db = services.GetRequiredService<AppDbContext>();
        var office = await db.Units.FirstOrDefaultAsync(u => u.Code == DemoSeeder.OfficeCode, ct);
        if (office is null || await db.Set<TeamDecree>().AnyAsync(d => d.UnitId == office.Id, ct))
        {
            return;
        }
        var staff = await db.Staff.Where(s => s.UnitId == office.Id).OrderBy(s => s.Id).Select(s => new { s.Id, s.FullName }).ToListAsync(ct);
        async Task<int> StaffOf(string email) => await db.Users.Where(u => u.Email == email).Select(u => u.StaffMemberId).FirstOrDefaultAsync(ct)
            ?? throw new InvalidOperationException($"Demo account {email} has no staff record.");
        var kepala = await StaffOf("pimpinan@zi.demo");
        var ketua = await StaffOf("ketua@zi.demo");
        var anggota = await StaffOf("anggota@zi.demo");
        var excluded = new[] { kepala, ketua, anggota, await StaffOf("penilai@zi.demo"), await StaffOf("pegawai@zi.demo"), await StaffOf("admin@zi.demo") };
        var others = staff.Select(s => s.Id).Where(id => !excluded.Contains(id)).ToList();
        var kepalaName = staff.First(s => s.Id == kepala).FullName;
        var ketuaName = staff.First(s => s.Id == ketua).FullName;
        int O(int i) => others[i % others.Count];

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var team = SeedTeam(office.Id, kepala, ketua, anggota, kepalaName, O);
        db.Add(team);
        db.Add(SeedAgents(office.Id, kepalaName, O));
        await db.SaveChangesAsync(ct);
        db.Add(SeedPlan(office.Id, ketua, anggota, ketuaName, kepalaName, O));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }

    private static TeamDecree SeedTeam(int unitId, int kepala, int ketua, int anggota, string kepalaName, Func<int, int> o)
    {
        var decree = new TeamDecree
        {
            UnitId = unitId,
            Year = 2026,
            Number = "B-0012/Kk.13.24/1/KP.07.6/01/2026",
            DecreeDate = new DateOnly(2026, 1, 5),
            SignedBy = kepalaName + ", Kepala Kantor",
            ValidFrom = new DateOnly(2026, 1, 1),
            ValidTo = new DateOnly(2026, 12, 31),
            SelectionMechanism = "Rapat pemilihan anggota tim tanggal 3 Januari 2026 yang dihadiri pimpinan, para kepala seksi dan perwakilan pegawai; "
                + "kriteria: kompeten, memahami tusi, berdedikasi, tidak pernah dijatuhi hukuman disiplin. Berita acara Nomor B-0009/Kk.13.24/1/KP.07.6/01/2026.",
        };
        var from = decree.ValidFrom;
        var to = decree.ValidTo;
        decree.AddMember(kepala, TeamRole.PenanggungJawab, null, from, to);
        decree.AddMember(ketua, TeamRole.Ketua, null, from, to);
        decree.AddMember(o(0), TeamRole.Sekretaris, null, from, to);
        decree.AddMember(o(1), TeamRole.AdminPmpzi, null, from, to);
        decree.AddMember(anggota, TeamRole.KoordinatorArea, "A", from, to);
        decree.AddMember(anggota, TeamRole.AnggotaArea, "B", from, to);
        string[] areas = ["B", "C", "D", "E", "F"];
        for (var i = 0; i < areas.Length; i++)
        {
            decree.AddMember(o(2 + i), TeamRole.KoordinatorArea, areas[i], from, to);
        }
        string[] all = ["A", "B", "C", "C", "D", "D", "E", "E", "F", "F"];
        for (var i = 0; i < all.Length; i++)
        {
            decree.AddMember(o(7 + i), TeamRole.AnggotaArea, all[i], from, to);
        }
        // History: the Anggota Area E moved to another office mid-year and was replaced.
        var leaver = decree.Memberships.First(m => m.Role == TeamRole.AnggotaArea && m.AreaCode == "E");
        leaver.ReplaceWith(o(17), new DateOnly(2026, 6, 30), MembershipEndReason.Transfer, "SK perubahan B-0412/Kk.13.24/1/KP.07.6/07/2026");
        return decree;
    }

    private static ChangeAgentDecree SeedAgents(int unitId, string kepalaName, Func<int, int> o)
    {
        var decree = new ChangeAgentDecree
        {
            UnitId = unitId,
            Number = "B-0815/Kk.13.24/1/KP.07.6/07/2025",
            DecreeDate = new DateOnly(2025, 7, 14),
            SignedBy = kepalaName + ", Kepala Kantor",
            TermFrom = new DateOnly(2025, 7, 14),
            TermTo = new DateOnly(2027, 7, 13),
            SelectionMethod = "Nominasi oleh pegawai dan pemungutan suara terbuka, dilanjutkan rapat seleksi pimpinan",
            SelectionMinutes = "Berita acara pemilihan agen perubahan tanggal 10 Juli 2025: 12 nominasi, 4 terpilih.",
        };
        ChangeAgent Agent(int staffId, ChangeAgentRole role) => new() { StaffMemberId = staffId, Role = role };
        var a1 = Agent(o(10), ChangeAgentRole.Katalis);
        var a2 = Agent(o(11), ChangeAgentRole.PemberiSolusi);
        var a3 = Agent(o(12), ChangeAgentRole.MediatorPendukungProses);
        var a4 = Agent(o(13), ChangeAgentRole.Penghubung);
        ChangeProject Project(string title, string area, string problem, string before, string after, DateOnly start, DateOnly? end,
            ChangeProjectStatus status, string? integration) => new()
            {
                Title = title,
                AreaCode = area,
                Problem = problem,
                BeforeDescription = before,
                AfterDescription = after,
                StartDate = start,
                EndDate = end,
                Status = status,
                IsIntegrated = integration is not null,
                IntegrationReference = integration,
            };
        a1.Projects.Add(Project("Antrean daring layanan PTSP", "F", "Antrean panjang di loket PTSP pada jam sibuk",
            "Pemohon mengambil nomor antrean manual di loket", "Pemohon mengambil nomor antrean daring dan menerima notifikasi WhatsApp",
            new DateOnly(2026, 1, 10), new DateOnly(2026, 4, 30), ChangeProjectStatus.Done, "SOP Layanan PTSP Nomor 07 Tahun 2026"));
        a2.Projects.Add(Project("Arsip digital SK kepegawaian", "C", "SK kepegawaian sulit ditemukan saat dibutuhkan",
            "SK disimpan dalam map fisik di subbagian TU", "SK dipindai dan dapat dicari di aplikasi arsip digital",
            new DateOnly(2026, 2, 1), new DateOnly(2026, 6, 30), ChangeProjectStatus.Done, "Aplikasi SIARSIP, SK Kepala Kantor Nomor 211 Tahun 2026"));
        a3.Projects.Add(Project("Papan kendali tindak lanjut pengaduan", "E", "Tindak lanjut pengaduan tidak terpantau",
            "Pengaduan dicatat di buku register", "Pengaduan dan tindak lanjutnya dipantau melalui papan kendali bersama",
            new DateOnly(2026, 3, 1), new DateOnly(2026, 8, 31), ChangeProjectStatus.Done, "SOP Pengelolaan Pengaduan Nomor 12 Tahun 2026"));
        a4.Projects.Add(Project("Kelas inspirasi integritas bulanan", "A", "Nilai integritas belum terinternalisasi",
            "Sosialisasi nilai hanya saat apel", "Kelas inspirasi bulanan dengan narasumber internal",
            new DateOnly(2026, 2, 1), new DateOnly(2026, 9, 30), ChangeProjectStatus.Done, null));
        a1.Projects.Add(Project("Survei kepuasan daring setelah layanan", "F", "Responden SKM sedikit",
            "Kuesioner kertas di loket", "Tautan survei dikirim otomatis setelah layanan selesai",
            new DateOnly(2026, 9, 1), null, ChangeProjectStatus.InProgress, null));
        decree.Agents.AddRange([a1, a2, a3, a4]);
        return decree;
    }

    private static WorkPlan SeedPlan(int unitId, int ketua, int anggota, string ketuaName, string kepalaName, Func<int, int> o)
    {
        var plan = new WorkPlan { UnitId = unitId, Year = 2026, Version = 1 };
        WorkPlanItem Item(string area, string codes, string activity, string output, string evidence, int pic, int start, int end,
            WorkPlanStatus status, int progress, decimal? budget = null)
        {
            var item = new WorkPlanItem
            {
                AreaCode = area,
                Activity = activity,
                Output = output,
                ExpectedEvidence = evidence,
                PicStaffId = pic,
                OriginalStartMonth = PlanMonths.Of(2026, start),
                OriginalEndMonth = PlanMonths.Of(2026, end),
                StartMonth = PlanMonths.Of(2026, start),
                EndMonth = PlanMonths.Of(2026, end),
                Budget = budget,
            };
            item.SetProgress(status, progress);
            item.SetQuestions(codes.Split(','));
            plan.Items.Add(item);
            return item;
        }
        var sk = Item("A", "PPA1A,PPA1B", "Pembentukan Tim Kerja ZI melalui rapat pemilihan", "SK Tim Kerja ZI 2026", "SK Tim, undangan, daftar hadir, notulen", ketua, 1, 1, WorkPlanStatus.Done, 100);
        sk.EvidenceNote = "SK B-0012/Kk.13.24/1/KP.07.6/01/2026";
        Item("A", "PPA2A,PPA2B", "Penyusunan rencana kerja pembangunan ZI dengan target prioritas", "Dokumen rencana kerja 2026", "Dokumen rencana kerja, SK penetapan", anggota, 1, 2, WorkPlanStatus.Done, 100).EvidenceNote = "Rencana kerja ZI 2026 (SK Nomor 45)";
        var sosialisasi = Item("A", "PPA2C", "Sosialisasi ZI melalui media sosial dan banner", "12 unggahan dan 3 banner", "Tangkapan layar unggahan, foto banner", anggota, 2, 12, WorkPlanStatus.InProgress, 75, 2_500_000m);
        var monev = Item("A", "PPA3B,PPA3C", "Monev bulanan pembangunan ZI bersama pimpinan", "12 notulen monev", "Undangan, daftar hadir, notulen monev", ketua, 1, 12, WorkPlanStatus.InProgress, 80);
        Item("B", "PPB1A,PPB1C", "Reviu dan evaluasi SOP layanan utama", "SOP hasil reviu", "Laporan evaluasi SOP", o(2), 4, 10, WorkPlanStatus.Postponed, 40);
        Item("B", "PPB2C", "Pengembangan layanan antrean daring PTSP", "Aplikasi antrean daring", "Tangkapan layar aplikasi, SK", o(2), 1, 4, WorkPlanStatus.Done, 100, 7_500_000m);
        Item("C", "PPC3A,PPC3B", "Analisis kebutuhan diklat (TNA)", "Dokumen TNA 2026", "Laporan TNA", o(3), 2, 4, WorkPlanStatus.Done, 100);
        Item("C", "PPC4C", "Pengukuran kinerja individu bulanan", "Rekap SKP bulanan", "Rekap capaian SKP", o(3), 1, 12, WorkPlanStatus.InProgress, 85);
        Item("D", "PPD2E,PPD2F", "Penyusunan LKj tepat waktu", "LKj 2025", "LKj dan bukti unggah", o(4), 1, 2, WorkPlanStatus.Done, 100);
        Item("E", "PPE1A,PPE1B", "Kampanye pengendalian gratifikasi", "Kampanye di 4 kanal", "Materi kampanye, laporan UPG", o(5), 3, 11, WorkPlanStatus.InProgress, 70, 1_500_000m);
        var skm = Item("F", "PPF4A,PPF4B", "Survei kepuasan masyarakat semester II", "Laporan SKM semester II", "Laporan SKM, publikasi di website", o(6), 7, 9, WorkPlanStatus.InProgress, 60);
        Item("F", "PPF1C", "Reviu standar pelayanan bersama pemangku kepentingan", "Standar pelayanan hasil reviu", "Notulen FGD, SK standar pelayanan", o(6), 9, 12, WorkPlanStatus.NotStarted, 0);

        // Approved in January; the SOP review was re-planned afterwards, so version 2 awaits approval.
        plan.Approve("demo", kepalaName, new DateTime(2026, 1, 20, 3, 0, 0, DateTimeKind.Utc), "Disetujui dalam rapat pimpinan.", "[]");
        var sop = plan.Items.First(i => i.AreaCode == "B" && i.Status == WorkPlanStatus.Postponed);
        sop.OriginalStartMonth = PlanMonths.Of(2026, 3);
        sop.OriginalEndMonth = PlanMonths.Of(2026, 6);
        sop.Revisions.Add(new WorkPlanItemRevision
        {
            Kind = RevisionKind.Schedule,
            Description = "Jadwal diubah",
            Reason = "Menunggu peta proses bisnis hasil reviu Kanwil",
            OldStartMonth = PlanMonths.Of(2026, 3),
            OldEndMonth = PlanMonths.Of(2026, 6),
            NewStartMonth = PlanMonths.Of(2026, 4),
            NewEndMonth = PlanMonths.Of(2026, 10),
            AtUtc = new DateTime(2026, 3, 2, 2, 0, 0, DateTimeKind.Utc),
            ByName = ketuaName,
        });
        plan.Touch();

        monev.Monitoring.Add(new MonitoringEntry
        {
            Date = new DateOnly(2026, 9, 28),
            Progress = 75,
            Status = WorkPlanStatus.InProgress,
            RecordedByName = ketuaName,
            Notes = "Rapat monev September dipimpin Kepala Kantor. Eviden area Pengawasan belum lengkap.",
            EvidenceNote = "Notulen monev 28 September 2026",
            FollowUps =
            [
                new FollowUpAction { Action = "Lengkapi eviden kampanye gratifikasi", OwnerStaffId = o(5), DueDate = new DateOnly(2026, 10, 31) },
                new FollowUpAction
                {
                    Action = "Unggah notulen monev Agustus", OwnerStaffId = anggota, DueDate = new DateOnly(2026, 9, 15),
                    ClosedOn = new DateOnly(2026, 9, 12), ClosingNote = "Sudah diunggah", ClosedByName = ketuaName,
                },
            ],
        });
        monev.Monitoring.Add(new MonitoringEntry
        {
            Date = new DateOnly(2026, 10, 30),
            Progress = 80,
            Status = WorkPlanStatus.InProgress,
            RecordedByName = ketuaName,
            Notes = "Monev Oktober: progres sesuai jadwal.",
            EvidenceNote = "Notulen monev 30 Oktober 2026",
        });
        skm.Monitoring.Add(new MonitoringEntry
        {
            Date = new DateOnly(2026, 9, 20),
            Progress = 60,
            Status = WorkPlanStatus.InProgress,
            RecordedByName = ketuaName,
            Notes = "Jumlah responden baru 60 % dari target; survei diperpanjang.",
        });
        sosialisasi.Monitoring.Add(new MonitoringEntry
        {
            Date = new DateOnly(2026, 10, 15),
            Progress = 75,
            Status = WorkPlanStatus.InProgress,
            RecordedByName = ketuaName,
            Notes = "9 dari 12 unggahan terbit.",
            EvidenceNote = "Tangkapan layar Instagram @kemenagkotamalang",
        });
        return plan;
    }
}
