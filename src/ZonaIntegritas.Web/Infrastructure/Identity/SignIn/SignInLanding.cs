using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using ZonaIntegritas.Web.Domain.Users;
using ZonaIntegritas.Web.Infrastructure.Audit;
using ZonaIntegritas.Web.Infrastructure.Authorization;

namespace ZonaIntegritas.Web.Infrastructure.Identity.SignIn;

/// <summary>What follows a completed sign-in (password, or password + second factor): where the user lands.</summary>
public sealed class SignInLanding(UserManager<AppUser> users, TimeProvider clock, IAuditTrail audit, AuditActorAccessor actors, ILogger<SignInLanding> logger)
{
    public async Task<string> CompleteAsync(AppUser user, string? returnUrl, IUrlHelper url)
    {
        user.LastSignInAtUtc = clock.GetUtcNow().UtcDateTime;
        await users.UpdateAsync(user);
        logger.LogInformation("User {UserId} signed in", user.Id);
        // The request is not signed in yet: the event names the user who just proved who he is.
        await audit.RecordEventAsync(AuditEvents.SignInSucceeded, user.Id, user.UnitId, actor: actors.Current with { UserId = user.Id, UserName = user.Email });
        if (user.MustChangePassword)
        {
            return url.Action("ChangePassword", "Account") ?? "/";
        }
        // The kepala kantor lands on the readiness dashboard ("Kesiapan ZI"); everyone else on the home page.
        var landing = Permissions.HasAny(await users.GetRolesAsync(user), Permissions.LandsOnDashboard) ? url.Action("Index", "Dashboard") : url.Action("Index", "Home");
        return !string.IsNullOrEmpty(returnUrl) && url.IsLocalUrl(returnUrl) ? returnUrl : landing ?? "/";
    }
}
