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
            Policies.Add(o);
        });
        services.AddSingleton<IAuthorizationHandler, PermissionHandler>();
        services.AddScoped<ZonaIntegritas.Web.Infrastructure.Units.UnitDirectory>();
        services.AddScoped<UnitScope>();
        services.AddScoped<ResourceAccess>();
        services.AddScoped<ZonaIntegritas.Web.Infrastructure.Units.UnitCalendar>();
        services.AddScoped<SuperAdminAudit>();
        services.AddScoped<IAuthorizationHandler, UnitInScopeHandler>();
        services.AddScoped<IAuthorizationHandler, ChangeAreaHandler>();
        services.AddSingleton<IAuthorizationHandler, AssessmentStageHandler>();
        services.AddScoped<IChangeAreaAccess, AssignmentChangeAreaAccess>();
        return services;
    }
}
