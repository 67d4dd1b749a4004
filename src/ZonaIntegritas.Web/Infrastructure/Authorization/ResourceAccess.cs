using Microsoft.AspNetCore.Authorization;
using ZonaIntegritas.Web.Domain.Assessments;
using ZonaIntegritas.Web.Infrastructure.Identity;

namespace ZonaIntegritas.Web.Infrastructure.Authorization;

/// <summary>
/// The one way services ask "may the current user act on this unit / change area / assessment stage": a thin
/// facade over <see cref="IAuthorizationService"/> and the resource policies in <see cref="Policies"/>
/// (docs/decisions/0013-resource-authorization-handlers.md). Services inject this instead of <see cref="UnitScope"/>
/// (the handlers' engine); the architecture test keeps it that way.
/// </summary>
public sealed class ResourceAccess(IAuthorizationService auth, ICurrentUser currentUser, UnitScope scope, IChangeAreaAccess areas)
{
    private static readonly IReadOnlySet<string> None = new HashSet<string>();

    /// <summary>Whether the current user holds a permission (the role map in <see cref="Permissions"/>).</summary>
    public bool Has(string permission) => currentUser.Has(permission);

    /// <summary>The units the user may see, for filtering lists and queries (per-unit decisions use <see cref="CanAccessAsync"/>).</summary>
    public Task<IReadOnlySet<int>> VisibleUnitIdsAsync(CancellationToken ct = default) => scope.VisibleUnitIdsAsync(ct);

    /// <summary>The unit is in the user's scope (<see cref="Policies.UnitInScope"/>).</summary>
    public Task<bool> CanAccessAsync(int unitId, CancellationToken ct = default) =>
        auth.AllowsAsync(currentUser.Principal, new UnitResource(unitId), Policies.UnitInScope);

    /// <summary>Throws <see cref="ForbiddenException"/> (the 403 page) unless the unit is in the user's scope.</summary>
    public Task EnsureAccessAsync(int unitId, CancellationToken ct = default) =>
        auth.EnsureAsync(currentUser.Principal, new UnitResource(unitId), Policies.UnitInScope);

    /// <summary>The user may edit the change area in the unit on the unit's date (<see cref="Policies.EditChangeArea"/>).</summary>
    public Task<bool> CanEditAreaAsync(int unitId, string areaCode, DateOnly onDate) =>
        auth.AllowsAsync(currentUser.Principal, new ChangeAreaResource(unitId, areaCode, onDate), Policies.EditChangeArea);

    /// <summary>Throws <see cref="ForbiddenException"/> with <paramref name="message"/> unless the user may edit the area.</summary>
    public Task EnsureEditAreaAsync(int unitId, string areaCode, DateOnly onDate, string message) =>
        auth.EnsureAsync(currentUser.Principal, new ChangeAreaResource(unitId, areaCode, onDate), Policies.EditChangeArea, message);

    /// <summary>
    /// Every change area (letters A–F) the user may edit in the unit on the date: empty outside the unit scope, else
    /// what the roster (or the interim assignments) grant — the same answer as <see cref="CanEditAreaAsync"/> per area.
    /// </summary>
    public async Task<IReadOnlySet<string>> EditableAreasAsync(int unitId, DateOnly onDate, CancellationToken ct = default) =>
        await CanAccessAsync(unitId, ct) ? await areas.EditableAreasAsync(unitId, onDate, ct) : None;

    /// <summary>The assessment's stage lets the user's role write now (<see cref="Policies.AssessmentStageAllows"/>).</summary>
    public Task<bool> StageAllowsAsync(int unitId, AssessmentStage stage) =>
        auth.AllowsAsync(currentUser.Principal, new AssessmentStageResource(unitId, stage), Policies.AssessmentStageAllows);

    /// <summary>Throws <see cref="ForbiddenException"/> unless the assessment's stage lets the user's role write.</summary>
    public Task EnsureStageAllowsAsync(int unitId, AssessmentStage stage, string? message = null) =>
        auth.EnsureAsync(currentUser.Principal, new AssessmentStageResource(unitId, stage), Policies.AssessmentStageAllows, message);
}
