using Microsoft.AspNetCore.Authorization;

namespace ZonaIntegritas.Web.Infrastructure.Authorization;

public sealed record PermissionRequirement(string Permission) : IAuthorizationRequirement;

public sealed class PermissionHandler : AuthorizationHandler<PermissionRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        if (Permissions.RolesFor.TryGetValue(requirement.Permission, out var roles) && roles.Any(context.User.IsInRole))
        {
            context.Succeed(requirement);
        }
        return Task.CompletedTask;
    }
}
