using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ZonaIntegritas.IntegrationTests.Infrastructure;
using ZonaIntegritas.Web.Domain.Users;

namespace ZonaIntegritas.IntegrationTests.Administration;

[Collection(DemoPortalCollection.Name)]
public class UsersTests(DemoPortal demo)
{
    private readonly PortalFactory factory = demo.For(typeof(UsersTests));

    private const string StrongPassword = "KataSandiKuat2026";

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    private Task<int> UnlinkedStaffIdAsync(string unitCode, int skip = 0) =>
        factory.WithDbAsync(db => db.Staff
            .Where(s => s.Unit!.Code == unitCode && s.IsActive && !db.Users.Any(u => u.StaffMemberId == s.Id))
            .OrderBy(s => s.Id).Select(s => s.Id).Skip(skip).FirstAsync());

    private Task<string> UserIdAsync(string email) =>
        factory.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    private async Task<HttpResponseMessage> CreateUserAsync(PortalClient admin, Dictionary<string, string> values)
    {
        var form = await admin.GetFormAsync("/pengguna/baru", "[data-testid=user-create-form]");
        return await admin.PostFormAsync(form, values);
    }

    [Fact]
    public async Task Created_user_sees_the_generated_password_once_and_must_change_it_at_first_sign_in()
    {
        var admin = await PortalClient.SignedInAsync(factory, "admin@zi.demo");
        var office = await factory.UnitIdAsync(AdminTestKit.OfficeCode);
        var staffId = await UnlinkedStaffIdAsync(AdminTestKit.OfficeCode);
        var response = await CreateUserAsync(admin, new()
        {
            ["Input.Email"] = "baru.satu@zi.demo",
            ["Input.FullName"] = "",
            ["Input.UnitId"] = Id(office),
            ["Input.StaffMemberId"] = Id(staffId),
            ["Input.Roles"] = Roles.AnggotaTim,
            ["Input.PasswordChoice"] = "Generate",
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var editUrl = response.Headers.Location!.ToString();
        editUrl.ShouldStartWith("/pengguna/ubah/");

        var page = await admin.GetDocumentAsync(editUrl);
        var password = page.QuerySelector("[data-testid=temporary-password-value]")!.TextContent.Trim();
        password.Length.ShouldBe(16);
        (await admin.GetDocumentAsync(editUrl)).QuerySelector("[data-testid=temporary-password]").ShouldBeNull("shown once only");

        var user = await factory.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Email == "baru.satu@zi.demo"));
        user.MustChangePassword.ShouldBeTrue();
        user.StaffMemberId.ShouldBe(staffId);
        user.UnitId.ShouldBe(office);
        user.FullName.ShouldBe(await factory.WithDbAsync(db => db.Staff.Where(s => s.Id == staffId).Select(s => s.FullName).SingleAsync()), "empty name is taken from the staff record");

        var newcomer = new PortalClient(factory);
        var signIn = await newcomer.SignInAsync("baru.satu@zi.demo", password);
        signIn.Headers.Location!.ToString().ShouldBe("/akun/ubah-sandi");
        (await newcomer.Http.GetAsync("/")).Headers.Location!.ToString().ShouldBe("/akun/ubah-sandi");
        var change = await newcomer.GetFormAsync("/akun/ubah-sandi", "form[action='/akun/ubah-sandi']");
        (await newcomer.PostFormAsync(change, new() { ["CurrentPassword"] = password, ["NewPassword"] = StrongPassword, ["ConfirmPassword"] = StrongPassword }))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await newcomer.Http.GetAsync("/")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Typed_temporary_password_must_meet_the_policy()
    {
        var admin = await PortalClient.SignedInAsync(factory, "admin@zi.demo");
        var office = await factory.UnitIdAsync(AdminTestKit.OfficeCode);
        var values = new Dictionary<string, string>
        {
            ["Input.Email"] = "ketik.sendiri@zi.demo",
            ["Input.FullName"] = "Pegawai Ketik Sendiri",
            ["Input.UnitId"] = Id(office),
            ["Input.Roles"] = Roles.Pegawai,
            ["Input.PasswordChoice"] = "Manual",
            ["Input.Password"] = "lemah",
        };
        var weak = await CreateUserAsync(admin, values);
        weak.StatusCode.ShouldBe(HttpStatusCode.OK);
        var text = (await PortalClient.ParseAsync(weak)).ValidationText();
        text.ShouldContain("minimal 12 karakter");
        (await factory.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == "ketik.sendiri@zi.demo"))).ShouldBeFalse();

