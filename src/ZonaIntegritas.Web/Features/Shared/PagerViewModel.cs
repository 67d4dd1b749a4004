using Microsoft.AspNetCore.WebUtilities;

namespace ZonaIntegritas.Web.Features.Shared;

/// <summary>
/// Page links for a filtered list: keeps the filter in the query string and changes only <see cref="PageKey"/>
/// (<c>page</c>, or another name when a page shows two paged lists). docs/decisions/0016-paging-and-query-budgets.md.
/// Services leave <see cref="Path"/> empty: the links then go to the page being shown (its path from the route
/// table, ADR 0017), so no service writes a portal path.
/// </summary>
public sealed record PagerViewModel(int Page, int PageSize, int Total, string Path, IReadOnlyDictionary<string, string?> Query, string PageKey = "page")
{
    /// <summary>A pager whose links go to the page it is shown on.</summary>
    public PagerViewModel(int page, int pageSize, int total, IReadOnlyDictionary<string, string?> query, string pageKey = "page")
        : this(page, pageSize, total, "", query, pageKey)
    {
    }

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public int FirstItem => Total == 0 ? 0 : ((Page - 1) * PageSize) + 1;

    public int LastItem => Math.Min(Total, Page * PageSize);

    /// <summary>The link to <paramref name="page"/>; <paramref name="currentPath"/> (the request's path) when <see cref="Path"/> is empty.</summary>
    public string UrlFor(int page, string currentPath = "")
    {
        var path = string.IsNullOrEmpty(Path) ? currentPath : Path;
        var query = Query.Where(kv => !string.IsNullOrEmpty(kv.Value) && kv.Key != PageKey)
            .Append(new KeyValuePair<string, string?>(PageKey, page.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return QueryHelpers.AddQueryString(path, query);
    }

    /// <summary>Clamps a requested page number into 1..(last page).</summary>
    public static int Clamp(int page, int total, int pageSize) =>
        Math.Clamp(page, 1, Math.Max(1, (total + pageSize - 1) / pageSize));
}
