using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Razor;

namespace ZonaIntegritas.Web.Features.IntegrityPacts.Common;

/// <summary>
/// Views of the pact controllers live next to them: a controller in namespace
/// <c>ZonaIntegritas.Web.Features.IntegrityPacts.Signing</c> finds its views in
/// <c>/Features/IntegrityPacts/Signing/{View}.cshtml</c> (before the usual locations). Limited to this feature.
/// </summary>
public sealed class ControllerFolderViewLocationExpander : IViewLocationExpander
{
    private const string Key = "pakta-folder";
    private const string RootNamespace = "ZonaIntegritas.Web.";
    private const string FeatureNamespace = "ZonaIntegritas.Web.Features.IntegrityPacts.";

    public void PopulateValues(ViewLocationExpanderContext context)
    {
        if (context.ActionContext.ActionDescriptor is ControllerActionDescriptor action
            && action.ControllerTypeInfo.Namespace is { } ns
            && ns.StartsWith(FeatureNamespace, StringComparison.Ordinal))
        {
            context.Values[Key] = "/" + ns[RootNamespace.Length..].Replace('.', '/');
        }
    }

    public IEnumerable<string> ExpandViewLocations(ViewLocationExpanderContext context, IEnumerable<string> viewLocations) =>
        context.Values.TryGetValue(Key, out var folder) && folder is not null
            ? [folder + "/{0}" + RazorViewEngine.ViewExtension, .. viewLocations]
            : viewLocations;
}
