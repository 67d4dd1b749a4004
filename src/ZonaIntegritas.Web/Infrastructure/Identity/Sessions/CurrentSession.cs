using Microsoft.EntityFrameworkCore;
using ZonaIntegritas.Web.Domain.Users;
using ZonaIntegritas.Web.Infrastructure.Data;

namespace ZonaIntegritas.Web.Infrastructure.Identity.Sessions;

/// <summary>The session of the current request.</summary>
public sealed class CurrentSession(IHttpContextAccessor http, AppDbContext db)
{
    /// <summary>
    /// After the user's own credential change (which renews the security stamp and so ends every session): this
    /// session continues under the new stamp; the others stay ended.
    /// </summary>
    public async Task ContinueAfterCredentialChangeAsync(AppUser user, CancellationToken ct = default)
    {
        if (http.HttpContext?.Items[SessionCookieEvents.SessionKey] is string id)
        {
            var session = await db.Set<UserSession>().SingleOrDefaultAsync(s => s.Id == id && s.UserId == user.Id, ct);
            session?.Renew(user.SecurityStamp ?? "");
            await db.SaveChangesAsync(ct);
        }
    }
}
