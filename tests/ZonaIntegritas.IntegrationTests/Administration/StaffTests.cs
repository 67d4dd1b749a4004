using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using ZonaIntegritas.IntegrationTests.Infrastructure;
using ZonaIntegritas.Web.Domain.Staff;
using ZonaIntegritas.Web.Infrastructure.Seeding;

namespace ZonaIntegritas.IntegrationTests.Administration;

[Collection(DemoPortalCollection.Name)]
public class StaffTests(DemoPortal demo)
{
    private readonly PortalFactory factory = demo.For(typeof(StaffTests));

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    private async Task<HttpResponseMessage> CreateStaffAsync(PortalClient client, Dictionary<string, string> values)
    {
        var form = await client.GetFormAsync("/pegawai/baru", "[data-testid=staff-form]");
        return await client.PostFormAsync(form, values);
    }

    [Fact]
    public async Task Ketua_tim_adds_a_staff_member_to_a_unit_in_scope()
    {
        var ketua = await PortalClient.SignedInAsync(factory, "ketua@zi.demo");
        var klojen = await factory.UnitIdAsync("KUA-KLOJEN");
        var nip = AdminTestKit.FreshNip();
        var response = await CreateStaffAsync(ketua, new()
        {
            ["Input.Nip"] = nip[..8] + " " + nip[8..14] + " " + nip[14] + " " + nip[15..],
            ["Input.FullName"] = "  Hj. Nur Aini, S.Ag.  ",
            ["Input.Position"] = "Penghulu",
            ["Input.RankGrade"] = "III/c",
            ["Input.EmploymentType"] = nameof(EmploymentType.Pns),
            ["Input.UnitId"] = Id(klojen),
            ["Input.Email"] = "nur.aini@kemenag.go.id",
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, (await PortalClient.ParseAsync(response)).ValidationText());
        (await ketua.FollowAsync(response)).AlertText().ShouldContain("berhasil ditambahkan");
        var staff = await factory.WithDbAsync(db => db.Staff.AsNoTracking().SingleAsync(s => s.Nip == nip));
        staff.FullName.ShouldBe("Hj. Nur Aini, S.Ag.");
        staff.UnitId.ShouldBe(klojen);
        staff.IsActive.ShouldBeTrue();
    }

    [Theory]
    [InlineData("12345", "NIP harus terdiri dari 18 digit angka.")]
    [InlineData("198502302010011001", "tanggal lahir yang valid")]
    [InlineData("", "NIP wajib diisi untuk pegawai PNS, CPNS, dan PPPK.")]
    public async Task Invalid_nip_shows_the_reason_and_writes_nothing(string nip, string message)
    {
        var admin = await PortalClient.SignedInAsync(factory, "admin@zi.demo");
        var office = await factory.UnitIdAsync(AdminTestKit.OfficeCode);
        var before = await factory.WithDbAsync(db => db.Staff.CountAsync());
        var response = await CreateStaffAsync(admin, new()
        {
            ["Input.Nip"] = nip,
            ["Input.FullName"] = "Pegawai NIP Salah",
            ["Input.EmploymentType"] = nameof(EmploymentType.Pns),
            ["Input.UnitId"] = Id(office),
        });
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var doc = await PortalClient.ParseAsync(response);
        doc.ValidationText().ShouldContain(message);
        doc.QuerySelector("#Input_FullName")!.GetAttribute("value").ShouldBe("Pegawai NIP Salah", "the form keeps what was typed");
        (await factory.WithDbAsync(db => db.Staff.CountAsync())).ShouldBe(before);
    }

    [Fact]
    public async Task Non_asn_staff_may_have_no_nip_and_name_is_required()
    {
        var admin = await PortalClient.SignedInAsync(factory, "admin@zi.demo");
        var office = await factory.UnitIdAsync(AdminTestKit.OfficeCode);
        var noName = await CreateStaffAsync(admin, new() { ["Input.EmploymentType"] = nameof(EmploymentType.NonAsn), ["Input.UnitId"] = Id(office), ["Input.Email"] = "bukan email" });
        var text = (await PortalClient.ParseAsync(noName)).ValidationText();
        text.ShouldContain("Nama pegawai wajib diisi.");
        text.ShouldContain("Format email tidak valid.");

        var ok = await CreateStaffAsync(admin, new()
        {
            ["Input.FullName"] = "Tenaga Honorer Satu",
            ["Input.EmploymentType"] = nameof(EmploymentType.NonAsn),
            ["Input.UnitId"] = Id(office),
        });
        ok.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await factory.WithDbAsync(db => db.Staff.Where(s => s.FullName == "Tenaga Honorer Satu").Select(s => s.Nip).SingleAsync())).ShouldBeNull();
    }

