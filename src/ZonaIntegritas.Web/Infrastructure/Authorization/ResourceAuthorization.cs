using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using ZonaIntegritas.Web.Domain.Assessments;
using ZonaIntegritas.Web.Domain.Common;

namespace ZonaIntegritas.Web.Infrastructure.Authorization;

/// <summary>
/// Resource-based policies (docs/decisions/0013-resource-authorization-handlers.md). Ask them through
/// <see cref="IAuthorizationService"/> with the resource: <c>AuthorizeAsync(User, new UnitResource(id), Policies.UnitInScope)</c>.
/// </summary>
public static class Policies
{
    /// <summary>The unit is the user's own or below it (everyone); any unit for the Super Admin.</summary>
    public const string UnitInScope = "resource.unit-in-scope";

    /// <summary>The change area is assigned to the user in this unit's roster on the date (Ketua Tim: every area).</summary>
    public const string EditChangeArea = "resource.change-area";

    /// <summary>The assessment's stage lets the user's role write now (answers in Penilaian Mandiri / Tindak Lanjut, reviews in Reviu).</summary>
    public const string AssessmentStageAllows = "resource.assessment-stage";

    public static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(UnitInScope, p => p.RequireAuthenticatedUser().AddRequirements(new UnitInScopeRequirement()));
        options.AddPolicy(EditChangeArea, p => p.RequireAuthenticatedUser().AddRequirements(new UnitInScopeRequirement(), new ChangeAreaRequirement()));
        options.AddPolicy(AssessmentStageAllows, p => p.RequireAuthenticatedUser().AddRequirements(new UnitInScopeRequirement(), new AssessmentStageRequirement()));
    }
}

/// <summary>A unit as an authorization resource.</summary>
public record UnitResource(int UnitId);

/// <summary>A change area (letter A–F) of a unit on the unit's calendar date.</summary>
public sealed record ChangeAreaResource(int UnitId, string AreaCode, DateOnly OnDate) : UnitResource(UnitId);

/// <summary>An assessment's unit and stage.</summary>
public sealed record AssessmentStageResource(int UnitId, AssessmentStage Stage) : UnitResource(UnitId);

public sealed class UnitInScopeRequirement : IAuthorizationRequirement;

public sealed class ChangeAreaRequirement : IAuthorizationRequirement;

public sealed class AssessmentStageRequirement : IAuthorizationRequirement;

public sealed class UnitInScopeHandler(UnitScope scope) : AuthorizationHandler<UnitInScopeRequirement, UnitResource>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, UnitInScopeRequirement requirement, UnitResource resource)
    {
        if (await scope.CanAccessAsync(resource.UnitId))
        {
            context.Succeed(requirement);
        }
    }
}

public sealed class ChangeAreaHandler(IChangeAreaAccess areas) : AuthorizationHandler<ChangeAreaRequirement, ChangeAreaResource>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, ChangeAreaRequirement requirement, ChangeAreaResource resource)
    {
        if ((await areas.EditableAreasAsync(resource.UnitId, resource.OnDate)).Contains(resource.AreaCode))
        {
            context.Succeed(requirement);
        }
    }
}

public sealed class AssessmentStageHandler : AuthorizationHandler<AssessmentStageRequirement, AssessmentStageResource>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, AssessmentStageRequirement requirement, AssessmentStageResource resource)
    {
        var permission = resource.Stage switch
        {
            AssessmentStage.SelfAssessment or AssessmentStage.FollowUp => Permissions.AnswerWorksheet,
            AssessmentStage.InternalReview => Permissions.ReviewAssessments,
            _ => null,
        };
        if (permission is not null && Permissions.Has(context.User, permission))
        {
            context.Succeed(requirement);
        }
        return Task.CompletedTask;
    }
}

public static class ResourceAuthorizationExtensions
{
    /// <summary>Throws <see cref="ForbiddenException"/> (the 403 page) unless the policy succeeds for the resource.</summary>
    public static async Task EnsureAsync(this IAuthorizationService auth, ClaimsPrincipal user, object resource, string policy, string? message = null)
    {
        if (!(await auth.AuthorizeAsync(user, resource, policy)).Succeeded)
        {
            throw message is null ? new ForbiddenException() : new ForbiddenException(message);
        }
    }

    public static async Task<bool> AllowsAsync(this IAuthorizationService auth, ClaimsPrincipal user, object resource, string policy) =>
        (await auth.AuthorizeAsync(user, resource, policy)).Succeeded;
}
