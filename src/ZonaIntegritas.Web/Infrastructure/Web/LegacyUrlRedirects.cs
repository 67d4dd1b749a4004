using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Infrastructure;

namespace ZonaIntegritas.Web.Infrastructure.Web;

/// <summary>
/// Old URLs keep working (ADR 0017). Until issue 17 the portal used the conventional route
/// <c>{controller=Home}/{action=Index}/{id?}</c> (<c>/Evidence/Details/5?x=1</c>); every action now has an
/// Indonesian attribute route (<c>/eviden/5?x=1</c>). A request that matched no route and reads like an old
/// conventional URL is answered with a permanent redirect to the action's new URL, query string included:
/// 301 for GET and HEAD, 308 for other methods so a posted form is re-posted with its body. Bookmarks, links in
/// e-mails and notifications stored before the change, and printed links keep resolving.
/// </summary>
public sealed class LegacyUrlRedirectMiddleware(RequestDelegate next, IActionDescriptorCollectionProvider actions, LinkGenerator links)
{
    /// <summary>Controllers renamed since the conventional URLs were printed: old name → current name.</summary>
    private static readonly Dictionary<string, string> RenamedControllers = new(StringComparer.OrdinalIgnoreCase)
    {
        // Features/WorkPlan became Features/WorkPlans (it collided with the entity Domain.WorkPlans.WorkPlan).
        ["WorkPlan"] = "WorkPlans",
    };

    public Task InvokeAsync(HttpContext context)
    {
        // No route matched: no endpoint, or routing's "405 method not allowed" stand-in (a plain Endpoint), which a
        // POST gets when a catch-all GET route (the development static-asset fallback) matches the path.
        if (context.GetEndpoint() is not RouteEndpoint && NewUrl(context.Request) is { } target)
        {
            var method = context.Request.Method;
            context.Response.StatusCode = HttpMethods.IsGet(method) || HttpMethods.IsHead(method)
                ? StatusCodes.Status301MovedPermanently
                : StatusCodes.Status308PermanentRedirect;
            context.Response.Headers.Location = target;
            return Task.CompletedTask;
        }
        return next(context);
    }

    /// <summary>The new URL (path and query) of an old conventional URL, or null when it names no action.</summary>
    public string? NewUrl(HttpRequest request)
    {
        var segments = (request.Path.Value ?? "").Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length is 0 or > 3)
        {
            return null;
        }
        var controller = RenamedControllers.GetValueOrDefault(segments[0], segments[0]);
        var action = segments.Length > 1 ? segments[1] : "Index";
        var descriptor = actions.ActionDescriptors.Items.OfType<ControllerActionDescriptor>()
            .FirstOrDefault(a => string.Equals(a.ControllerName, controller, StringComparison.OrdinalIgnoreCase)
                                 && string.Equals(a.ActionName, action, StringComparison.OrdinalIgnoreCase));
        if (descriptor is null)
        {
            return null;
        }
        var values = new RouteValueDictionary();
        foreach (var (key, value) in request.Query)
        {
            values[key] = value.Count == 1 ? value[0] : value.ToArray();
        }
        if (segments.Length == 3)
        {
            values["id"] = Uri.UnescapeDataString(segments[2]);
        }
        var path = links.GetPathByAction(descriptor.ActionName, descriptor.ControllerName, values, request.PathBase);
        return path is null || string.Equals(path, request.PathBase + request.Path, StringComparison.Ordinal) ? null : path;
    }
}
