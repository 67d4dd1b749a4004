using Microsoft.EntityFrameworkCore;
using ZonaIntegritas.Web.Domain.Lke;

namespace ZonaIntegritas.Web.Infrastructure.Lke;

public static class LkeVersionQueries
{
    /// <summary>Loads the whole tree (halves → areas → indicators → questions with options and inputs, Hasil items) in split queries.</summary>
    public static IQueryable<LkeVersion> WithTree(this IQueryable<LkeVersion> versions) => versions
        .Include(v => v.Halves).ThenInclude(h => h.Areas).ThenInclude(a => a.Indicators).ThenInclude(i => i.Questions).ThenInclude(q => q.Options)
        .Include(v => v.Halves).ThenInclude(h => h.Areas).ThenInclude(a => a.Indicators).ThenInclude(i => i.Questions).ThenInclude(q => q.PercentageInputs)
        .Include(v => v.HasilItems).ThenInclude(h => h.Options)
        .AsSplitQuery();

    public static IQueryable<LkeVersion> Active(this IQueryable<LkeVersion> versions) =>
        versions.Where(v => v.Status == LkeVersionStatus.Active);
}
