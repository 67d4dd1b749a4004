using Microsoft.AspNetCore.Authorization;
using ZonaIntegritas.Web.Infrastructure.Authorization;
using ZonaIntegritas.Web.Infrastructure.Identity;

namespace ZonaIntegritas.Web.Features.Pacts;

/// <summary>Permission + unit-scope checks shared by the pact services (controllers check the permission too).</summary>
public sealed class PactAccess(ResourceAccess scope, ICurrentUser currentUser, IAuthorizationService authorization)
{
    public string? UserId => currentUser.UserId;

    public int? StaffMemberId => currentUser.Principal.GetStaffMemberId();

    public string FullName => currentUser.Principal.GetFullName();

    public async Task<bool> HasAsync(string permission) =>
        (await authorization.AuthorizeAsync(currentUser.Principal, permission)).Succeeded;

    public Task<bool> InScopeAsync(int unitId, CancellationToken ct = default) => scope.CanAccessAsync(unitId, ct);

    public Task<IReadOnlySet<int>> VisibleUnitIdsAsync(CancellationToken ct = default) => scope.VisibleUnitIdsAsync(ct);

    /// <summary>Throws <see cref="ForbiddenException"/> unless the user holds the permission and the unit is in scope.</summary>
    public async Task EnsureAsync(string permission, int unitId, CancellationToken ct = default)
    {
        if (!await HasAsync(permission))
        {
            throw new ForbiddenException();
        }
        await scope.EnsureAccessAsync(unitId, ct);
    }
}