        values["Input.Password"] = "Sementara2026x";
        var ok = await CreateUserAsync(admin, values);
        ok.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await admin.FollowAsync(ok)).QuerySelector("[data-testid=temporary-password]").ShouldBeNull("the admin typed it, nothing to reveal");
        var signIn = await new PortalClient(factory).SignInAsync("ketik.sendiri@zi.demo", "Sementara2026x");
        signIn.Headers.Location!.ToString().ShouldBe("/akun/ubah-sandi");
    }

    [Fact]
    public async Task Missing_fields_and_duplicate_email_get_messages()
    {
        var admin = await PortalClient.SignedInAsync(factory, "admin@zi.demo");
        var empty = await CreateUserAsync(admin, new() { ["Input.Email"] = "bukan-email" });
        var text = (await PortalClient.ParseAsync(empty)).ValidationText();
        text.ShouldContain("Format email tidak valid.");
        text.ShouldContain("Unit kerja wajib dipilih.");
        text.ShouldContain("Pilih minimal satu peran.");
        text.ShouldContain("Nama lengkap wajib diisi");

        var office = await factory.UnitIdAsync(AdminTestKit.OfficeCode);
        var duplicate = await CreateUserAsync(admin, new()
        {
            ["Input.Email"] = "KETUA@zi.demo",
            ["Input.FullName"] = "Ketua Ganda",
            ["Input.UnitId"] = Id(office),
            ["Input.Roles"] = Roles.Pegawai,
        });
        (await PortalClient.ParseAsync(duplicate)).ValidationText().ShouldContain("sudah digunakan akun lain");
    }

    [Fact]
    public async Task A_staff_record_gets_at_most_one_account_and_only_from_the_chosen_unit_tree()
    {
        var admin = await PortalClient.SignedInAsync(factory, "admin@zi.demo");
        var office = await factory.UnitIdAsync(AdminTestKit.OfficeCode);
        var klojen = await factory.UnitIdAsync("KUA-KLOJEN");
        var ketuaStaff = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == "ketua@zi.demo").Select(u => u.StaffMemberId!.Value).SingleAsync());

        var taken = await CreateUserAsync(admin, new()
        {
            ["Input.Email"] = "kembar@zi.demo",
            ["Input.UnitId"] = Id(office),
            ["Input.StaffMemberId"] = Id(ketuaStaff),
            ["Input.Roles"] = Roles.Pegawai,
        });
        (await PortalClient.ParseAsync(taken)).ValidationText().ShouldContain("sudah memiliki akun (ketua@zi.demo)");

        var officeStaff = await UnlinkedStaffIdAsync(AdminTestKit.OfficeCode);
        var outside = await CreateUserAsync(admin, new()
        {
            ["Input.Email"] = "salah.unit@zi.demo",
            ["Input.UnitId"] = Id(klojen),
            ["Input.StaffMemberId"] = Id(officeStaff),
            ["Input.Roles"] = Roles.Pegawai,
        });
        (await PortalClient.ParseAsync(outside)).ValidationText().ShouldContain("tidak berada di unit kerja yang dipilih");
        (await factory.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == "kembar@zi.demo" || u.Email == "salah.unit@zi.demo"))).ShouldBeFalse();

        var options = await PortalClient.ParseAsync(await admin.Http.GetAsync($"/pengguna/opsi-pegawai?Input.UnitId={klojen}"));
        var ids = options.QuerySelectorAll("option").Select(o => o.GetAttribute("value")).Where(v => v != "").ToList();
        var klojenStaff = await factory.WithDbAsync(db => db.Staff.Where(s => s.UnitId == klojen && s.IsActive).Select(s => s.Id).ToListAsync());
        ids.ShouldBe(klojenStaff.Select(Id), ignoreOrder: true);
        var officeOptions = await PortalClient.ParseAsync(await admin.Http.GetAsync($"/pengguna/opsi-pegawai?Input.UnitId={office}"));
        officeOptions.QuerySelectorAll("option").Select(o => o.GetAttribute("value")).ShouldNotContain(Id(ketuaStaff), "linked staff are not offered");
    }

    [Fact]
    public async Task Deactivated_user_cannot_sign_in_and_reactivation_restores_access()
    {
        await CreateAccountAsync("nonaktif@zi.demo", Roles.Pegawai);
        var admin = await PortalClient.SignedInAsync(factory, "admin@zi.demo");
        var id = await UserIdAsync("nonaktif@zi.demo");
        var stampBefore = await factory.WithDbAsync(db => db.Users.Where(u => u.Id == id).Select(u => u.SecurityStamp).SingleAsync());

        var form = await admin.GetFormAsync($"/pengguna/ubah/{id}", "[data-testid=deactivate-form]");
        var response = await admin.PostFormAsync(form);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await admin.FollowAsync(response)).AlertText().ShouldContain("dinonaktifkan");
        var user = await factory.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == id));
        user.IsActive.ShouldBeFalse();
        user.SecurityStamp.ShouldNotBe(stampBefore, "existing sign-in cookies must stop working");

        var refused = await new PortalClient(factory).SignInAsync("nonaktif@zi.demo", StrongPassword);
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await PortalClient.ParseAsync(refused)).ValidationText().ShouldContain("Email atau kata sandi salah");

        var reactivate = await admin.GetFormAsync($"/pengguna/ubah/{id}", "[data-testid=reactivate-form]");
        (await admin.PostFormAsync(reactivate)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await new PortalClient(factory).SignInAsync("nonaktif@zi.demo", StrongPassword)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task Admin_cannot_deactivate_or_demote_their_own_account()
    {
        var admin = await PortalClient.SignedInAsync(factory, "admin@zi.demo");
        var id = await UserIdAsync("admin@zi.demo");
        var page = await admin.GetDocumentAsync($"/pengguna/ubah/{id}");
        page.QuerySelector("[data-testid=deactivate-form]").ShouldBeNull();

        var forced = await admin.PostWithTokenAsync($"/pengguna/nonaktifkan/{id}", new());
        (await admin.FollowAsync(forced)).AlertText().ShouldContain("tidak dapat menonaktifkan akun Anda sendiri");
        (await factory.WithDbAsync(db => db.Users.Where(u => u.Id == id).Select(u => u.IsActive).SingleAsync())).ShouldBeTrue();

        var form = await admin.GetFormAsync($"/pengguna/ubah/{id}", "[data-testid=user-edit-form]");
        var demote = await admin.PostFormAsync(form, new() { ["Input.Roles"] = Roles.KetuaTim });
        (await PortalClient.ParseAsync(demote)).ValidationText().ShouldContain("tidak dapat mencabut peran Administrator");
    }

    [Fact]
    public async Task Reset_password_issues_a_new_temporary_password_and_unlocks_the_account()
    {
        await CreateAccountAsync("lupa@zi.demo", Roles.Pegawai);
        await factory.WithScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<AppUser>>();
            var user = await users.FindByEmailAsync("lupa@zi.demo");
            await users.SetLockoutEndDateAsync(user!, DateTimeOffset.UtcNow.AddMinutes(15));
            return 0;
        });
        var admin = await PortalClient.SignedInAsync(factory, "admin@zi.demo");
        var id = await UserIdAsync("lupa@zi.demo");
        (await admin.GetDocumentAsync("/pengguna?Q=lupa")).QuerySelector("[data-user-email='lupa@zi.demo']")!.TextContent.ShouldContain("Terkunci");

        var form = await admin.GetFormAsync($"/pengguna/ubah/{id}", "[data-testid=reset-password-form]");
        var response = await admin.PostFormAsync(form);
        var page = await admin.FollowAsync(response);
        var password = page.QuerySelector("[data-testid=temporary-password-value]")!.TextContent.Trim();

        var user = await factory.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == id));
        user.LockoutEnd.ShouldBeNull();
        user.MustChangePassword.ShouldBeTrue();
        (await new PortalClient(factory).SignInAsync("lupa@zi.demo", StrongPassword)).StatusCode.ShouldBe(HttpStatusCode.OK, "the old password no longer works");
        var signIn = await new PortalClient(factory).SignInAsync("lupa@zi.demo", password);
        signIn.Headers.Location!.ToString().ShouldBe("/akun/ubah-sandi");
    }

    [Fact]
    public async Task Admin_edits_roles_unit_and_change_areas_of_an_anggota_tim()
    {
        var admin = await PortalClient.SignedInAsync(factory, "admin@zi.demo");
        var id = await UserIdAsync("anggota@zi.demo");
        var office = await factory.UnitIdAsync(AdminTestKit.OfficeCode);
        var form = await admin.GetFormAsync($"/pengguna/ubah/{id}", "[data-testid=user-edit-form]");
        form["Input.UnitId"].ShouldBe(Id(office));

        var fields = form.Fields.Where(f => f.Key != "Input.Areas").ToList();
        fields.Add(new("Input.Areas", "A"));
        fields.Add(new("Input.Areas", "C"));
        (await admin.Http.PostAsync(form.Action, new FormUrlEncodedContent(fields))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var areas = await factory.WithDbAsync(db => db.AreaAssignments.Where(a => a.UserId == id).Select(a => new { a.AreaCode, a.UnitId }).ToListAsync());
        areas.Select(a => a.AreaCode).Order().ShouldBe(["A", "C"]);
        areas.ShouldAllBe(a => a.UnitId == office);

        var again = await admin.GetFormAsync($"/pengguna/ubah/{id}", "[data-testid=user-edit-form]");
        again.Fields.Where(f => f.Key == "Input.Areas").Select(f => f.Value).Order().ShouldBe(["A", "C"]);
        var onlyC = again.Fields.Where(f => !(f.Key == "Input.Areas" && f.Value == "A")).ToList();
        onlyC.RemoveAll(f => f.Key == "Input.FullName");
        onlyC.Add(new("Input.FullName", "Anggota Tim Diperbarui"));
        (await admin.Http.PostAsync(again.Action, new FormUrlEncodedContent(onlyC))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await factory.WithDbAsync(db => db.AreaAssignments.Where(a => a.UserId == id).Select(a => a.AreaCode).ToListAsync())).ShouldBe(["C"]);
        (await factory.WithDbAsync(db => db.Users.Where(u => u.Id == id).Select(u => u.FullName).SingleAsync())).ShouldBe("Anggota Tim Diperbarui");
    }

    [Fact]
    public async Task Areas_are_dropped_when_the_user_is_no_longer_anggota_tim_and_roles_are_replaced()
    {
        await CreateAccountAsync("pindah.peran@zi.demo", Roles.AnggotaTim);
        var admin = await PortalClient.SignedInAsync(factory, "admin@zi.demo");
        var id = await UserIdAsync("pindah.peran@zi.demo");
        var form = await admin.GetFormAsync($"/pengguna/ubah/{id}", "[data-testid=user-edit-form]");
        (await admin.PostFormAsync(form, new() { ["Input.Areas"] = "B" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await factory.WithDbAsync(db => db.AreaAssignments.CountAsync(a => a.UserId == id))).ShouldBe(1);

        var fields = (await admin.GetFormAsync($"/pengguna/ubah/{id}", "[data-testid=user-edit-form]")).Fields
            .Where(f => f.Key != "Input.Roles").Append(new("Input.Roles", Roles.PenilaiInternal)).Append(new("Input.Roles", Roles.Pegawai)).ToList();
        (await admin.Http.PostAsync($"/pengguna/ubah/{id}", new FormUrlEncodedContent(fields))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await factory.WithDbAsync(db => db.AreaAssignments.CountAsync(a => a.UserId == id))).ShouldBe(0);
        var roles = await factory.WithScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<AppUser>>();
            return await users.GetRolesAsync((await users.FindByIdAsync(id))!);
        });
        roles.Order().ShouldBe([Roles.Pegawai, Roles.PenilaiInternal]);
    }

    [Fact]
    public async Task User_list_filters_by_role_unit_status_and_text()
    {
        var admin = await PortalClient.SignedInAsync(factory, "admin@zi.demo");
        var byRole = await admin.GetDocumentAsync($"/pengguna?Role={Roles.KetuaTim}");
        byRole.QuerySelectorAll("[data-user-email]").Select(r => r.GetAttribute("data-user-email")).ShouldBe(["ketua@zi.demo"]);
        var byText = await admin.GetDocumentAsync("/pengguna?Q=PIMPINAN");
        byText.QuerySelectorAll("[data-user-email]").Select(r => r.GetAttribute("data-user-email")).ShouldBe(["pimpinan@zi.demo"]);
        var klojen = await factory.UnitIdAsync("KUA-KLOJEN");
        (await admin.GetDocumentAsync($"/pengguna?UnitId={klojen}")).QuerySelectorAll("[data-user-email]").ShouldBeEmpty();
        (await admin.GetDocumentAsync("/pengguna?Status=aktif")).QuerySelectorAll("[data-user-email='pegawai@zi.demo']").Length.ShouldBe(1);
    }

    [Theory]
    [InlineData("pimpinan@zi.demo")]
    [InlineData("ketua@zi.demo")]
    [InlineData("anggota@zi.demo")]
    [InlineData("penilai@zi.demo")]
    [InlineData("pegawai@zi.demo")]
    public async Task Only_the_administrator_may_manage_users(string email)
    {
        var client = await PortalClient.SignedInAsync(factory, email);
        var pegawai = await UserIdAsync("pegawai@zi.demo");
        (await client.GetStatusAsync("/pengguna")).ShouldBe(HttpStatusCode.Forbidden);
        (await client.GetStatusAsync("/pengguna/baru")).ShouldBe(HttpStatusCode.Forbidden);
        (await client.GetStatusAsync($"/pengguna/ubah/{pegawai}")).ShouldBe(HttpStatusCode.Forbidden);
        (await client.FinalStatusAsync(await client.PostWithTokenAsync($"/pengguna/atur-ulang-sandi/{pegawai}", new()))).ShouldBe(HttpStatusCode.Forbidden);
        (await client.FinalStatusAsync(await client.PostWithTokenAsync($"/pengguna/nonaktifkan/{pegawai}", new()))).ShouldBe(HttpStatusCode.Forbidden);
        (await factory.WithDbAsync(db => db.Users.Where(u => u.Id == pegawai).Select(u => u.IsActive).SingleAsync())).ShouldBeTrue();
    }

    private Task CreateAccountAsync(string email, string role) =>
        factory.WithScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<AppUser>>();
            var office = await factory.UnitIdAsync(AdminTestKit.OfficeCode);
            var user = new AppUser { UserName = email, Email = email, FullName = "Uji " + email, UnitId = office };
            (await users.CreateAsync(user, StrongPassword)).Succeeded.ShouldBeTrue();
            await users.AddToRoleAsync(user, role);
            return 0;
        });
}
