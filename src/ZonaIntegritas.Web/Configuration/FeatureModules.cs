namespace ZonaIntegritas.Web.Configuration;

/// <summary>
/// A feature folder's registration: its services and its navigation entries. Implementations are found by
/// assembly scan, so adding a feature does not touch Program.cs or the layout.
/// </summary>
public interface IFeatureModule
{
    void AddServices(IServiceCollection services, IConfiguration configuration) { }

    IEnumerable<NavItem> Navigation => [];

    /// <summary>View components shown on the home page (e.g. "pakta menunggu tanda tangan").</summary>
    IEnumerable<HomeWidget> HomeWidgets => [];

    /// <summary>View components rendered under each LKE worksheet question (evidence, agent statistics…).</summary>
    IEnumerable<WorksheetPanel> WorksheetPanels => [];
}

/// <summary>
/// A view component shown with each worksheet question. It is invoked with one argument named <c>context</c>
/// of type <see cref="WorksheetPanelContext"/> and decides itself whether it has anything to show.
/// </summary>
public sealed record WorksheetPanel(string ViewComponent, int Order);

public sealed record WorksheetPanelContext(int AssessmentId, int UnitId, int Year, string QuestionCode, bool CanEdit);

/// <summary>A view component rendered on the home page for users who hold <paramref name="Permission"/>.</summary>
public sealed record HomeWidget(string ViewComponent, string? Permission, int Order);

/// <summary>A navigation entry shown to users who hold <paramref name="Permission"/> (null = every signed-in user).</summary>
public sealed record NavItem(string Label, string Url, string Icon, string? Permission, int Order, string Group = "");

public sealed class NavigationRegistry(IReadOnlyList<NavItem> items, IReadOnlyList<HomeWidget> widgets, IReadOnlyList<WorksheetPanel> panels)
{
    public IReadOnlyList<WorksheetPanel> WorksheetPanels { get; } = panels.OrderBy(p => p.Order).ToList();
    public IReadOnlyList<NavItem> Items { get; } = items.OrderBy(i => i.Order).ToList();
    public IReadOnlyList<HomeWidget> Widgets { get; } = widgets.OrderBy(w => w.Order).ToList();
}

public static class FeatureModulesSetup
{
    public static IServiceCollection AddFeatureModules(this IServiceCollection services, IConfiguration configuration)
    {
        var modules = typeof(IFeatureModule).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IFeatureModule).IsAssignableFrom(t))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (IFeatureModule)Activator.CreateInstance(t)!)
            .ToList();
        foreach (var module in modules)
        {
            module.AddServices(services, configuration);
        }
        services.AddSingleton(new NavigationRegistry(
            modules.SelectMany(m => m.Navigation).ToList(),
            modules.SelectMany(m => m.HomeWidgets).ToList(),
            modules.SelectMany(m => m.WorksheetPanels).ToList()));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ZonaIntegritas.Web.Infrastructure.Time.UnitClock>();
        return services;
    }
}
