using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using ZonaIntegritas.IntegrationTests.Infrastructure;
using ZonaIntegritas.Web.Domain.WorkPlans;
using ZonaIntegritas.Web.Features.WorkPlans;

namespace ZonaIntegritas.IntegrationTests.Rosters;

public class WorkPlanExcelTests(RostersFactory factory) : IClassFixture<RostersFactory>
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static readonly string[] Header =
    [
        "ID", "Area", "Kode LKE", "Kegiatan", "Output/Target", "Eviden yang diharapkan", "PIC (NIP/Nama)",
        "Pendukung (NIP/Nama, pisahkan dengan ;)", "Mulai (YYYY-MM)", "Selesai (YYYY-MM)", "Anggaran (Rp)", "Status", "Progres (%)",
    ];

    private async Task<HttpResponseMessage> ImportAsync(PortalClient client, int year, byte[] file, string name = "rencana.xlsx")
    {
        var form = await client.GetFormAsync($"/rencana-kerja/impor?year={year}", "form[action='/rencana-kerja/impor']");
        return await client.PostMultipartAsync(form, new(), "file", file, name, Xlsx);
    }

    private Task<int> CountAsync(int year) => factory.DbAsync(db => db.Set<WorkPlanItem>().CountAsync(i => i.Plan!.Year == year));

    [Fact]
    public async Task Import_with_bad_rows_reports_each_row_and_column_and_saves_nothing()
    {
        var nip = await factory.DbAsync(db => db.Users.Where(u => u.Email == "anggota@zi.demo").Select(u => u.StaffMember!.Nip!).SingleAsync());
        var name = await factory.DbAsync(db => db.Users.Where(u => u.Email == "ketua@zi.demo").Select(u => u.FullName).SingleAsync());
        var file = WorkPlanExcel.Write("Rencana", Header,
        [
            [null, "A", "PPA2A", "Penyusunan rencana kerja 2027", "Dokumen rencana kerja", "SK", nip, name, "2027-01", "2027-02", 1500000m, "Belum mulai", 0],
            [null, "G", "PPA2A", "Area salah", "x", null, nip, null, "2027-01", "2027-02", null, null, null],
            [null, "B", "PPZ9Z, PPB1A", "Kode salah", "x", null, "Tidak Ada Orangnya", null, "13/2027", "2027-02", "seribu", "Hampir", "150"],
            [null, "C", null, "", "x", null, nip, null, "2027-05", "2027-03", null, "Berjalan", 10],
            [999999, "D", null, "ID asing", "x", null, nip, null, "2027-01", "2027-02", null, null, null],
        ]);
        var before = await CountAsync(2027);
        var client = await PortalClient.SignedInAsync(factory, "ketua@zi.demo");
        var response = await ImportAsync(client, 2027, file);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var report = (await PortalClient.ParseAsync(response)).QuerySelector("[data-testid=import-errors]")!;
        string Row(int n) => string.Join(" | ", report.QuerySelectorAll($"tr[data-row='{n}']").Select(r => r.TextContent.Trim()));

        report.QuerySelectorAll("tr[data-row='2']").ShouldBeEmpty("the first data row is valid");
        Row(3).ShouldContain("Area harus salah satu huruf A–F");
        Row(4).ShouldContain("tidak dikenal: PPZ9Z");
        Row(4).ShouldContain("'Tidak Ada Orangnya' tidak ditemukan");
        Row(4).ShouldContain("Bulan mulai wajib diisi");
        Row(4).ShouldContain("Anggaran 'seribu' bukan angka");
        Row(4).ShouldContain("Status 'Hampir' tidak dikenal");
        Row(4).ShouldContain("Progres harus di antara 0 dan 100");
        Row(5).ShouldContain("Kegiatan wajib diisi");
        Row(5).ShouldContain("Bulan selesai tidak boleh sebelum bulan mulai");
        Row(6).ShouldContain("ID 999999 bukan kegiatan");
        (await CountAsync(2027)).ShouldBe(before, "nothing is saved while any row is wrong");
    }

    [Fact]
    public async Task A_valid_import_creates_the_items_and_an_export_round_trips_as_updates()
    {
        var nip = await factory.DbAsync(db => db.Users.Where(u => u.Email == "anggota@zi.demo").Select(u => u.StaffMember!.Nip!).SingleAsync());
        var file = WorkPlanExcel.Write("Rencana", Header,
        [
            [null, "A", "PPA2A, PPA2B", "Penyusunan rencana kerja 2028", "Dokumen rencana kerja", "SK penetapan", nip, null, "2028-01", "Februari 2028", "Rp 1.500.000", "Belum mulai", null],
            [null, "f", "PPF4A", "SKM triwulan I", "Laporan SKM", null, nip, nip, "3", "3", 750000.5m, "Berjalan", "25%"],
        ]);
        var client = await PortalClient.SignedInAsync(factory, "ketua@zi.demo");
        var response = await ImportAsync(client, 2028, file);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await client.FollowAsync(response)).QuerySelector(".alert-success")!.TextContent.ShouldContain("2 kegiatan baru");

        var items = await factory.DbAsync(db => db.Set<WorkPlanItem>().Include(i => i.Questions).Where(i => i.Plan!.Year == 2028).OrderBy(i => i.Id).ToListAsync());
        items.Count.ShouldBe(2);
        (items[0].StartMonth, items[0].EndMonth, items[0].Budget).ShouldBe((new DateOnly(2028, 1, 1), new DateOnly(2028, 2, 1), 1_500_000m));
        items[0].Questions.Select(q => q.QuestionCode).ShouldBe(["PPA2A", "PPA2B"], ignoreOrder: true);
        (items[1].AreaCode, items[1].StartMonth, items[1].Budget, items[1].Status, items[1].Progress)
            .ShouldBe(("F", new DateOnly(2028, 3, 1), 750000.5m, WorkPlanStatus.InProgress, 25));

        var export = await client.Http.GetAsync("/rencana-kerja/ekspor?year=2028");
        export.Content.Headers.ContentType!.MediaType.ShouldBe(Xlsx);
        var exported = await export.Content.ReadAsByteArrayAsync();
        var rows = WorkPlanExcel.Read(new MemoryStream(exported));
        rows.Count.ShouldBe(2);
        rows[0]["Kegiatan"].ShouldBe("Penyusunan rencana kerja 2028");
        rows[0]["PIC (NIP/Nama)"].ShouldBe(nip);

        var again = await ImportAsync(client, 2028, exported);
        (await client.FollowAsync(again)).QuerySelector(".alert-success")!.TextContent.ShouldContain("0 kegiatan baru, 2 kegiatan diperbarui");
        (await CountAsync(2028)).ShouldBe(2);
    }

    [Fact]
    public async Task A_file_that_is_not_excel_is_refused_with_a_message()
    {
        var client = await PortalClient.SignedInAsync(factory, "ketua@zi.demo");
        var response = await ImportAsync(client, 2027, Encoding.UTF8.GetBytes("Area;Kegiatan\nA;Rapat"), "rencana.xlsx");
        (await PortalClient.ParseAsync(response)).QuerySelector("[data-testid=import-errors]")!.TextContent
            .ShouldContain("Isi berkas tidak sesuai dengan ekstensinya (.xlsx): berkas ini bukan XLSX yang sah. Berkas harus XLSX.");

        var wrongHeader = WorkPlanExcel.Write("Lain", ["Nama", "Umur"], [["Budi", 40]]);
        var response2 = await ImportAsync(client, 2027, wrongHeader);
        (await PortalClient.ParseAsync(response2)).QuerySelector("[data-testid=import-errors]")!.TextContent.ShouldContain("kolom wajib");
    }

    [Fact]
    public async Task A_coordinator_cannot_import_rows_of_other_areas()
    {
        var nip = await factory.DbAsync(db => db.Users.Where(u => u.Email == "anggota@zi.demo").Select(u => u.StaffMember!.Nip!).SingleAsync());
        var file = WorkPlanExcel.Write("Rencana", Header,
        [
            [null, "A", "PPA4D", "Apel integritas", "Apel", null, nip, null, "2026-12", "2026-12", null, null, null],
            [null, "E", "PPE1A", "Kampanye antigratifikasi", "Banner", null, nip, null, "2026-12", "2026-12", null, null, null],
        ]);
        var before = await CountAsync(2026);
        var client = await PortalClient.SignedInAsync(factory, "anggota@zi.demo");
        var report = (await PortalClient.ParseAsync(await ImportAsync(client, 2026, file))).QuerySelector("[data-testid=import-errors]")!;
        report.QuerySelector("tr[data-row='3']")!.TextContent.ShouldContain("tidak berhak mengelola kegiatan area E");
        (await CountAsync(2026)).ShouldBe(before);
    }
}
