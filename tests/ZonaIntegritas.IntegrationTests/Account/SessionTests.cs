using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ZonaIntegritas.IntegrationTests.Infrastructure;
using ZonaIntegritas.Web.Domain.Users;
using ZonaIntegritas.Web.Infrastructure.Identity.Sessions;

namespace ZonaIntegritas.IntegrationTests.Account;

/// <summary>Sessions end on the server: a cookie replayed after sign-out, after a password change elsewhere, after
/// deactivation, after the idle timeout or the absolute lifetime is refused at the next request.</summary>
[Collection(DemoPortalCollection.Name)]
public class SessionTests(DemoPortal demo)
{
    private readonly PortalFactory factory = demo.For(typeof(SessionTests));

    private static async Task<bool> IsSignedInAsync(HttpClient http) => (await http.GetAsync("/")).StatusCode == HttpStatusCode.OK;

    /// <summary>The raw cookie header of a signed-in client, to replay from a client that never signed out.</summary>
    private static async Task<(PortalClient Client, string Cookie)> SignInAsync(PortalFactory f, string email)
    {
        var jar = new CookieContainer();
        var client = new PortalClient(f.CreateDefaultClient(new Microsoft.AspNetCore.Mvc.Testing.Handlers.CookieContainerHandler(jar)));
        (await client.SignInAsync(email, PortalClient.DemoPassword)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return (client, jar.GetCookieHeader(new Uri("http://localhost/")));
    }

    private HttpClient Replay(string cookie)
    {
        var http = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        http.DefaultRequestHeaders.Add("Cookie", cookie);
        return http;
    }

    [Fact]
    public async Task A_cookie_replayed_after_sign_out_is_refused()
    {
        var (client, cookie) = await SignInAsync(factory, "anggota@zi.demo");
        (await IsSignedInAsync(Replay(cookie))).ShouldBeTrue();
        var form = await client.GetFormAsync("/", "form[action='/akun/keluar']");
        (await client.PostFormAsync(form)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var replayed = await Replay(cookie).GetAsync("/");
        replayed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        replayed.Headers.Location!.ToString().ShouldContain("/akun/masuk");
    }

    [Fact]
    public async Task Changing_the_password_ends_the_other_sessions_at_once_and_keeps_this_one()
    {
        var email = await NewUserAsync();
        var (first, _) = await SignInAsync(factory, email);
        var (_, otherCookie) = await SignInAsync(factory, email);
        (await IsSignedInAsync(Replay(otherCookie))).ShouldBeTrue();

        var form = await first.GetFormAsync("/akun/ubah-sandi", "form[action='/akun/ubah-sandi']");
        var response = await first.PostFormAsync(form, new()
        {
            ["CurrentPassword"] = PortalClient.DemoPassword,
            ["NewPassword"] = "Kata-Sandi-Baru-2026!",
            ["ConfirmPassword"] = "Kata-Sandi-Baru-2026!",
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await IsSignedInAsync(first.Http)).ShouldBeTrue("the session that changed the password continues");
        (await IsSignedInAsync(Replay(otherCookie))).ShouldBeFalse("every other session ends at once");
    }

    [Fact]
    public async Task Deactivation_ends_the_session_at_the_next_request()
    {
        var email = await NewUserAsync();
        var (_, cookie) = await SignInAsync(factory, email);
        await factory.WithScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<AppUser>>();
            var user = (await users.FindByEmailAsync(email))!;
            user.IsActive = false;
            await users.UpdateAsync(user);
            await users.UpdateSecurityStampAsync(user);
            return 0;
        });
        (await IsSignedInAsync(Replay(cookie))).ShouldBeFalse();
    }

    [Theory]
    [InlineData("idle")]
    [InlineData("expired")]
    public async Task Idle_and_absolute_timeouts_end_the_session(string reason)
    {
        var email = await NewUserAsync();
        var (client, _) = await SignInAsync(factory, email);
        var userId = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
        await factory.WithDbAsync(db => reason == "idle"
            ? db.Set<UserSession>().Where(s => s.UserId == userId).ExecuteUpdateAsync(u => u.SetProperty(s => s.LastSeenAtUtc, DateTime.UtcNow.AddMinutes(-31)))
            : db.Set<UserSession>().Where(s => s.UserId == userId).ExecuteUpdateAsync(u => u.SetProperty(s => s.CreatedAtUtc, DateTime.UtcNow.AddHours(-13))));
        (await IsSignedInAsync(client.Http)).ShouldBeFalse();
        var ended = await factory.WithDbAsync(db => db.Set<UserSession>().Where(s => s.UserId == userId).Select(s => s.EndReason).SingleAsync());
        ended.ShouldBe(reason);
    }

    [Fact]
    public async Task Outside_development_both_cookies_are_secure_httponly_and_lax()
    {
        await using var production = new StagingFactory();
        var http = production.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false, BaseAddress = new Uri("https://localhost") });
        var page = await http.GetAsync("/akun/masuk");
        var cookies = page.Headers.GetValues("Set-Cookie").ToList();
        var antiforgery = cookies.Single(c => c.StartsWith("zi.af=", StringComparison.Ordinal));
        antiforgery.ShouldContain("secure");
        antiforgery.ShouldContain("httponly");
        antiforgery.ShouldContain("samesite=strict", Case.Insensitive);
        page.Headers.Contains("Server").ShouldBeFalse();

        var client = new PortalClient(production.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") }));
        var signIn = await client.SignInAsync("anggota@zi.demo", PortalClient.DemoPassword);
        signIn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var auth = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("zi.auth=", StringComparison.Ordinal));
        auth.ShouldContain("secure");
        auth.ShouldContain("httponly");
        auth.ShouldContain("samesite=lax", Case.Insensitive);
    }

    private async Task<string> NewUserAsync()
    {
        var email = $"sesi-{Guid.NewGuid():N}"[..17] + "@zi.demo";
        await factory.WithScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<AppUser>>();
            var template = (await users.FindByEmailAsync("anggota@zi.demo"))!;
            var user = new AppUser { UserName = email, Email = email, FullName = "Uji Sesi", UnitId = template.UnitId, IsActive = true };
            (await users.CreateAsync(user, PortalClient.DemoPassword)).Succeeded.ShouldBeTrue();
            await users.AddToRoleAsync(user, Roles.AnggotaTim);
            return 0;
        });
        return email;
    }

    private sealed class StagingFactory : PortalFactory
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Staging");
        }

        /// <summary>Staging seeds its own demo data at start-up.</summary>
        protected override BaselineKind? Baseline => null;
    }
}
