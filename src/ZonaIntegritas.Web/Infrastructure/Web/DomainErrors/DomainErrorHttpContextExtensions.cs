using ZonaIntegritas.Web.Domain.Common;

namespace ZonaIntegritas.Web.Infrastructure.Web.DomainErrors;

public static class DomainErrorHttpContextExtensions
{
    private static readonly object Key = new();

    /// <summary>The domain error of this request, set by <see cref="DomainExceptionFilter"/> before it re-runs a
    /// <see cref="DomainErrorResponse.Form"/> action; null on the first run.</summary>
    public static DomainException? DomainError(this HttpContext context) =>
        context.Items.TryGetValue(Key, out var e) ? e as DomainException : null;

    internal static void SetDomainError(this HttpContext context, DomainException error) => context.Items[Key] = error;
}
