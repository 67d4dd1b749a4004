using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using ZonaIntegritas.IntegrationTests.Infrastructure;
using ZonaIntegritas.Web.Domain.Units;

namespace ZonaIntegritas.IntegrationTests.Administration;

[Collection(DemoPortalCollection.Name)]
public class UnitsTests(DemoPortal demo)
{
    private readonly PortalFactory factory = demo.For(typeof(UnitsTests));

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task Admin_sees_the_units_as_a_tree()
    {
        var admin = await PortalClient.SignedInAsync(factory, "admin@zi.demo");
        var doc = await admin.GetDocumentAsync("/unit");
        var codes = doc.QuerySelectorAll("[data-testid=unit-tree] tbody tr").Select(r => r.GetAttribute("data-unit-code")).ToList();
        codes.IndexOf("KANWIL-JATIM").ShouldBeLessThan(codes.IndexOf(AdminTestKit.OfficeCode));
        codes.IndexOf(AdminTestKit.OfficeCode).ShouldBeLessThan(codes.IndexOf("KUA-KLOJEN"));
        doc.QuerySelector("[data-unit-code=KUA-KLOJEN] td")!.InnerHtml.ShouldContain("padding-left: 3rem");
    }

    [Fact]
    public async Task Admin_creates_a_unit_under_a_parent_with_a_normalised_code()
    {
        var admin = await PortalClient.SignedInAsync(factory, "admin@zi.demo");
        var office = await factory.UnitIdAsync(AdminTestKit.OfficeCode);
        var form = await admin.GetFormAsync($"/unit/baru?parentId={office}", "[data-testid=unit-form]");
        form["Input.ParentId"].ShouldBe(Id(office));
        var response = await admin.PostFormAsync(form, new()
        {
            ["Input.Code"] = " kua-blimbing ",
            ["Input.Name"] = "KUA Kecamatan Blimbing",
            ["Input.Type"] = nameof(UnitType.Kua),
            ["Input.City"] = "Malang",
            ["Input.TimeZone"] = nameof(IndonesianTimeZone.Wib),
            ["Input.HoldsWbk"] = "true",
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, (await PortalClient.ParseAsync(response)).ValidationText());
        (await admin.FollowAsync(response)).AlertText().ShouldContain("berhasil ditambahkan");
        var unit = await factory.WithDbAsync(db => db.Units.AsNoTracking().SingleAsync(u => u.Code == "KUA-BLIMBING"));
        unit.ParentId.ShouldBe(office);
        unit.Type.ShouldBe(UnitType.Kua);
        unit.HoldsWbk.ShouldBeTrue();
        unit.IsActive.ShouldBeTrue();
    }

    [Fact]
    public async Task Duplicate_unit_code_is_refused_with_a_message()
    {
        var admin = await PortalClient.SignedInAsync(factory, "admin@zi.demo");
        var form = await admin.GetFormAsync("/unit/baru", "[data-testid=unit-form]");
        var response = await admin.PostFormAsync(form, new() { ["Input.Code"] = "kua-klojen", ["Input.Name"] = "KUA Klojen Ganda" });
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await PortalClient.ParseAsync(response)).ValidationText().ShouldContain("Kode unit KUA-KLOJEN sudah digunakan");
        (await factory.WithDbAsync(db => db.Units.CountAsync(u => u.Code == "KUA-KLOJEN"))).ShouldBe(1);
    }

    [Fact]
    public async Task Invalid_unit_input_gets_indonesian_messages()
    {
        var admin = await PortalClient.SignedInAsync(factory, "admin@zi.demo");
        var form = await admin.GetFormAsync("/unit/baru", "[data-testid=unit-form]");
        var response = await admin.PostFormAsync(form, new() { ["Input.Code"] = "KODE DENGAN SPASI", ["Input.Name"] = "" });
        var text = (await PortalClient.ParseAsync(response)).ValidationText();
        text.ShouldContain("Nama unit wajib diisi.");
        text.ShouldContain("tanpa spasi");
    }

    [Fact]
    public async Task A_unit_cannot_be_its_own_parent_or_move_below_its_descendant()
    {
        var admin = await PortalClient.SignedInAsync(factory, "admin@zi.demo");
        var kanwil = await factory.UnitIdAsync("KANWIL-JATIM");
        var kua = await factory.UnitIdAsync("KUA-LOWOKWARU");
        var form = await admin.GetFormAsync($"/unit/ubah/{kanwil}", "[data-testid=unit-form]");

        var toSelf = await admin.PostFormAsync(form, new() { ["Input.ParentId"] = Id(kanwil) });
        toSelf.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await PortalClient.ParseAsync(toSelf)).ValidationText().ShouldContain("tidak dapat menjadi induk bagi dirinya sendiri");

