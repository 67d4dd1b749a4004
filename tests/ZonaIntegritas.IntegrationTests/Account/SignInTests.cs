using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ZonaIntegritas.IntegrationTests.Infrastructure;
using ZonaIntegritas.Web.Domain.Users;

namespace ZonaIntegritas.IntegrationTests.Account;

[Collection(DemoPortalCollection.Name)]
public class SignInTests(DemoPortal demo)
{
    private readonly PortalFactory factory = demo.For(typeof(SignInTests));

    [Theory]
    [InlineData("admin@zi.demo", "Administrator")]
    [InlineData("pimpinan@zi.demo", "Pimpinan (Kepala Kantor)")]
    [InlineData("ketua@zi.demo", "Ketua Tim ZI")]
    [InlineData("anggota@zi.demo", "Anggota Tim ZI")]
    [InlineData("penilai@zi.demo", "Penilai Internal")]
    [InlineData("pegawai@zi.demo", "Pegawai")]
    public async Task Every_demo_account_signs_in_and_lands_on_the_home_page(string email, string roleLabel)
    {
        var client = new PortalClient(factory);
        var signedIn = await client.SignInAsync(email, PortalClient.DemoPassword);
        if (email == "pimpinan@zi.demo")
        {
            // The kepala kantor lands on the Kesiapan ZI dashboard.
            signedIn.Headers.Location!.ToString().ShouldBe("/kesiapan");
            var dashboard = await client.GetDocumentAsync("/kesiapan");
            dashboard.QuerySelector("[data-testid=dashboard-header]").ShouldNotBeNull();
            dashboard.QuerySelector("[data-testid=main-nav]").ShouldNotBeNull();
            return;
        }
        var home = await client.GetDocumentAsync("/");
        home.QuerySelector("[data-testid=role-labels]")!.TextContent.ShouldContain(roleLabel);
        home.QuerySelector("[data-testid=main-nav]").ShouldNotBeNull();
    }

    [Fact]
    public async Task Pages_require_sign_in()
    {
        var response = await new PortalClient(factory).Http.GetAsync("/");
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/akun/masuk");
    }

    [Fact]
    public async Task Wrong_password_and_unknown_account_get_the_same_message()
    {
        var client = new PortalClient(factory);
        var wrong = await PortalClient.ParseAsync(await client.SignInAsync("pegawai@zi.demo", "SalahSekali123"));
        var unknown = await PortalClient.ParseAsync(await client.SignInAsync("tidakada@zi.demo", "SalahSekali123"));
        var wrongText = wrong.QuerySelector("[data-testid=validation-summary]")!.TextContent;
        wrongText.ShouldContain("Email atau kata sandi salah");
        unknown.QuerySelector("[data-testid=validation-summary]")!.TextContent.ShouldBe(wrongText);
    }

    [Fact]
    public async Task Five_failed_attempts_cool_the_address_down_without_locking_the_account()
    {
        await factory.WithScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<AppUser>>();
            var result = await users.CreateAsync(new AppUser { UserName = "kunci@zi.demo", Email = "kunci@zi.demo", FullName = "Uji Kunci", UnitId = 2 }, "KataSandiKuat123");
            result.Succeeded.ShouldBeTrue();
            return 0;
        });
        var client = new PortalClient(factory);
        for (var i = 0; i < 5; i++)
        {
            await client.SignInAsync("kunci@zi.demo", "SalahSekali123");
        }
        var response = await client.SignInAsync("kunci@zi.demo", "KataSandiKuat123");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, "the right password is refused from this address while it cools down");
        var lockoutEnd = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == "kunci@zi.demo").Select(u => u.LockoutEnd).SingleAsync());
        lockoutEnd.ShouldBeNull("the account itself is not locked: an attacker cannot lock its owner out");
    }

    [Fact]
    public async Task Admin_issued_password_must_be_changed_at_first_sign_in()
    {
        await factory.WithScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<AppUser>>();
            var user = new AppUser { UserName = "baru@zi.demo", Email = "baru@zi.demo", FullName = "Pegawai Baru", UnitId = 2, MustChangePassword = true };
            (await users.CreateAsync(user, "Sementara12345")).Succeeded.ShouldBeTrue();
            await users.AddToRoleAsync(user, Roles.Pegawai);
            return 0;
        });
        var client = new PortalClient(factory);
        var signIn = await client.SignInAsync("baru@zi.demo", "Sementara12345");
        signIn.Headers.Location!.ToString().ShouldBe("/akun/ubah-sandi");
        (await client.Http.GetAsync("/")).Headers.Location!.ToString().ShouldBe("/akun/ubah-sandi");

        var form = await client.GetFormAsync("/akun/ubah-sandi", "form[action='/akun/ubah-sandi']");
        var weak = await client.PostFormAsync(form, new() { ["CurrentPassword"] = "Sementara12345", ["NewPassword"] = "pendek", ["ConfirmPassword"] = "pendek" });
        (await PortalClient.ParseAsync(weak)).QuerySelector("[data-testid=validation-summary]")!.TextContent.ShouldContain("minimal 12 karakter");

        var ok = await client.PostFormAsync(form, new() { ["CurrentPassword"] = "Sementara12345", ["NewPassword"] = "LangitBiruCerah2026", ["ConfirmPassword"] = "LangitBiruCerah2026" });
        ok.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await client.Http.GetAsync("/")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await factory.WithDbAsync(db => db.Users.Where(u => u.Email == "baru@zi.demo").Select(u => u.MustChangePassword).SingleAsync())).ShouldBeFalse();
    }

    [Fact]
    public async Task Health_endpoints_answer_without_sign_in()
    {
        var client = new PortalClient(factory);
        (await client.Http.GetAsync("/health")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.Http.GetAsync("/health/ready")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Unknown_page_shows_the_indonesian_404_page()
    {
        var client = await PortalClient.SignedInAsync(factory, "pegawai@zi.demo");
        var response = await client.Http.GetAsync("/tidak/ada/halaman");
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("Halaman tidak ditemukan");
    }

    [Fact]
    public async Task Login_post_without_antiforgery_token_is_rejected()
    {
        var client = new PortalClient(factory);
        var response = await client.Http.PostAsync("/akun/masuk", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = "admin@zi.demo",
            ["Password"] = PortalClient.DemoPassword,
        }));
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }
}
