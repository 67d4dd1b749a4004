using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using ZonaIntegritas.Web.Domain.Users;

namespace ZonaIntegritas.Web.Infrastructure.Identity.SignIn;

/// <summary>What follows a completed sign-in (password, or password + second factor): where the user lands.</summary>
public sealed class SignInLanding(UserManager<AppUser> users, TimeProvider clock, ILogger<SignInLanding> logger)
{
    public async Task<string> CompleteAsync(AppUser user, string? returnUrl, IUrlHelper url)
    {
        user.LastSignInAtUtc = clock.GetUtcNow().UtcDateTime;
        await users.UpdateAsync(user);
        logger.LogInformation("User {UserId} signed in", user.Id);
        if (user.MustChangePassword)
        {
            return "/Account/ChangePassword";
        }
        // The kepala kantor lands on the readiness dashboard ("Kesiapan ZI"); everyone else on the home page.
        var landing = await users.IsInRoleAsync(user, Roles.Pimpinan) ? "/kesiapan" : "/";
        return !string.IsNullOrEmpty(returnUrl) && url.IsLocalUrl(returnUrl) ? returnUrl : landing;
    }
}
