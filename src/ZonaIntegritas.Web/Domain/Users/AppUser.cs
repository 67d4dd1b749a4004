using Microsoft.AspNetCore.Identity;
using ZonaIntegritas.Web.Domain.Staff;
using ZonaIntegritas.Web.Domain.Units;

namespace ZonaIntegritas.Web.Domain.Users;

public class AppUser : IdentityUser
{
    public required string FullName { get; set; }
    public int UnitId { get; set; }
    public OrgUnit? Unit { get; set; }
    public int? StaffMemberId { get; set; }
    public StaffMember? StaffMember { get; set; }
    public bool IsActive { get; set; } = true;

    /// <summary>Set when an administrator issued the password; the user must change it at next sign-in.</summary>
    public bool MustChangePassword { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime? LastSignInAtUtc { get; set; }
}
