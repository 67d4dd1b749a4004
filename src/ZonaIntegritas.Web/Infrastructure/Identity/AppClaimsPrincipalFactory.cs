using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using ZonaIntegritas.Web.Domain.Users;

namespace ZonaIntegritas.Web.Infrastructure.Identity;

/// <summary>Adds the unit, full name, staff link and the forced-password-change and two-factor flags to the sign-in cookie.</summary>
public sealed class AppClaimsPrincipalFactory(
    UserManager<AppUser> userManager,
    RoleManager<IdentityRole> roleManager,
    IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(AppClaimTypes.UnitId, user.UnitId.ToString(CultureInfo.InvariantCulture)));
        identity.AddClaim(new Claim(AppClaimTypes.FullName, user.FullName));
        if (user.StaffMemberId is { } staffId)
        {
            identity.AddClaim(new Claim(AppClaimTypes.StaffMemberId, staffId.ToString(CultureInfo.InvariantCulture)));
        }
        if (user.MustChangePassword)
        {
            identity.AddClaim(new Claim(AppClaimTypes.MustChangePassword, "true"));
        }
        if (user.TwoFactorEnabled)
        {
            identity.AddClaim(new Claim(AppClaimTypes.TwoFactorEnabled, "true"));
        }
        return identity;
    }
}
