using System.Security.Claims;
using ZonaIntegritas.Web.Infrastructure.Authorization;

namespace ZonaIntegritas.Web.Infrastructure.Identity;

/// <summary>The signed-in user as seen by services (boundary over HttpContext).</summary>
public interface ICurrentUser
{
    string? UserId { get; }
    int? UnitId { get; }
    ClaimsPrincipal Principal { get; }

    /// <summary>Whether the user holds a permission of the role map (<see cref="Permissions"/>).</summary>
    bool Has(string permission) => Permissions.Has(Principal, permission);
}

public sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    public ClaimsPrincipal Principal => accessor.HttpContext?.User ?? new ClaimsPrincipal(new ClaimsIdentity());

    public string? UserId => Principal.Identity?.IsAuthenticated == true
        ? Principal.FindFirstValue(ClaimTypes.NameIdentifier)
        : null;

    public int? UnitId => Principal.GetUnitId();
}

public static class AppClaimTypes
{
    public const string UnitId = "zi:unit_id";
    public const string FullName = "zi:full_name";
    public const string StaffMemberId = "zi:staff_id";
    public const string MustChangePassword = "zi:must_change_password";
    public const string TwoFactorEnabled = "zi:two_factor";
}

public static class ClaimsPrincipalExtensions
{
    public static int? GetUnitId(this ClaimsPrincipal principal) =>
        int.TryParse(principal.FindFirstValue(AppClaimTypes.UnitId), out var id) ? id : null;

    public static int? GetStaffMemberId(this ClaimsPrincipal principal) =>
        int.TryParse(principal.FindFirstValue(AppClaimTypes.StaffMemberId), out var id) ? id : null;

    public static string GetFullName(this ClaimsPrincipal principal) =>
        principal.FindFirstValue(AppClaimTypes.FullName) ?? principal.Identity?.Name ?? "";

    public static string? GetUserId(this ClaimsPrincipal principal) => principal.FindFirstValue(ClaimTypes.NameIdentifier);
}
