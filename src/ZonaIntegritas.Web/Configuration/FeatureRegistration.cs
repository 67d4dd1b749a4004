namespace ZonaIntegritas.Web.Configuration;

/// <summary>
/// A view component shown with each worksheet question. It is invoked with one argument named <c>context</c>
/// of type <see cref="WorksheetPanelContext"/> and decides itself whether it has anything to show.
/// </summary>
public sealed record WorksheetPanel(string ViewComponent, int Order);

public sealed record WorksheetPanelContext(int AssessmentId, int UnitId, int Year, string QuestionCode, bool CanEdit);

/// <summary>A view component rendered on the home page for users who hold <paramref name="Permission"/>.</summary>
public sealed record HomeWidget(string ViewComponent, string? Permission, int Order);

/// <summary>
/// A navigation entry shown to users who hold <paramref name="Permission"/> (null = every signed-in user). Features
/// register it with <see cref="ToAction"/> so its address comes from the route table; <paramref name="Url"/> is the
/// literal form still used by the pact module (being moved).
/// </summary>
public sealed record NavItem(string Label, string Url, string Icon, string? Permission, int Order, string Group = "")
{
    public string? Controller { get; init; }

    public string? Action { get; init; }

    /// <summary>An entry linking to <paramref name="controller"/>'s <paramref name="action"/> (ADR 0017: links from the route table).</summary>
    public static NavItem ToAction(string label, string controller, string action, string icon, string? permission, int order, string group = "") =>
        new(label, "", icon, permission, order, group) { Controller = controller, Action = action };
}

/// <summary>The navigation entries, home widgets and worksheet panels the features registered in Program.cs.</summary>
public sealed class NavigationRegistry(IEnumerable<NavItem> items, IEnumerable<HomeWidget> widgets, IEnumerable<WorksheetPanel> panels)
{
    public IReadOnlyList<WorksheetPanel> WorksheetPanels { get; } = panels.OrderBy(p => p.Order).ToList();
    public IReadOnlyList<NavItem> Items { get; } = items.OrderBy(i => i.Order).ToList();
    public IReadOnlyList<HomeWidget> Widgets { get; } = widgets.OrderBy(w => w.Order).ToList();
}

/// <summary>
/// What a feature's <c>Add&lt;Feature&gt;()</c> extension (called from Program.cs, one line per feature) uses to
/// contribute to the portal beyond its services: navigation entries, home widgets, worksheet panels and start-up
/// tasks. Nothing is found by assembly scan (issue 17, item 6).
/// </summary>
public static class FeatureRegistration
{
    public static IServiceCollection AddNavItem(this IServiceCollection services, NavItem item)
    {
        services.AddSingleton(item);
        return services;
    }

    public static IServiceCollection AddHomeWidget(this IServiceCollection services, HomeWidget widget)
    {
        services.AddSingleton(widget);
        return services;
    }

    public static IServiceCollection AddWorksheetPanel(this IServiceCollection services, WorksheetPanel panel)
    {
        services.AddSingleton(panel);
        return services;
    }

    /// <summary>Work run once at start-up after the migrations and the demo seed, in <see cref="IStartupTask.Order"/>.</summary>
    public static IServiceCollection AddStartupTask<TTask>(this IServiceCollection services) where TTask : class, IStartupTask
    {
        services.AddScoped<IStartupTask, TTask>();
        return services;
    }

    /// <summary>The registry the layout, home page and worksheet read; call once, after the features.</summary>
    public static IServiceCollection AddFeatureNavigation(this IServiceCollection services)
    {
        services.AddSingleton<NavigationRegistry>();
        services.AddScoped<Features.Shared.NavigationMenu>();
        services.AddScoped<Features.Shared.PortalLinks>();
        return services;
    }
}
