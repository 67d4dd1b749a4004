namespace ZonaIntegritas.Web.Infrastructure.Web.PageCache;

/// <summary>
/// Marks a GET action whose whole response may be kept by <see cref="PageCacheMiddleware"/> (ADR 0021): its output
/// depends only on the signed-in user's cookies, the URL, the database and the clock to the minute — no request header
/// other than those, no file outside the database, no write the user expects to happen on every view.
/// </summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
public sealed class CachedPageAttribute : Attribute;
