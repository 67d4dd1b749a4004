using System.Net;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using ZonaIntegritas.IntegrationTests.Infrastructure;
using ZonaIntegritas.Web.Domain.Users;

namespace ZonaIntegritas.IntegrationTests.Account;

/// <summary>TOTP two-factor sign-in: enrolment with a code computed here from the shared key, the second sign-in
/// step, recovery codes, and the requirement for administrators (off in the test factories unless turned on).</summary>
[Collection(DemoPortalCollection.Name)]
public class TwoFactorTests(DemoPortal demo)
{
    private readonly PortalFactory factory = demo.For(typeof(TwoFactorTests));

    [Fact]
    public async Task A_user_enrols_with_the_shared_key_and_then_needs_a_code_to_sign_in()
    {
        var email = await NewUserAsync(factory, Roles.AnggotaTim);
        var client = await PortalClient.SignedInAsync(factory, email);
        var key = await EnrolAsync(client);

        var again = new PortalClient(factory);
        var password = await again.SignInAsync(email, PortalClient.DemoPassword);
        password.Headers.Location!.ToString().ShouldStartWith("/akun/dua-langkah/masuk");
        (await again.Http.GetAsync("/")).StatusCode.ShouldBe(HttpStatusCode.Redirect, "the password alone does not sign in");

        var form = await again.GetFormAsync(password.Headers.Location!.ToString(), "form[action='/akun/dua-langkah/masuk']");
        var wrong = await again.PostFormAsync(form, new() { ["Code"] = "000000" == Totp(key, 30) ? "111111" : "000000" });
        wrong.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await PortalClient.ParseAsync(wrong)).QuerySelector("[data-testid=validation-summary]")!.TextContent.ShouldContain("Kode verifikasi tidak valid");

        var ok = await again.PostFormAsync(form, new() { ["Code"] = Totp(key, 30) });
        ok.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await again.Http.GetAsync("/")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_recovery_code_signs_in_once()
    {
        var email = await NewUserAsync(factory, Roles.AnggotaTim);
        var client = await PortalClient.SignedInAsync(factory, email);
        var (_, codes) = await EnrolWithCodesAsync(client);
        codes.Count.ShouldBe(10);

        for (var attempt = 0; attempt < 2; attempt++)
        {
            var other = new PortalClient(factory);
            var password = await other.SignInAsync(email, PortalClient.DemoPassword);
            var form = await other.GetFormAsync(password.Headers.Location!.ToString(), "form[action='/akun/dua-langkah/masuk']");
            var response = await other.PostFormAsync(form, new() { ["Code"] = codes[0] });
            response.StatusCode.ShouldBe(attempt == 0 ? HttpStatusCode.Redirect : HttpStatusCode.OK);
        }
    }

    [Fact]
    public async Task With_the_requirement_off_an_administrator_signs_in_with_the_password_alone()
    {
        var client = await PortalClient.SignedInAsync(factory, "admin@zi.demo");
        (await client.Http.GetAsync("/pengguna")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    /// <summary>Enrols the signed-in user; returns the shared key.</summary>
    internal static async Task<string> EnrolAsync(PortalClient client) => (await EnrolWithCodesAsync(client)).Key;

    internal static async Task<(string Key, List<string> Codes)> EnrolWithCodesAsync(PortalClient client)
    {
        var page = await client.GetDocumentAsync("/akun/dua-langkah/aktifkan");
        var key = page.QuerySelector("[data-testid=shared-key]")!.TextContent.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        var form = await client.GetFormAsync("/akun/dua-langkah/aktifkan", "form[action='/akun/dua-langkah/aktifkan']");
        var response = await client.PostFormAsync(form, new() { ["Code"] = Totp(key) });
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var doc = await PortalClient.ParseAsync(response);
        var codes = doc.QuerySelectorAll("[data-testid=recovery-codes] li").Select(li => li.TextContent.Trim()).ToList();
        codes.ShouldNotBeEmpty("recovery codes are shown once after enrolment");
        return (key, codes);
    }

    /// <summary>RFC 6238 TOTP (HMAC-SHA1, 30-second steps, 6 digits), as an authenticator app computes it.</summary>
    internal static string Totp(string base32Key, int offsetSeconds = 0)
    {
        var step = (DateTimeOffset.UtcNow.ToUnixTimeSeconds() + offsetSeconds) / 30;
        var counter = BitConverter.GetBytes(step);
        if (BitConverter.IsLittleEndian)
        {
            Array.Reverse(counter);
        }
        var hash = HMACSHA1.HashData(Base32(base32Key), counter);
        var offset = hash[^1] & 0x0f;
        var binary = ((hash[offset] & 0x7f) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (binary % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static byte[] Base32(string text)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in text.TrimEnd('='))
        {
            buffer = (buffer << 5) | alphabet.IndexOf(c, StringComparison.Ordinal);
            bits += 5;
            if (bits >= 8)
            {
                bytes.Add((byte)(buffer >> (bits - 8)));
                bits -= 8;
            }
        }
        return [.. bytes];
    }

    internal static async Task<string> NewUserAsync(PortalFactory factory, string role)
    {
        var email = $"tfa-{Guid.NewGuid():N}"[..16] + "@zi.demo";
        await factory.WithScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<AppUser>>();
            var template = (await users.FindByEmailAsync("anggota@zi.demo"))!;
            var user = new AppUser { UserName = email, Email = email, FullName = "Uji Dua Langkah", UnitId = template.UnitId, IsActive = true };
            (await users.CreateAsync(user, PortalClient.DemoPassword)).Succeeded.ShouldBeTrue();
            await users.AddToRoleAsync(user, role);
            return 0;
        });
        return email;
    }
}

/// <summary>With <c>Security:RequireTwoFactorForAdministrators</c> on, an administrator can do nothing but enrol.</summary>
public class TwoFactorRequiredTests(TwoFactorRequiredTests.Factory factory) : IClassFixture<TwoFactorRequiredTests.Factory>
{
    [Fact]
    public async Task An_administrator_without_two_factor_is_sent_to_enrolment_until_enrolled()
    {
        var email = await TwoFactorTests.NewUserAsync(factory, Roles.Administrator);
        var client = await PortalClient.SignedInAsync(factory, email);
        var users = await client.Http.GetAsync("/pengguna");
        users.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        users.Headers.Location!.ToString().ShouldBe("/akun/dua-langkah/aktifkan");
        (await client.Http.GetAsync("/")).Headers.Location!.ToString().ShouldBe("/akun/dua-langkah/aktifkan");

        await TwoFactorTests.EnrolAsync(client);
        (await client.Http.GetAsync("/pengguna")).StatusCode.ShouldBe(HttpStatusCode.OK, "the enrolling session continues, now with two factors");
        (await client.GetDocumentAsync("/akun/dua-langkah")).QuerySelector("form[action='/akun/dua-langkah/nonaktifkan']").ShouldBeNull("required: it cannot be turned off");
    }

    [Fact]
    public async Task Other_roles_are_not_required_to_enrol()
    {
        var email = await TwoFactorTests.NewUserAsync(factory, Roles.AnggotaTim);
        var client = await PortalClient.SignedInAsync(factory, email);
        (await client.Http.GetAsync("/")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    public sealed class Factory : PortalFactory
    {
        protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["Security:RequireTwoFactorForAdministrators"] = "true" };
    }
}
