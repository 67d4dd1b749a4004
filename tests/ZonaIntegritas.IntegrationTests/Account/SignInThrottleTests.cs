using System.Net;
using Microsoft.EntityFrameworkCore;
using ZonaIntegritas.IntegrationTests.Administration;
using ZonaIntegritas.IntegrationTests.Infrastructure;

namespace ZonaIntegritas.IntegrationTests.Account;

/// <summary>Sign-in attempts are limited per client address; the refusal is in Bahasa Indonesia.</summary>
public class SignInThrottleTests(SignInThrottleTests.Factory factory) : IClassFixture<SignInThrottleTests.Factory>
{
    [Fact]
    public async Task The_fourth_attempt_in_a_minute_from_one_address_is_refused()
    {
        var client = new PortalClient(factory);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            var form = await client.GetFormAsync("/akun/masuk", "form[action='/akun/masuk']");
            var response = await client.PostFormAsync(form, new() { ["Email"] = $"tidak-ada-{i}@zi.demo", ["Password"] = "salah-sekali-123" });
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                (await response.Content.ReadAsStringAsync()).ShouldContain("Terlalu banyak percobaan masuk");
                response.Headers.RetryAfter.ShouldNotBeNull();
            }
        }
        statuses.ShouldBe([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests]);
    }

    public sealed class Factory : PortalFactory
    {
        protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
        {
            ["Security:SignInAttemptsPerMinute"] = "3",
        };
    }
}

/// <summary>Password resets (by an administrator) are limited per client address too.</summary>
public class PasswordResetThrottleTests(PasswordResetThrottleTests.Factory factory) : IClassFixture<PasswordResetThrottleTests.Factory>
{
    [Fact]
    public async Task Password_resets_are_limited_per_address_too()
    {
        var admin = await PortalClient.SignedInAsync(factory, "admin@zi.demo");
        var pegawai = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == "pegawai@zi.demo").Select(u => u.Id).SingleAsync());
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add((await admin.PostWithTokenAsync($"/pengguna/atur-ulang-sandi/{pegawai}", new())).StatusCode);
        }
        statuses.ShouldBe([HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.TooManyRequests]);
    }

    public sealed class Factory : PortalFactory
    {
        protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["Security:PasswordResetsPerMinute"] = "2" };
    }
}
