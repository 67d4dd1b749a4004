using System.Net;
using Microsoft.EntityFrameworkCore;
using ZonaIntegritas.IntegrationTests.Infrastructure;
using ZonaIntegritas.Web.Domain.WorkPlans;

namespace ZonaIntegritas.IntegrationTests.Platform;

/// <summary>
/// Whole pages kept under the database's "all" counter (ADR 0021): a second view of an unchanged page is not rendered
/// again, any write to any table shows on the next view, and a kept page never reaches another session.
/// </summary>
[Collection(DemoPortalCollection.Name)]
public class PageCacheTests(DemoPortal demo)
{
    private readonly PortalFactory factory = demo.For(typeof(PageCacheTests));

    private const int HitCommands = PageCacheTestKit.HitCommands;

    private async Task<(string Html, int Commands)> ViewAsync(PortalClient client, string url, bool htmx = false, bool flashCookie = false)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (htmx)
        {
            request.Headers.Add("HX-Request", "true");
        }
        if (flashCookie)
        {
            // Added to the jar's cookies by the handler; its content does not matter, only that it is there.
            request.Headers.Add("Cookie", ".AspNetCore.Mvc.CookieTempDataProvider=CfDJ8flash");
        }
        factory.Queries.Reset();
        var response = await client.Http.SendAsync(request);
        var commands = factory.Queries.Count;
        response.StatusCode.ShouldBe(HttpStatusCode.OK, url);
        return (await response.Content.ReadAsStringAsync(), commands);
    }

    /// <summary>Signed in without a flash message, well inside a minute.</summary>
    private async Task<PortalClient> SignedInAsync(string email)
    {
        var client = await PageCacheTestKit.SignedInAsync(factory, email);
        await PageCacheTestKit.WellInsideAMinuteAsync();
        return client;
    }

    [Theory]
    [InlineData("ketua@zi.demo", "/")]
    [InlineData("ketua@zi.demo", "/rencana-kerja")]
    [InlineData("ketua@zi.demo", "/eviden")]
    [InlineData("pimpinan@zi.demo", "/kesiapan")]
    public async Task A_second_view_of_an_unchanged_page_is_the_same_page_without_rendering_it(string email, string url)
    {
        var client = await SignedInAsync(email);
        var first = await ViewAsync(client, url);
        var second = await ViewAsync(client, url);

        first.Commands.ShouldBeGreaterThan(HitCommands, "the first view renders the page");
        second.Commands.ShouldBe(HitCommands, string.Join("\n---\n", factory.Queries.Commands));
        second.Html.ShouldBe(first.Html);
    }

    [Fact]
    public async Task A_bulk_write_to_any_table_shows_on_the_next_view()
    {
        var client = await SignedInAsync("ketua@zi.demo");
        var before = await ViewAsync(client, "/rencana-kerja");
        before.Html.ShouldNotContain("Kegiatan diubah di luar portal");

        // A statement outside EF Core's change tracking, on a table no aggregate cache watches (work plan items).
        var changed = await factory.WithDbAsync(db => db.Set<WorkPlanItem>().ExecuteUpdateAsync(s => s.SetProperty(i => i.Activity, "Kegiatan diubah di luar portal")));
        changed.ShouldBeGreaterThan(0);

        var after = await ViewAsync(client, "/rencana-kerja");
        after.Commands.ShouldBeGreaterThan(HitCommands, "the page is rendered again");
        after.Html.ShouldContain("Kegiatan diubah di luar portal");
    }

    [Fact]
    public async Task A_kept_page_never_reaches_another_user_or_another_session()
    {
        var ketua = await SignedInAsync("ketua@zi.demo");
        await ViewAsync(ketua, "/");
        var kept = await ViewAsync(ketua, "/");
        kept.Commands.ShouldBe(HitCommands);

        var pimpinan = await SignedInAsync("pimpinan@zi.demo");
        var other = await ViewAsync(pimpinan, "/");
        other.Commands.ShouldBeGreaterThan(HitCommands, "another user's first view is rendered for that user");
        other.Html.ShouldNotBe(kept.Html);

        var secondSession = await SignedInAsync("ketua@zi.demo");
        (await ViewAsync(secondSession, "/")).Commands.ShouldBeGreaterThan(HitCommands, "a new session of the same user starts with its own pages");
    }

    [Fact]
    public async Task Htmx_fragments_and_pages_with_a_flash_message_are_rendered_every_time()
    {
        var client = await SignedInAsync("ketua@zi.demo");
        await ViewAsync(client, "/rencana-kerja", htmx: true);
        (await ViewAsync(client, "/rencana-kerja", htmx: true)).Commands.ShouldBeGreaterThan(HitCommands);

        // A request that carries a flash message (TempData cookie) shows it once: it is never served from, nor kept in, the cache.
        await ViewAsync(client, "/rencana-kerja");
        (await ViewAsync(client, "/rencana-kerja")).Commands.ShouldBe(HitCommands);
        (await ViewAsync(client, "/rencana-kerja", flashCookie: true)).Commands.ShouldBeGreaterThan(HitCommands);
    }

    [Fact]
    public async Task A_signed_out_session_gets_the_sign_in_page_not_its_kept_page()
    {
        var client = await SignedInAsync("ketua@zi.demo");
        await ViewAsync(client, "/rencana-kerja");
        (await ViewAsync(client, "/rencana-kerja")).Commands.ShouldBe(HitCommands);

        var form = await client.GetFormAsync("/", "form[action='/akun/keluar']");
        (await client.PostFormAsync(form)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var after = await client.Http.GetAsync("/rencana-kerja");
        after.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        after.Headers.Location!.OriginalString.ShouldContain("/akun/masuk");
    }
}
