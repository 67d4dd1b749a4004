using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using ZonaIntegritas.Web.Domain.Common;
using ZonaIntegritas.Web.Domain.Units;
using ZonaIntegritas.Web.Domain.Users;
using ZonaIntegritas.Web.Features.Shared;
using ZonaIntegritas.Web.Infrastructure.Audit;
using ZonaIntegritas.Web.Infrastructure.Authorization;
using ZonaIntegritas.Web.Infrastructure.Data;
using ZonaIntegritas.Web.Infrastructure.Identity;

namespace ZonaIntegritas.Web.Features.Users;

/// <summary>
/// User accounts for the Administrator: list, create with a temporary password, edit roles/unit/staff link and
/// interim change areas, deactivate/reactivate, reset password. Identity operations go through UserManager.
/// </summary>
public sealed class UsersService(
    AppDbContext db,
    IAuditTrail audit,
    UserManager<AppUser> users,
    SignInManager<AppUser> signIn,
    ICurrentUser currentUser,
    TimeProvider clock,
    ILogger<UsersService> logger)
{
    public const int PageSize = 25;

    public async Task<UserListViewModel> ListAsync(UserFilterInput filter, CancellationToken ct)
    {
        var query = db.Users.AsNoTracking();
        if (filter.UnitId is { } unitId)
        {
            query = query.Where(u => u.UnitId == unitId);
        }
        if (!string.IsNullOrEmpty(filter.Role) && Roles.All.Contains(filter.Role))
        {
            var roleId = await db.Roles.Where(r => r.Name == filter.Role).Select(r => r.Id).FirstOrDefaultAsync(ct);
            query = query.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && ur.RoleId == roleId));
        }
        query = filter.Status switch
        {
            "aktif" => query.Where(u => u.IsActive),
            "nonaktif" => query.Where(u => !u.IsActive),
            _ => query,
        };
        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var q = filter.Q.Trim().ToLower();
            query = query.Where(u => u.FullName.ToLower().Contains(q) || u.Email!.ToLower().Contains(q));
        }
        var total = await query.CountAsync(ct);
        var page = PagerViewModel.Clamp(filter.Page, total, PageSize);
        filter.Page = page;
        var rows = await query
            .OrderBy(u => u.FullName).ThenBy(u => u.Email)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(u => new
            {
                u.Id,
                u.FullName,
                u.Email,
                UnitName = u.Unit!.Name,
                StaffNip = u.StaffMember!.Nip,
                u.IsActive,
                u.LockoutEnd,
                u.MustChangePassword,
                u.LastSignInAtUtc,
            })
            .ToListAsync(ct);
        var ids = rows.Select(r => r.Id).ToList();
        var roles = (await db.UserRoles.AsNoTracking()
                .Where(ur => ids.Contains(ur.UserId))
                .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
                .ToListAsync(ct))
            .ToLookup(x => x.UserId, x => x.Name!);
        var now = clock.GetUtcNow();
        var items = rows.Select(r => new UserRowViewModel(
                r.Id, r.FullName, r.Email ?? "", r.UnitName,
                Roles.All.Where(role => roles[r.Id].Contains(role)).Select(Roles.Label).ToList(),
                r.StaffNip, r.IsActive, r.LockoutEnd > now, r.MustChangePassword, r.LastSignInAtUtc))
            .ToList();
        var pager = new PagerViewModel(page, PageSize, total, new Dictionary<string, string?>
        {
            ["UnitId"] = filter.UnitId?.ToString(CultureInfo.InvariantCulture),
            ["Role"] = filter.Role,
            ["Status"] = filter.Status,
            ["Q"] = filter.Q,
        });
        var roleOptions = new List<SelectListItem> { new("Semua peran", "") };
        roleOptions.AddRange(Roles.All.Select(r => new SelectListItem(Roles.Label(r), r, r == filter.Role)));
        var unitOptions = new List<SelectListItem> { new("Semua unit", "") };
        unitOptions.AddRange(await UnitOptionsAsync(filter.UnitId, activeOnly: false, ct));
        return new UserListViewModel(filter, items, pager, unitOptions, roleOptions);
    }

    public async Task<CreateUserFormViewModel> BuildCreateFormAsync(CreateUserInput input, CancellationToken ct) =>
        new(input, await OptionsAsync(input.UnitId, input.StaffMemberId, input.Roles, null, ct));

    public async Task<EditUserFormViewModel> BuildEditFormAsync(string id, EditUserInput? posted, string? temporaryPassword, CancellationToken ct)
    {
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, ct) ?? throw new NotFoundException("Pengguna tidak ditemukan.");
        var input = posted ?? new EditUserInput
        {
            Email = user.Email ?? "",
            FullName = user.FullName,
            UnitId = user.UnitId,
            StaffMemberId = user.StaffMemberId,
            Roles = [.. await users.GetRolesAsync(user)],
            Areas = await db.AreaAssignments.AsNoTracking()
                .Where(a => a.UserId == id && a.UnitId == user.UnitId)
                .Select(a => a.AreaCode)
                .ToListAsync(ct),
        };
        var areas = ChangeAreas.All.Select(a => new AreaOption(a.Code, a.Name, input.Areas.Contains(a.Code))).ToList();
        var status = new UserAccountStatus(user.IsActive, user.LockoutEnd > clock.GetUtcNow(), user.MustChangePassword,
            user.Id == currentUser.UserId, user.CreatedAtUtc, user.LastSignInAtUtc);
        var options = await OptionsAsync(input.UnitId, input.StaffMemberId, input.Roles, id, ct);
        return new EditUserFormViewModel(id, input, options, areas, status, temporaryPassword);
    }

    /// <summary>Staff of the unit and its sub-units that have no account yet (plus the one linked to <paramref name="userId"/>).</summary>
    public async Task<IReadOnlyList<SelectListItem>> StaffOptionsAsync(int unitId, int? selected, string? userId, CancellationToken ct)
    {
        var options = new List<SelectListItem> { new(unitId > 0 ? "— Tidak ditautkan —" : "— Pilih unit kerja terlebih dahulu —", "") };
        if (unitId <= 0)
        {
            return options;
        }
        var tree = UnitHierarchy.SelfAndDescendants(await UnitNodesAsync(ct), unitId).ToList();
        var staff = await db.Staff.AsNoTracking()
            .Where(s => tree.Contains(s.UnitId) && (s.IsActive || s.Id == selected))
            .Where(s => !db.Users.Any(u => u.StaffMemberId == s.Id && u.Id != userId))
            .OrderBy(s => s.FullName)
            .Select(s => new { s.Id, s.FullName, s.Nip, UnitName = s.Unit!.Name })
            .ToListAsync(ct);
        options.AddRange(staff.Select(s => new SelectListItem(
            $"{s.FullName} — {(s.Nip is null ? "tanpa NIP" : "NIP " + s.Nip)} ({s.UnitName})",
            s.Id.ToString(CultureInfo.InvariantCulture),
            s.Id == selected)));
        return options;
    }

    /// <summary>Creates the account; returns its id and the generated password (null when the admin typed one).</summary>
    public async Task<(string UserId, string? GeneratedPassword)> CreateAsync(CreateUserInput input, CancellationToken ct)
    {
        var email = (input.Email ?? "").Trim();
        await EnsureUnitUsableAsync(input.UnitId, ct);
        var staff = await EnsureStaffLinkableAsync(input.StaffMemberId, input.UnitId, null, ct);
        if (await users.FindByEmailAsync(email) is not null)
        {
            throw new DomainException($"Email {email} sudah digunakan akun lain.");
        }
        var generated = input.PasswordChoice == PasswordChoice.Generate;
        var password = generated ? CreateAdminCommand.GeneratePassword() : input.Password!;
        var user = new AppUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            FullName = string.IsNullOrWhiteSpace(input.FullName) ? staff!.FullName : (input.FullName ?? "").Trim(),
            UnitId = input.UnitId,
            StaffMemberId = input.StaffMemberId,
            IsActive = true,
            MustChangePassword = true,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            Ensure(await users.CreateAsync(user, password));
            Ensure(await users.AddToRolesAsync(user, input.Roles.Distinct()));
            await tx.CommitAsync(ct);
        }
        logger.LogInformation("User {UserId} created by {AdminId} with roles {Roles}", user.Id, currentUser.UserId, string.Join(",", input.Roles));
        return (user.Id, generated ? password : null);
    }

    public async Task UpdateAsync(string id, EditUserInput input, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(id) ?? throw new NotFoundException("Pengguna tidak ditemukan.");
        var isSelf = user.Id == currentUser.UserId;
        if (isSelf && !input.Roles.Contains(Roles.Administrator))
        {
            throw new DomainException("Anda tidak dapat mencabut peran Administrator dari akun Anda sendiri.");
        }
        if (input.UnitId != user.UnitId)
        {
            await EnsureUnitUsableAsync(input.UnitId, ct);
        }
        await EnsureStaffLinkableAsync(input.StaffMemberId == user.StaffMemberId ? null : input.StaffMemberId, input.UnitId, user.Id, ct);
        if (input.StaffMemberId is { } staffId && staffId == user.StaffMemberId)
        {
            await EnsureStaffInUnitTreeAsync(staffId, input.UnitId, ct);
        }
        var email = (input.Email ?? "").Trim();
        if (!string.Equals(email, user.Email, StringComparison.OrdinalIgnoreCase)
            && await users.FindByEmailAsync(email) is { } other && other.Id != user.Id)
        {
            throw new DomainException($"Email {email} sudah digunakan akun lain.");
        }

        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            if (!string.Equals(email, user.Email, StringComparison.Ordinal))
            {
                Ensure(await users.SetEmailAsync(user, email));
                Ensure(await users.SetUserNameAsync(user, email));
                user.EmailConfirmed = true;
            }
            user.FullName = (input.FullName ?? "").Trim();
            user.UnitId = input.UnitId;
            user.StaffMemberId = input.StaffMemberId;
            Ensure(await users.UpdateAsync(user));

            var current = await users.GetRolesAsync(user);
            var wanted = input.Roles.Distinct().ToList();
            var remove = current.Except(wanted).ToList();
            var add = wanted.Except(current).ToList();
            if (remove.Count > 0)
            {
                Ensure(await users.RemoveFromRolesAsync(user, remove));
            }
            if (add.Count > 0)
            {
                Ensure(await users.AddToRolesAsync(user, add));
            }
            await SyncAreasAsync(user, wanted.Contains(Roles.AnggotaTim) ? input.Areas : [], ct);
            await tx.CommitAsync(ct);
        }
        logger.LogInformation("User {UserId} updated by {AdminId}", user.Id, currentUser.UserId);
        if (isSelf)
        {
            await signIn.RefreshSignInAsync(user);
        }
    }

    /// <summary>Deactivates the account and renews its security stamp, so existing sign-in cookies stop working.</summary>
    public async Task<string> DeactivateAsync(string id, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(id) ?? throw new NotFoundException("Pengguna tidak ditemukan.");
        if (user.Id == currentUser.UserId)
        {
            throw new DomainException("Anda tidak dapat menonaktifkan akun Anda sendiri.");
        }
        user.IsActive = false;
        Ensure(await users.UpdateAsync(user));
        Ensure(await users.UpdateSecurityStampAsync(user));
        logger.LogInformation("User {UserId} deactivated by {AdminId}", user.Id, currentUser.UserId);
        return user.FullName;
    }

    public async Task<string> ReactivateAsync(string id, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(id) ?? throw new NotFoundException("Pengguna tidak ditemukan.");
        user.IsActive = true;
        Ensure(await users.UpdateAsync(user));
        logger.LogInformation("User {UserId} reactivated by {AdminId}", user.Id, currentUser.UserId);
        return user.FullName;
    }

    /// <summary>Issues a new temporary password (returned once), forces a change at sign-in and lifts a lockout.</summary>
    public async Task<string> ResetPasswordAsync(string id, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(id) ?? throw new NotFoundException("Pengguna tidak ditemukan.");
        if (user.Id == currentUser.UserId)
        {
            throw new DomainException("Untuk akun Anda sendiri, gunakan menu Ganti kata sandi.");
        }
        var password = CreateAdminCommand.GeneratePassword();
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            var token = await users.GeneratePasswordResetTokenAsync(user);
            Ensure(await users.ResetPasswordAsync(user, token, password));
            Ensure(await users.SetLockoutEndDateAsync(user, null));
            Ensure(await users.ResetAccessFailedCountAsync(user));
            user.MustChangePassword = true;
            Ensure(await users.UpdateAsync(user));
            await tx.CommitAsync(ct);
        }
        logger.LogInformation("Password of user {UserId} reset by {AdminId}", user.Id, currentUser.UserId);
        await audit.RecordEventAsync(AuditEvents.PasswordReset, user.Id, user.UnitId, ct: ct);
        return password;
    }

    private async Task SyncAreasAsync(AppUser user, IEnumerable<string> areas, CancellationToken ct)
    {
        var wanted = areas.Where(ChangeAreas.IsValid).ToHashSet();
        var existing = await db.AreaAssignments.Where(a => a.UserId == user.Id).ToListAsync(ct);
        db.AreaAssignments.RemoveRange(existing.Where(a => a.UnitId != user.UnitId || !wanted.Contains(a.AreaCode)));
        var kept = existing.Where(a => a.UnitId == user.UnitId).Select(a => a.AreaCode).ToHashSet();
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var code in wanted.Where(c => !kept.Contains(c)).Order(StringComparer.Ordinal))
        {
            db.AreaAssignments.Add(new AreaAssignment { UserId = user.Id, UnitId = user.UnitId, AreaCode = code, CreatedAtUtc = now });
        }
        await db.SaveChangesAsync(ct);
    }

    private async Task EnsureUnitUsableAsync(int unitId, CancellationToken ct)
    {
        var unit = await db.Units.AsNoTracking().Where(u => u.Id == unitId).Select(u => new { u.Name, u.IsActive }).FirstOrDefaultAsync(ct)
            ?? throw new DomainException("Unit kerja tidak ditemukan.");
        if (!unit.IsActive)
        {
            throw new DomainException($"Unit {unit.Name} tidak aktif. Pilih unit kerja yang aktif.");
        }
    }

    /// <summary>A newly linked staff record must be active, in the unit's tree and not linked to another account.</summary>
    private async Task<Domain.Staff.StaffMember?> EnsureStaffLinkableAsync(int? staffId, int unitId, string? exceptUserId, CancellationToken ct)
    {
        if (staffId is not { } sid)
        {
            return null;
        }
        var staff = await EnsureStaffInUnitTreeAsync(sid, unitId, ct);
        if (!staff.IsActive)
        {
            throw new DomainException($"Data pegawai {staff.FullName} tidak aktif.");
        }
        var linked = await db.Users.AsNoTracking()
            .Where(u => u.StaffMemberId == sid && u.Id != exceptUserId)
            .Select(u => u.Email)
            .FirstOrDefaultAsync(ct);
        if (linked is not null)
        {
            throw new DomainException($"Pegawai {staff.FullName} sudah memiliki akun ({linked}). Satu data pegawai hanya boleh memiliki satu akun.");
        }
        return staff;
    }

    private async Task<Domain.Staff.StaffMember> EnsureStaffInUnitTreeAsync(int staffId, int unitId, CancellationToken ct)
    {
        var staff = await db.Staff.AsNoTracking().FirstOrDefaultAsync(s => s.Id == staffId, ct)
            ?? throw new DomainException("Data pegawai tidak ditemukan.");
        if (!UnitHierarchy.SelfAndDescendants(await UnitNodesAsync(ct), unitId).Contains(staff.UnitId))
        {
            throw new DomainException($"Pegawai {staff.FullName} tidak berada di unit kerja yang dipilih atau sub-unitnya.");
        }
        return staff;
    }

    private async Task<UserFormOptions> OptionsAsync(int unitId, int? staffId, IReadOnlyCollection<string> roles, string? userId, CancellationToken ct)
    {
        var units = new List<SelectListItem> { new("— Pilih unit kerja —", "") };
        units.AddRange(await UnitOptionsAsync(unitId, activeOnly: true, ct));
        var staff = await StaffOptionsAsync(unitId, staffId, userId, ct);
        var roleOptions = Roles.All.Select(r => new RoleOption(r, Roles.Label(r), roles.Contains(r))).ToList();
        return new UserFormOptions(units, staff, roleOptions);
    }

    private async Task<IEnumerable<SelectListItem>> UnitOptionsAsync(int? selected, bool activeOnly, CancellationToken ct)
    {
        var units = await db.Units.AsNoTracking()
            .Where(u => !activeOnly || u.IsActive || u.Id == selected)
            .Select(u => new UnitNode(u.Id, u.ParentId, u.Name))
            .ToListAsync(ct);
        return UnitHierarchy.Order(units).Select(e => new SelectListItem(
            UnitHierarchy.IndentedLabel(e), e.Unit.Id.ToString(CultureInfo.InvariantCulture), e.Unit.Id == selected));
    }

    private async Task<List<UnitNode>> UnitNodesAsync(CancellationToken ct) =>
        await db.Units.AsNoTracking().Select(u => new UnitNode(u.Id, u.ParentId, u.Name)).ToListAsync(ct);

    private static void Ensure(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new DomainException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
