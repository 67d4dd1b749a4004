namespace ZonaIntegritas.Web.Infrastructure.Web.PageCache;

/// <summary>A kept 200 response: the headers the action added (content type, cache control…) and the body.</summary>
public sealed record CachedResponse(KeyValuePair<string, string[]>[] Headers, byte[] Body)
{
    public long Size => Body.Length + 64L * (Headers.Length + 1);
}
