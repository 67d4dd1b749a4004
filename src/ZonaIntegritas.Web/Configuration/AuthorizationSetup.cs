using Microsoft.AspNetCore.Authorization;
using ZonaIntegritas.Web.Infrastructure.Authorization;

namespace ZonaIntegritas.Web.Configuration;

public static class AuthorizationSetup
{
    public static IServiceCollection AddPortalAuthorization(this IServiceCollection services)
    {
        services.AddAuthorization(o =>
        {
            // Everything requires sign-in unless marked [AllowAnonymous] (sign-in, health, errors, verification).
            o.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
            foreach (var permission in Permissions.All)
            {
                o.AddPolicy(permission, p => p.RequireAuthenticatedUser().AddRequirements(new PermissionRequirement(permission)));
            }
        });
        services.AddSingleton<IAuthorizationHandler, PermissionHandler>();
        services.AddScoped<UnitScope>();
        services.AddScoped<IChangeAreaAccess, AssignmentChangeAreaAccess>();
        return services;
    }
}