    [Fact]
    public async Task Duplicate_nip_gets_a_clear_message()
    {
        var admin = await PortalClient.SignedInAsync(factory, "admin@zi.demo");
        var office = await factory.UnitIdAsync(AdminTestKit.OfficeCode);
        var response = await CreateStaffAsync(admin, new()
        {
            ["Input.Nip"] = DemoSeeder.DemoNip(7),
            ["Input.FullName"] = "Pegawai Kembar",
            ["Input.EmploymentType"] = nameof(EmploymentType.Pns),
            ["Input.UnitId"] = Id(office),
        });
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await PortalClient.ParseAsync(response)).ValidationText().ShouldContain($"NIP {DemoSeeder.DemoNip(7)} sudah terdaftar atas nama");
        (await factory.WithDbAsync(db => db.Staff.CountAsync(s => s.Nip == DemoSeeder.DemoNip(7)))).ShouldBe(1);
    }

    [Fact]
    public async Task Admin_edits_a_staff_member()
    {
        var admin = await PortalClient.SignedInAsync(factory, "admin@zi.demo");
        var id = await factory.WithDbAsync(db => db.Staff.Where(s => s.Nip == DemoSeeder.DemoNip(12)).Select(s => s.Id).SingleAsync());
        var man = await factory.UnitIdAsync("MAN-2-MALANG");
        var form = await admin.GetFormAsync($"/pegawai/ubah/{id}", "[data-testid=staff-form]");
        form["Input.Nip"].ShouldBe(DemoSeeder.DemoNip(12));
        var response = await admin.PostFormAsync(form, new() { ["Input.UnitId"] = Id(man), ["Input.Position"] = "Guru Madrasah", ["Input.IsActive"] = "false" });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var staff = await factory.WithDbAsync(db => db.Staff.AsNoTracking().SingleAsync(s => s.Id == id));
        staff.UnitId.ShouldBe(man);
        staff.Position.ShouldBe("Guru Madrasah");
        staff.IsActive.ShouldBeFalse();
    }

    [Fact]
    public async Task Ketua_tim_gets_403_for_staff_of_another_kanwil()
    {
        var (foreignUnit, foreignStaff) = await factory.AddForeignUnitWithStaffAsync("A");
        var foreignNip = await factory.WithDbAsync(db => db.Staff.Where(s => s.Id == foreignStaff).Select(s => s.Nip!).SingleAsync());
        var ketua = await PortalClient.SignedInAsync(factory, "ketua@zi.demo");

        (await ketua.GetStatusAsync($"/pegawai/ubah/{foreignStaff}")).ShouldBe(HttpStatusCode.Forbidden);
        var post = await ketua.PostWithTokenAsync($"/pegawai/ubah/{foreignStaff}", new()
        {
            ["Input.Nip"] = foreignNip,
            ["Input.FullName"] = "Diubah Ketua Malang",
            ["Input.EmploymentType"] = nameof(EmploymentType.Pns),
            ["Input.UnitId"] = Id(foreignUnit),
        });
        post.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await factory.WithDbAsync(db => db.Staff.Where(s => s.Id == foreignStaff).Select(s => s.FullName).SingleAsync())).ShouldBe("Pegawai Semarang A");

        var create = await ketua.PostWithTokenAsync("/pegawai/baru", new()
        {
            ["Input.Nip"] = AdminTestKit.FreshNip(),
            ["Input.FullName"] = "Disusupkan ke Semarang",
            ["Input.EmploymentType"] = nameof(EmploymentType.Pns),
            ["Input.UnitId"] = Id(foreignUnit),
        });
        create.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await factory.WithDbAsync(db => db.Staff.AnyAsync(s => s.FullName == "Disusupkan ke Semarang"))).ShouldBeFalse();

        (await ketua.GetStatusAsync($"/pegawai?UnitId={foreignUnit}")).ShouldBe(HttpStatusCode.Forbidden);
        var list = await ketua.GetDocumentAsync($"/pegawai?Q={foreignNip}");
        list.QuerySelectorAll("[data-staff-nip]").ShouldBeEmpty();
        var form = await ketua.GetDocumentAsync("/pegawai/baru");
        form.QuerySelectorAll("#Input_UnitId option").Select(o => o.GetAttribute("value")).ShouldNotContain(Id(foreignUnit));
    }

    [Fact]
    public async Task Ketua_tim_cannot_move_own_staff_to_a_unit_outside_scope()
    {
        var (foreignUnit, _) = await factory.AddForeignUnitWithStaffAsync("B");
        var ketua = await PortalClient.SignedInAsync(factory, "ketua@zi.demo");
        var id = await factory.WithDbAsync(db => db.Staff.Where(s => s.Nip == DemoSeeder.DemoNip(20)).Select(s => s.Id).SingleAsync());
        var form = await ketua.GetFormAsync($"/pegawai/ubah/{id}", "[data-testid=staff-form]");
        var response = await ketua.PostFormAsync(form, new() { ["Input.UnitId"] = Id(foreignUnit) });
        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await factory.WithDbAsync(db => db.Staff.Where(s => s.Id == id).Select(s => s.UnitId).SingleAsync())).ShouldNotBe(foreignUnit);
    }

    [Fact]
    public async Task Staff_list_filters_by_unit_type_status_and_text_and_pages()
    {
        var pimpinan = await PortalClient.SignedInAsync(factory, "pimpinan@zi.demo");
        var nonAsn = await pimpinan.GetDocumentAsync($"/pegawai?Type={nameof(EmploymentType.NonAsn)}");
        var expectedNonAsn = await factory.WithDbAsync(db => db.Staff.CountAsync(s => s.EmploymentType == EmploymentType.NonAsn && s.Unit!.Code != "KEMENAG-SEMARANG-A" && s.Unit.Code != "KEMENAG-SEMARANG-B"));
        nonAsn.QuerySelectorAll("[data-testid=staff-table] tbody tr").Length.ShouldBe(expectedNonAsn);

        var byNip = await pimpinan.GetDocumentAsync($"/pegawai?Q={DemoSeeder.DemoNip(3)[..12]}");
        byNip.QuerySelectorAll("[data-staff-nip]").Select(r => r.GetAttribute("data-staff-nip")).ShouldContain(DemoSeeder.DemoNip(3));

        var klojen = await factory.UnitIdAsync("KUA-KLOJEN");
        var inKlojen = await pimpinan.GetDocumentAsync($"/pegawai?UnitId={klojen}");
        var klojenCount = await factory.WithDbAsync(db => db.Staff.CountAsync(s => s.UnitId == klojen));
        inKlojen.QuerySelectorAll("[data-testid=staff-table] tbody tr").Length.ShouldBe(klojenCount);

        var page1 = await pimpinan.GetDocumentAsync("/pegawai");
        page1.QuerySelectorAll("[data-testid=staff-table] tbody tr").Length.ShouldBe(25);
        var page2 = await pimpinan.GetDocumentAsync("/pegawai?page=2");
        page2.QuerySelectorAll("[data-testid=staff-table] tbody tr").Length.ShouldBeGreaterThan(0);
        page1.QuerySelector("[data-testid=pager]")!.TextContent.ShouldContain("dari");
        page1.QuerySelector("a[href='/pegawai/baru']").ShouldBeNull("Pimpinan only reads the register");
    }

    [Theory]
    [InlineData("admin@zi.demo", HttpStatusCode.OK, HttpStatusCode.OK)]
    [InlineData("ketua@zi.demo", HttpStatusCode.OK, HttpStatusCode.OK)]
    [InlineData("pimpinan@zi.demo", HttpStatusCode.OK, HttpStatusCode.Forbidden)]
    [InlineData("anggota@zi.demo", HttpStatusCode.OK, HttpStatusCode.Forbidden)]
    [InlineData("penilai@zi.demo", HttpStatusCode.OK, HttpStatusCode.Forbidden)]
    [InlineData("pegawai@zi.demo", HttpStatusCode.Forbidden, HttpStatusCode.Forbidden)]
    public async Task Staff_pages_follow_the_view_and_manage_permissions(string email, HttpStatusCode list, HttpStatusCode manage)
    {
        var client = await PortalClient.SignedInAsync(factory, email);
        var id = await factory.WithDbAsync(db => db.Staff.Where(s => s.Nip == DemoSeeder.DemoNip(1)).Select(s => s.Id).SingleAsync());
        (await client.GetStatusAsync("/pegawai")).ShouldBe(list);
        (await client.GetStatusAsync("/pegawai/baru")).ShouldBe(manage);
        (await client.GetStatusAsync($"/pegawai/ubah/{id}")).ShouldBe(manage);
        (await client.GetStatusAsync("/pegawai/impor")).ShouldBe(manage);
    }
}
