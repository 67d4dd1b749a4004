using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ZonaIntegritas.BrowserTests.Infrastructure;
using ZonaIntegritas.Web.Configuration;
using ZonaIntegritas.Web.Domain.Users;
using ZonaIntegritas.Web.Infrastructure.Authorization;

namespace ZonaIntegritas.BrowserTests.Account;

[Collection(BrowserCollection.Name)]
public class SignInTests(BrowserFixture browser)
{
    [Theory]
    [InlineData("admin@zi.demo", Roles.Administrator)]
    [InlineData("pimpinan@zi.demo", Roles.Pimpinan)]
    [InlineData("ketua@zi.demo", Roles.KetuaTim)]
    [InlineData("anggota@zi.demo", Roles.AnggotaTim)]
    [InlineData("penilai@zi.demo", Roles.PenilaiInternal)]
    [InlineData("pegawai@zi.demo", Roles.Pegawai)]
    public async Task Every_demo_account_lands_on_the_home_page_with_exactly_its_role_menu(string email, string role)
    {
        var page = await browser.NewSignedInPageAsync(email);

        if (role == Roles.Pimpinan)
        {
            // The kepala kantor's home page is the readiness dashboard.
            new Uri(page.Url).AbsolutePath.ShouldBe("/kesiapan");
        }
        else
        {
            (await page.Locator("[data-testid=role-labels]").InnerTextAsync()).ShouldContain(Roles.Label(role));
        }
        var (expectedItems, expectedGroups) = MenuFor(role);
        var shownItems = await page.Locator("[data-testid=main-nav] [data-nav]")
            .EvaluateAllAsync<string[]>("els => els.map(e => e.getAttribute('data-nav'))");
        var shownGroups = await page.Locator("[data-testid=main-nav] .dropdown-toggle")
            .EvaluateAllAsync<string[]>("els => els.map(e => e.textContent.trim())");
        shownItems.ShouldBe(expectedItems, ignoreOrder: true, customMessage: $"menu items for {role}");
        shownGroups.ShouldBe(expectedGroups, ignoreOrder: true, customMessage: $"menu groups for {role}");
        shownItems.ShouldContain("Beranda");

        if (shownGroups.Length > 0)
        {
            // Open the first group so the screenshot shows a menu as the user sees it.
            await page.Locator("[data-testid=main-nav] .dropdown-toggle").First.ClickAsync();
            await page.Locator("[data-testid=main-nav] .dropdown-menu.show").WaitForAsync();
        }
        await browser.ScreenshotAsync(page, $"home-{role}");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Pegawai_does_not_see_administration_menus_that_the_administrator_sees()
    {
        var adminOnly = Navigation.Items
            .Where(i => i.Permission is not null && Allowed(i.Permission, Roles.Administrator) && !Allowed(i.Permission, Roles.Pegawai))
            .ToList();
        var admin = await browser.NewSignedInPageAsync("admin@zi.demo");
        var pegawai = await browser.NewSignedInPageAsync("pegawai@zi.demo");
        var adminNav = await admin.Locator("[data-testid=main-nav]").TextContentAsync() ?? "";
        var pegawaiNav = await pegawai.Locator("[data-testid=main-nav]").TextContentAsync() ?? "";

        foreach (var item in adminOnly)
        {
            adminNav.ShouldContain(item.Label);
            pegawaiNav.ShouldNotContain(item.Label);
        }
        foreach (var group in adminOnly.Select(i => i.Group).Where(g => g.Length > 0).Distinct())
        {
            if (!Navigation.Items.Any(i => i.Group == group && (i.Permission is null || Allowed(i.Permission, Roles.Pegawai))))
            {
                pegawaiNav.ShouldNotContain(group);
            }
        }
        await admin.Context.CloseAsync();
        await pegawai.Context.CloseAsync();
    }

    [Fact]
    public async Task Wrong_password_shows_the_indonesian_message_and_stays_on_the_login_page()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/akun/masuk");
        await page.FillAsync("input[name=Email]", "pegawai@zi.demo");
        await page.FillAsync("input[name=Password]", "SalahSekali123");
        await page.ClickAsync("form[action='/akun/masuk'] button[type=submit]");

        var summary = page.Locator("[data-testid=validation-summary]");
        await summary.WaitForAsync();
        (await summary.InnerTextAsync()).ShouldContain("Email atau kata sandi salah");
        new Uri(page.Url).AbsolutePath.ShouldBe("/akun/masuk");
        (await page.Locator("[data-testid=main-nav]").CountAsync()).ShouldBe(0);
        await browser.ScreenshotAsync(page, "login-wrong-password");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Signing_out_returns_to_the_login_page_and_pages_then_require_sign_in_again()
    {
        var page = await browser.NewSignedInPageAsync("anggota@zi.demo");

        await page.ClickAsync("[data-testid=user-menu]");
        await page.GetByRole(AriaRole.Button, new() { Name = "Keluar" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/akun/masuk");

        await page.GotoAsync("/");
        new Uri(page.Url).AbsolutePath.ShouldBe("/akun/masuk");
        (await page.Locator("[data-testid=role-labels]").CountAsync()).ShouldBe(0);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Login_page_fits_a_phone_screen()
    {
        var page = await browser.NewPageAsync(BrowserFixture.Phone);
        await page.GotoAsync("/akun/masuk");

        (await page.Locator("input[name=Email]").IsVisibleAsync()).ShouldBeTrue();
        (await page.Locator("form[action='/akun/masuk'] button[type=submit]").IsVisibleAsync()).ShouldBeTrue();
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        overflow.ShouldBeLessThanOrEqualTo(0, "the login page scrolls sideways on a phone");
        await browser.ScreenshotAsync(page, "login-phone");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Styles_and_scripts_load_without_errors()
    {
        var page = await browser.NewPageAsync();
        var failures = BrowserFixture.CollectErrors(page);
        await page.GotoAsync("/akun/masuk");
        await page.FillAsync("input[name=Email]", "ketua@zi.demo");
        await page.FillAsync("input[name=Password]", BrowserFixture.DemoPassword);
        await page.ClickAsync("form[action='/akun/masuk'] button[type=submit]");
        await page.Locator("[data-testid=role-labels]").WaitForAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        (await page.EvaluateAsync<bool>("() => typeof window.bootstrap === 'object' && typeof window.htmx === 'object'")).ShouldBeTrue();
        var navbarColor = await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('nav.navbar')).backgroundColor");
        navbarColor.ShouldNotBe("rgba(0, 0, 0, 0)", "Bootstrap's stylesheet is applied");
        failures.ShouldBeEmpty();
        await page.Context.CloseAsync();
    }

    private NavigationRegistry Navigation => browser.Portal.Services.GetRequiredService<NavigationRegistry>();

    private static bool Allowed(string permission, string role) =>
        Permissions.RolesFor.TryGetValue(permission, out var roles) && roles.Contains(role);

    /// <summary>The menu the layout should render for a user holding only <paramref name="role"/>.</summary>
    private (string[] Items, string[] Groups) MenuFor(string role)
    {
        var granted = Navigation.Items.Where(i => i.Permission is null || Allowed(i.Permission, role)).ToList();
        return (granted.Select(i => i.Label).ToArray(),
            granted.Select(i => i.Group).Where(g => g.Length > 0).Distinct().ToArray());
    }
}
