using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using ZonaIntegritas.Web.Domain.Staff;
using ZonaIntegritas.Web.Domain.Users;

namespace ZonaIntegritas.IntegrationTests.Infrastructure.Builders;

/// <summary>
/// A signed-up account for a test: a staff member of the unit with a confirmed e-mail, one role and the demo password
/// (<see cref="PortalClient.DemoPassword"/>), so <c>PortalClient.SignedInAsync(portal, user.Email)</c> works.
/// </summary>
public sealed record UserBuilder(int UnitId)
{
    public string Email { get; init; } = $"uji.{Guid.NewGuid().ToString("N")[..8]}@zi.test";
    public string FullName { get; init; } = "Pegawai Uji";
    public string Role { get; init; } = Roles.Pegawai;
    public string Password { get; init; } = PortalClient.DemoPassword;

    public UserBuilder WithEmail(string email) => this with { Email = email };

    public UserBuilder Named(string fullName) => this with { FullName = fullName };

    public UserBuilder InRole(string role) => this with { Role = role };

    /// <summary>Saves the staff member and the account; returns the account.</summary>
    public Task<BuiltUser> CreateAsync(PortalFactory portal) => portal.WithScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<Web.Infrastructure.Data.AppDbContext>();
        var member = new StaffMember { FullName = FullName, Position = "Pelaksana", EmploymentType = EmploymentType.NonAsn, UnitId = UnitId, Email = Email };
        db.Staff.Add(member);
        await db.SaveChangesAsync();
        var users = sp.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser
        {
            UserName = Email,
            Email = Email,
            EmailConfirmed = true,
            FullName = FullName,
            UnitId = UnitId,
            StaffMemberId = member.Id,
            CreatedAtUtc = DateTime.UtcNow,
        };
        var created = await users.CreateAsync(user, Password);
        created.Succeeded.ShouldBeTrue(string.Join("; ", created.Errors.Select(e => e.Description)));
        (await users.AddToRoleAsync(user, Role)).Succeeded.ShouldBeTrue();
        return new BuiltUser(user.Id, Email, member.Id, UnitId);
    });
}

public sealed record BuiltUser(string Id, string Email, int StaffMemberId, int UnitId);
