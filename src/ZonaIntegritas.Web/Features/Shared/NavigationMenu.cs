using Microsoft.AspNetCore.Authorization;
using ZonaIntegritas.Web.Configuration;
using ZonaIntegritas.Web.Infrastructure.Identity;

namespace ZonaIntegritas.Web.Features.Shared;

/// <summary>A menu or home-page link the current user may follow: its address already generated from the route table.</summary>
public sealed record MenuEntry(string Label, string Url, string Icon, string Group, bool IsHome);

/// <summary>
/// The one place that decides which navigation entries and home widgets the current user sees (ADR 0013: views
/// compute no rights). The layout, the home page and the dashboard read it; answers are kept for the request.
/// </summary>
public sealed class NavigationMenu(NavigationRegistry registry, IAuthorizationService auth, IHttpContextAccessor http, LinkGenerator links)
{
    private IReadOnlyList<MenuEntry>? _entries;
    private IReadOnlyList<HomeWidget>? _widgets;

    /// <summary>The menu entries for the signed-in user (none before sign-in or while the password must change).</summary>
    public async Task<IReadOnlyList<MenuEntry>> EntriesAsync()
    {
        if (_entries is not null)
        {
            return _entries;
        }
        var context = http.HttpContext;
        var user = context?.User;
        var entries = new List<MenuEntry>();
        if (user?.Identity?.IsAuthenticated == true && !user.HasClaim(AppClaimTypes.MustChangePassword, "true"))
        {
            foreach (var item in registry.Items)
            {
                if (item.Permission is null || (await auth.AuthorizeAsync(user, item.Permission)).Succeeded)
                {
                    var url = item.Controller is null
                        ? item.Url
                        : links.GetPathByAction(context!, item.Action, item.Controller, values: null)
                          ?? throw new InvalidOperationException($"No route for the menu entry {item.Controller}.{item.Action}.");
                    entries.Add(new MenuEntry(item.Label, url, item.Icon, item.Group, url == (context!.Request.PathBase + "/")));
                }
            }
        }
        return _entries = entries;
    }

    /// <summary>The home widgets (view components) the current user may see.</summary>
    public async Task<IReadOnlyList<HomeWidget>> WidgetsAsync()
    {
        if (_widgets is not null)
        {
            return _widgets;
        }
        var user = http.HttpContext?.User;
        var widgets = new List<HomeWidget>();
        if (user is not null)
        {
            foreach (var widget in registry.Widgets)
            {
                if (widget.Permission is null || (await auth.AuthorizeAsync(user, widget.Permission)).Succeeded)
                {
                    widgets.Add(widget);
                }
            }
        }
        return _widgets = widgets;
    }
}
