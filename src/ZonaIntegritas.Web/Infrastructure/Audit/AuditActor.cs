using System.Security.Claims;
using ZonaIntegritas.Web.Infrastructure.Identity;

namespace ZonaIntegritas.Web.Infrastructure.Audit;

/// <summary>Who is acting: a user with a client address, or the command line / a scheduled job.</summary>
public sealed record AuditActor(string? UserId, string? UserName, string ClientAddress);

/// <summary>
/// Where work runs outside a request: <c>cli</c> by default (commands, start-up seeding), <c>job</c> while the
/// job runner runs a scheduled job. Flows with the async context.
/// </summary>
public static class AuditOrigin
{
    public const string Cli = "cli";
    public const string Job = "job";

    private static readonly AsyncLocal<string?> Current = new();

    public static string Value => Current.Value ?? Cli;

    public static IDisposable Begin(string origin)
    {
        var previous = Current.Value;
        Current.Value = origin;
        return new Restore(previous);
    }

    private sealed class Restore(string? previous) : IDisposable
    {
        public void Dispose() => Current.Value = previous;
    }
}

/// <summary>Reads the actor from the current request (scoped).</summary>
public sealed class AuditActorAccessor(IHttpContextAccessor accessor)
{
    public AuditActor Current
    {
        get
        {
            var http = accessor.HttpContext;
            if (http is null)
            {
                return new AuditActor(null, null, AuditOrigin.Value);
            }
            var user = http.User;
            var address = http.Connection.RemoteIpAddress?.ToString() ?? "-";
            if (user.Identity?.IsAuthenticated != true)
            {
                return new AuditActor(null, null, address);
            }
            return new AuditActor(user.GetUserId(), Describe(user.FindFirstValue(AppClaimTypes.FullName), user.Identity.Name), address);
        }
    }

    public static string? Describe(string? fullName, string? email) =>
        (string.IsNullOrWhiteSpace(fullName), string.IsNullOrWhiteSpace(email)) switch
        {
            (false, false) when fullName != email => $"{fullName} <{email}>",
            (_, false) => email,
            (false, true) => fullName,
            _ => null,
        };
}