        var toGrandchild = await admin.PostFormAsync(form, new() { ["Input.ParentId"] = Id(kua) });
        toGrandchild.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await PortalClient.ParseAsync(toGrandchild)).ValidationText().ShouldContain("lingkaran hierarki");

        (await factory.WithDbAsync(db => db.Units.Where(u => u.Id == kanwil).Select(u => u.ParentId).SingleAsync())).ShouldBeNull();
        var options = (await admin.GetDocumentAsync($"/unit/ubah/{kanwil}")).QuerySelectorAll("#Input_ParentId option").Select(o => o.GetAttribute("value")).ToList();
        options.ShouldNotContain(Id(kua), "descendants are not offered as parent");
    }

    [Fact]
    public async Task Admin_edits_a_unit()
    {
        var admin = await PortalClient.SignedInAsync(factory, "admin@zi.demo");
        var man = await factory.UnitIdAsync("MAN-2-MALANG");
        var form = await admin.GetFormAsync($"/unit/ubah/{man}", "[data-testid=unit-form]");
        form["Input.Code"].ShouldBe("MAN-2-MALANG");
        var response = await admin.PostFormAsync(form, new()
        {
            ["Input.Name"] = "MAN 2 Kota Malang (Unggulan)",
            ["Input.Address"] = "Jl. Bandung No. 7",
            ["Input.TimeZone"] = nameof(IndonesianTimeZone.Wita),
            ["Input.Type"] = nameof(UnitType.Madrasah),
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var unit = await factory.WithDbAsync(db => db.Units.AsNoTracking().SingleAsync(u => u.Id == man));
        unit.Name.ShouldBe("MAN 2 Kota Malang (Unggulan)");
        unit.Address.ShouldBe("Jl. Bandung No. 7");
        unit.TimeZone.ShouldBe(IndonesianTimeZone.Wita);
        unit.UpdatedAtUtc.ShouldNotBeNull();
    }

    [Fact]
    public async Task Deactivating_a_unit_with_active_sub_units_and_staff_is_refused()
    {
        var admin = await PortalClient.SignedInAsync(factory, "admin@zi.demo");
        var office = await factory.UnitIdAsync(AdminTestKit.OfficeCode);
        var form = await admin.GetFormAsync($"/unit/ubah/{office}", "[data-testid=unit-form]");
        var response = await admin.PostFormAsync(form, new() { ["Input.IsActive"] = "false" });
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var text = (await PortalClient.ParseAsync(response)).ValidationText();
        text.ShouldContain("tidak dapat dinonaktifkan");
        text.ShouldContain("sub-unit aktif");
        text.ShouldContain("pegawai aktif");
        (await factory.WithDbAsync(db => db.Units.Where(u => u.Id == office).Select(u => u.IsActive).SingleAsync())).ShouldBeTrue();
    }

    [Fact]
    public async Task An_empty_unit_can_be_deactivated()
    {
        var admin = await PortalClient.SignedInAsync(factory, "admin@zi.demo");
        var id = await factory.WithDbAsync(async db =>
        {
            var unit = new OrgUnit { Code = "KUA-KOSONG", Name = "KUA Kosong", Type = UnitType.Kua, ParentId = await db.Units.Where(u => u.Code == AdminTestKit.OfficeCode).Select(u => u.Id).SingleAsync() };
            db.Units.Add(unit);
            await db.SaveChangesAsync();
            return unit.Id;
        });
        var form = await admin.GetFormAsync($"/unit/ubah/{id}", "[data-testid=unit-form]");
        (await admin.PostFormAsync(form, new() { ["Input.IsActive"] = "false" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await factory.WithDbAsync(db => db.Units.Where(u => u.Id == id).Select(u => u.IsActive).SingleAsync())).ShouldBeFalse();
    }

    [Fact]
    public async Task Deleting_a_unit_that_has_staff_is_refused_but_an_unused_unit_is_deleted()
    {
        var admin = await PortalClient.SignedInAsync(factory, "admin@zi.demo");
        var klojen = await factory.UnitIdAsync("KUA-KLOJEN");
        var refuse = await admin.GetFormAsync($"/unit/ubah/{klojen}", "[data-testid=unit-delete-form]");
        var refused = await admin.PostFormAsync(refuse);
        refused.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await admin.FollowAsync(refused)).AlertText().ShouldContain("tidak dapat dihapus karena masih memiliki");
        (await factory.WithDbAsync(db => db.Units.AnyAsync(u => u.Id == klojen))).ShouldBeTrue();

        var spare = await factory.WithDbAsync(async db =>
        {
            // Below the Kanwil the demo Administrator administers (a top-level unit belongs to the Super Admin).
            var kanwil = await db.Units.Where(u => u.Code == "KANWIL-JATIM").Select(u => u.Id).SingleAsync();
            var unit = new OrgUnit { Code = "SALAH-INPUT", Name = "Unit Salah Input", Type = UnitType.Other, ParentId = kanwil };
            db.Units.Add(unit);
            await db.SaveChangesAsync();
            return unit.Id;
        });
        var delete = await admin.GetFormAsync($"/unit/ubah/{spare}", "[data-testid=unit-delete-form]");
        (await admin.PostFormAsync(delete)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await factory.WithDbAsync(db => db.Units.AnyAsync(u => u.Id == spare))).ShouldBeFalse();
    }

    [Theory]
    [InlineData("pimpinan@zi.demo")]
    [InlineData("ketua@zi.demo")]
    [InlineData("anggota@zi.demo")]
    [InlineData("penilai@zi.demo")]
    [InlineData("pegawai@zi.demo")]
    public async Task Only_the_administrator_may_open_or_post_the_unit_pages(string email)
    {
        var client = await PortalClient.SignedInAsync(factory, email);
        var office = await factory.UnitIdAsync(AdminTestKit.OfficeCode);
        (await client.GetStatusAsync("/unit")).ShouldBe(HttpStatusCode.Forbidden);
        (await client.GetStatusAsync("/unit/baru")).ShouldBe(HttpStatusCode.Forbidden);
        (await client.GetStatusAsync($"/unit/ubah/{office}")).ShouldBe(HttpStatusCode.Forbidden);
        var post = await client.PostWithTokenAsync("/unit/baru", new() { ["Input.Code"] = "PENYUSUP-" + email[..3], ["Input.Name"] = "Penyusup" });
        (await client.FinalStatusAsync(post)).ShouldBe(HttpStatusCode.Forbidden);
        (await factory.WithDbAsync(db => db.Units.AnyAsync(u => u.Name == "Penyusup"))).ShouldBeFalse();
        (await client.GetDocumentAsync("/")).QuerySelector("[data-nav='Unit Kerja']").ShouldBeNull();
    }
}
