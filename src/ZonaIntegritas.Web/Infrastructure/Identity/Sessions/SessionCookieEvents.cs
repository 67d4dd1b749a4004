using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ZonaIntegritas.Web.Infrastructure.Data;

namespace ZonaIntegritas.Web.Infrastructure.Identity.Sessions;

/// <summary>
/// Ties the sign-in cookie to a <see cref="UserSession"/> row: created at sign-in (its id in the cookie's
/// properties, not a claim, so a refreshed cookie keeps it), checked on every request with one query, ended at sign-out.
/// Replaces Identity's periodic security-stamp check: a changed stamp (password change, deactivation, reset) ends
/// every other session at the next request, not minutes later.
/// </summary>
public sealed class SessionCookieEvents(TimeProvider clock, IOptions<SignInSessionOptions> options, ILogger<SessionCookieEvents> logger) : CookieAuthenticationEvents
{
    public const string SessionKey = "zi.sid";

    public override async Task SigningIn(CookieSigningInContext context)
    {
        var db = context.HttpContext.RequestServices.GetRequiredService<AppDbContext>();
        var userId = context.Principal?.FindFirst(ClaimTypesUserId)?.Value;
        if (userId is null)
        {
            return;
        }
        var stamp = await db.Users.Where(u => u.Id == userId).Select(u => u.SecurityStamp).SingleAsync() ?? "";
        if (context.Properties.Items.TryGetValue(SessionKey, out var existing) && existing is not null
            && await db.Set<UserSession>().SingleOrDefaultAsync(s => s.Id == existing && s.UserId == userId) is { IsActive: true } current)
        {
            // A refresh of this session (e.g. after the user changed the password here): it continues with the new stamp.
            current.Renew(stamp);
        }
        else
        {
            var session = new UserSession(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)), userId, stamp, Now,
                context.HttpContext.Connection.RemoteIpAddress?.ToString(), context.HttpContext.Request.Headers.UserAgent.ToString());
            db.Add(session);
            context.Properties.Items[SessionKey] = session.Id;
        }
        await db.SaveChangesAsync();
    }

    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        var db = context.HttpContext.RequestServices.GetRequiredService<AppDbContext>();
        context.Properties.Items.TryGetValue(SessionKey, out var id);
        var row = id is null ? null : await SessionById(db, id, context.HttpContext.RequestAborted);
        var refusal = row is null ? "unknown" : row.Session.Refusal(Now, row.SecurityStamp ?? "", row.IsActive, options.Value);
        if (refusal is not null)
        {
            if (row is not null)
            {
                row.Session.End(Now, refusal);
                await db.SaveChangesAsync();
            }
            logger.LogInformation("Session refused ({Reason})", refusal);
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }
        context.HttpContext.Items[SessionKey] = row!.Session.Id;
        if (row.Session.Touch(Now))
        {
            await db.SaveChangesAsync();
        }
    }

    public override async Task SigningOut(CookieSigningOutContext context)
    {
        // The id of the session validated for this request (not AuthenticateAsync: sign-out may run inside validation).
        if (context.HttpContext.Items.TryGetValue(SessionKey, out var value) && value is string id)
        {
            var db = context.HttpContext.RequestServices.GetRequiredService<AppDbContext>();
            await db.Set<UserSession>().Where(s => s.Id == id && s.EndedAtUtc == null)
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.EndedAtUtc, Now).SetProperty(s => s.EndReason, "signed-out"));
        }
    }

    private const string ClaimTypesUserId = System.Security.Claims.ClaimTypes.NameIdentifier;

    // Compiled once: this query runs on every signed-in request (ADR 0021: it is most of a kept page's cost).
    private static readonly Func<AppDbContext, string, CancellationToken, Task<SessionCheck?>> SessionById =
        EF.CompileAsyncQuery((AppDbContext db, string id, CancellationToken ct) => db.Set<UserSession>()
            .Where(s => s.Id == id)
            .Join(db.Users, s => s.UserId, u => u.Id, (s, u) => new SessionCheck(s, u.SecurityStamp, u.IsActive))
            .SingleOrDefault());

    private sealed record SessionCheck(UserSession Session, string? SecurityStamp, bool IsActive);

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}
