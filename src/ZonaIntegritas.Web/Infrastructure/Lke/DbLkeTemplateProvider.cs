using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using ZonaIntegritas.Web.Domain.Lke;
using ZonaIntegritas.Web.Infrastructure.Data;

namespace ZonaIntegritas.Web.Infrastructure.Lke;

/// <summary>
/// The LKE trees stored in the database (<see cref="LkeVersion"/>), cached per version code. Whoever changes a
/// version (wording, typical evidence, gates, import) calls <see cref="Invalidate"/> after saving.
/// </summary>
public sealed class DbLkeTemplateProvider(IServiceScopeFactory scopes, IMemoryCache cache) : ILkeTemplateProvider
{
    private static readonly MemoryCacheEntryOptions EntryOptions = new() { SlidingExpiration = TimeSpan.FromHours(1) };

    public async Task<LkeTemplate?> FindAsync(string versionCode, CancellationToken ct = default)
    {
        if (cache.TryGetValue(Key(versionCode), out LkeTemplate? cached))
        {
            return cached;
        }
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var version = await db.Set<LkeVersion>().AsNoTracking().WithTree().SingleOrDefaultAsync(v => v.Code == versionCode, ct);
        if (version is null)
        {
            return null;
        }
        var template = version.ToTemplate();
        cache.Set(Key(versionCode), template, EntryOptions);
        return template;
    }

    public void Invalidate(string versionCode) => cache.Remove(Key(versionCode));

    private static string Key(string versionCode) => "lke-template:" + versionCode;
}
