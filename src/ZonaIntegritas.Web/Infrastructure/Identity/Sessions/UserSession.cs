namespace ZonaIntegritas.Web.Infrastructure.Identity.Sessions;

/// <summary>
/// One signed-in browser session, kept on the server: the sign-in cookie carries only its id. Ending the row (sign-out,
/// password change, deactivation, idle or absolute timeout) ends the session at once, on every web node.
/// </summary>
public class UserSession
{
    private UserSession()
    {
        Id = "";
        UserId = "";
        SecurityStamp = "";
    }

    public UserSession(string id, string userId, string securityStamp, DateTime nowUtc, string? address, string? userAgent)
    {
        Id = id;
        UserId = userId;
        SecurityStamp = securityStamp;
        CreatedAtUtc = nowUtc;
        LastSeenAtUtc = nowUtc;
        Address = address;
        UserAgent = userAgent is { Length: > 256 } ? userAgent[..256] : userAgent;
    }

    /// <summary>128 random bits, hex.</summary>
    public string Id { get; private set; }

    public string UserId { get; private set; }

    /// <summary>The user's security stamp when the session began (or was renewed); a changed stamp ends it.</summary>
    public string SecurityStamp { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime LastSeenAtUtc { get; private set; }

    public DateTime? EndedAtUtc { get; private set; }

    public string? EndReason { get; private set; }

    public string? Address { get; private set; }

    public string? UserAgent { get; private set; }

    public bool IsActive => EndedAtUtc is null;

    /// <summary>Why this session may not continue now, or null when it may.</summary>
    public string? Refusal(DateTime nowUtc, string currentStamp, bool userActive, SignInSessionOptions options)
    {
        if (EndedAtUtc is not null)
        {
            return "ended";
        }
        if (!userActive)
        {
            return "deactivated";
        }
        if (!string.Equals(SecurityStamp, currentStamp, StringComparison.Ordinal))
        {
            return "credentials-changed";
        }
        if (nowUtc - LastSeenAtUtc > options.IdleTimeout)
        {
            return "idle";
        }
        return nowUtc - CreatedAtUtc > options.AbsoluteLifetime ? "expired" : null;
    }

    /// <summary>Records activity, at most once a minute (so most requests write nothing).</summary>
    public bool Touch(DateTime nowUtc)
    {
        if (nowUtc - LastSeenAtUtc < TimeSpan.FromMinutes(1))
        {
            return false;
        }
        LastSeenAtUtc = nowUtc;
        return true;
    }

    public void Renew(string securityStamp) => SecurityStamp = securityStamp;

    public void End(DateTime nowUtc, string reason)
    {
        if (EndedAtUtc is null)
        {
            EndedAtUtc = nowUtc;
            EndReason = reason;
        }
    }
}

/// <summary><c>Security:*</c> session settings.</summary>
public sealed class SignInSessionOptions
{
    public const string Section = "Security";

    /// <summary>Signed out after this long without a request (default 30 minutes).</summary>
    public int IdleTimeoutMinutes { get; set; } = 30;

    /// <summary>Signed out this long after signing in, however active (default 12 hours).</summary>
    public int AbsoluteLifetimeHours { get; set; } = 12;

    /// <summary>Administrators must sign in with a second factor (TOTP); on by default.</summary>
    public bool RequireTwoFactorForAdministrators { get; set; } = true;

    public TimeSpan IdleTimeout => TimeSpan.FromMinutes(Math.Max(1, IdleTimeoutMinutes));

    public TimeSpan AbsoluteLifetime => TimeSpan.FromHours(Math.Max(1, AbsoluteLifetimeHours));
}
