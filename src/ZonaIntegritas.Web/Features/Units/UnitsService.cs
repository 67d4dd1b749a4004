using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using ZonaIntegritas.Web.Domain.Common;
using ZonaIntegritas.Web.Domain.Units;
using ZonaIntegritas.Web.Infrastructure.Authorization;
using ZonaIntegritas.Web.Infrastructure.Data;
using ZonaIntegritas.Web.Infrastructure.Identity;

namespace ZonaIntegritas.Web.Features.Units;

/// <summary>The unit register: hierarchy, create, edit, deactivate and delete with their safety rules.</summary>
public sealed class UnitsService(AppDbContext db, ResourceAccess scope, ICurrentUser currentUser, ILogger<UnitsService> logger)
{
    public async Task<UnitTreeViewModel> TreeAsync(CancellationToken ct)
    {
        var visible = await scope.VisibleUnitIdsAsync(ct);
        var units = (await db.Units.AsNoTracking().ToListAsync(ct)).Where(u => visible.Contains(u.Id)).ToList();
        var staff = await db.Staff.AsNoTracking().Where(s => s.IsActive)
            .GroupBy(s => s.UnitId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var users = await db.Users.AsNoTracking().Where(u => u.IsActive)
            .GroupBy(u => u.UnitId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var byId = units.ToDictionary(u => u.Id);
        var rows = UnitHierarchy.Order(units.Select(u => new UnitNode(u.Id, u.ParentId, u.Name)))
            .Select(e =>
            {
                var u = byId[e.Unit.Id];
                return new UnitRowViewModel(u.Id, e.Depth, u.Code, u.Name, u.Type, u.City, u.TimeZone, u.HoldsWbk, u.IsActive,
                    staff.GetValueOrDefault(u.Id), users.GetValueOrDefault(u.Id));
            })
            .ToList();
        return new UnitTreeViewModel(rows);
    }

    public async Task<SaveUnitInput> GetForEditAsync(int id, CancellationToken ct)
    {
        var unit = await FindInScopeAsync(id, ct);
        return new SaveUnitInput
        {
            ParentId = unit.ParentId,
            Code = unit.Code,
            Name = unit.Name,
            Type = unit.Type,
            Address = unit.Address,
            City = unit.City,
            TimeZone = unit.TimeZone,
            HoldsWbk = unit.HoldsWbk,
            IsActive = unit.IsActive,
        };
    }

    /// <summary>The form with its choices; a unit being edited cannot pick itself or its descendants as parent.</summary>
    public async Task<UnitFormViewModel> BuildFormAsync(int? id, SaveUnitInput input, CancellationToken ct)
    {
        var nodes = await VisibleNodesAsync(ct);
        var excluded = id is { } unitId ? UnitHierarchy.SelfAndDescendants(nodes, unitId) : [];
        // Only the Super Admin makes top-level units; others create below their own unit by default.
        var mayBeRoot = currentUser.Has(Permissions.ManageRootUnits) || (id is not null && input.ParentId is null);
        if (id is null && input.ParentId is null && !mayBeRoot)
        {
            input.ParentId = currentUser.UnitId;
        }
        var parents = new List<SelectListItem>();
        if (mayBeRoot)
        {
            parents.Add(new("— Tanpa induk (unit tertinggi) —", ""));
        }
        parents.AddRange(UnitHierarchy.Order(nodes)
            .Where(e => !excluded.Contains(e.Unit.Id))
            .Select(e => new SelectListItem(UnitHierarchy.IndentedLabel(e), e.Unit.Id.ToString(CultureInfo.InvariantCulture), e.Unit.Id == input.ParentId)));
        var types = Enum.GetValues<UnitType>()
            .Select(t => new SelectListItem(t.Display(), t.ToString(), t == input.Type)).ToList();
        var zones = Enum.GetValues<IndonesianTimeZone>()
            .Select(z => new SelectListItem(z.Label(), z.ToString(), z == input.TimeZone)).ToList();
        return new UnitFormViewModel(id, input, parents, types, zones);
    }

    public async Task<int> CreateAsync(SaveUnitInput input, CancellationToken ct)
    {
        var code = SaveUnitInput.NormalizeCode(input.Code);
        await EnsureParentAllowedAsync(input.ParentId, requireActive: true, ct);
        await EnsureCodeFreeAsync(code, null, ct);
        var unit = new OrgUnit { Code = code, Name = (input.Name ?? "").Trim() };
        Apply(unit, input);
        db.Units.Add(unit);
        await SaveAsync(ct);
        logger.LogInformation("Unit {UnitId} ({UnitCode}) created by {UserId}", unit.Id, unit.Code, currentUser.UserId);
        return unit.Id;
    }

    public async Task UpdateAsync(int id, SaveUnitInput input, CancellationToken ct)
    {
        var unit = await FindInScopeAsync(id, ct, tracked: true);
        var code = SaveUnitInput.NormalizeCode(input.Code);
        if (input.ParentId != unit.ParentId)
        {
            if (input.ParentId is null && !currentUser.Has(Permissions.ManageRootUnits))
            {
                throw new ForbiddenException();
            }
            var nodes = await AllNodesAsync(ct);
            if (UnitHierarchy.WouldCreateCycle(nodes, id, input.ParentId))
            {
                throw new DomainException(input.ParentId == id
                    ? "Unit tidak dapat menjadi induk bagi dirinya sendiri."
                    : "Unit induk tidak boleh salah satu sub-unit dari unit ini (akan membentuk lingkaran hierarki).");
            }
            await EnsureParentAllowedAsync(input.ParentId, requireActive: input.IsActive, ct);
        }
        if (code != unit.Code)
        {
            await EnsureCodeFreeAsync(code, id, ct);
        }
        if (unit.IsActive && !input.IsActive)
        {
            await EnsureCanDeactivateAsync(unit, ct);
        }
        unit.Code = code;
        unit.Name = (input.Name ?? "").Trim();
        Apply(unit, input);
        await SaveAsync(ct);
        logger.LogInformation("Unit {UnitId} ({UnitCode}) updated by {UserId}", unit.Id, unit.Code, currentUser.UserId);
    }

    /// <summary>Deletes a unit that nothing refers to; otherwise explains why (deactivating is the usual way).</summary>
    public async Task<string> DeleteAsync(int id, CancellationToken ct)
    {
        var unit = await FindInScopeAsync(id, ct, tracked: true);
        var problems = new List<string>();
        var children = await db.Units.CountAsync(u => u.ParentId == id, ct);
        if (children > 0)
        {
            problems.Add($"{children} sub-unit");
        }
        var staff = await db.Staff.CountAsync(s => s.UnitId == id, ct);
        if (staff > 0)
        {
            problems.Add($"{staff} data pegawai");
        }
        var users = await db.Users.CountAsync(u => u.UnitId == id, ct);
        if (users > 0)
        {
            problems.Add($"{users} akun pengguna");
        }
        if (problems.Count > 0)
        {
            throw new DomainException($"Unit {unit.Name} tidak dapat dihapus karena masih memiliki {string.Join(", ", problems)}. "
                + "Pindahkan data tersebut terlebih dahulu, atau nonaktifkan unit ini.");
        }
        db.Units.Remove(unit);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex)
        {
            logger.LogWarning(ex, "Unit {UnitId} could not be deleted", id);
            throw new DomainException($"Unit {unit.Name} tidak dapat dihapus karena masih dipakai oleh data lain (mis. penilaian atau eviden). Nonaktifkan unit ini sebagai gantinya.");
        }
        logger.LogInformation("Unit {UnitId} ({UnitCode}) deleted by {UserId}", id, unit.Code, currentUser.UserId);
        return unit.Name;
    }

    private static void Apply(OrgUnit unit, SaveUnitInput input)
    {
        unit.ParentId = input.ParentId;
        unit.Type = input.Type;
        unit.Address = Clean(input.Address);
        unit.City = Clean(input.City);
        unit.TimeZone = input.TimeZone;
        unit.HoldsWbk = input.HoldsWbk;
        unit.IsActive = input.IsActive;
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private async Task EnsureCanDeactivateAsync(OrgUnit unit, CancellationToken ct)
    {
        var problems = new List<string>();
        var children = await db.Units.CountAsync(u => u.ParentId == unit.Id && u.IsActive, ct);
        if (children > 0)
        {
            problems.Add($"{children} sub-unit aktif");
        }
        var staff = await db.Staff.CountAsync(s => s.UnitId == unit.Id && s.IsActive, ct);
        if (staff > 0)
        {
            problems.Add($"{staff} pegawai aktif");
        }
        var users = await db.Users.CountAsync(u => u.UnitId == unit.Id && u.IsActive, ct);
        if (users > 0)
        {
            problems.Add($"{users} akun pengguna aktif");
        }
        if (problems.Count > 0)
        {
            throw new DomainException($"Unit {unit.Name} tidak dapat dinonaktifkan karena masih memiliki {string.Join(", ", problems)}. "
                + "Nonaktifkan atau pindahkan terlebih dahulu.");
        }
    }

    private async Task EnsureParentAllowedAsync(int? parentId, bool requireActive, CancellationToken ct)
    {
        if (parentId is not { } pid)
        {
            if (!currentUser.Has(Permissions.ManageRootUnits))
            {
                throw new ForbiddenException();
            }
            return;
        }
        var parent = await db.Units.AsNoTracking().Where(u => u.Id == pid).Select(u => new { u.IsActive }).FirstOrDefaultAsync(ct)
            ?? throw new DomainException("Unit induk tidak ditemukan.");
        await scope.EnsureAccessAsync(pid, ct);
        if (requireActive && !parent.IsActive)
        {
            throw new DomainException("Unit induk tidak aktif. Pilih unit induk yang aktif.");
        }
    }

    private async Task EnsureCodeFreeAsync(string code, int? exceptId, CancellationToken ct)
    {
        var holder = await db.Units.AsNoTracking()
            .Where(u => u.Code.ToUpper() == code && u.Id != exceptId)
            .Select(u => u.Name)
            .FirstOrDefaultAsync(ct);
        if (holder is not null)
        {
            throw new DomainException($"Kode unit {code} sudah digunakan oleh {holder}. Gunakan kode lain.");
        }
    }

    private async Task SaveAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex)
        {
            // A concurrent save took the code between the check and the insert.
            logger.LogWarning(ex, "Unit could not be saved");
            throw new DomainException("Unit tidak dapat disimpan; kemungkinan kode unit baru saja dipakai pengguna lain. Periksa kembali lalu coba lagi.");
        }
    }

    private async Task<OrgUnit> FindInScopeAsync(int id, CancellationToken ct, bool tracked = false)
    {
        var query = tracked ? db.Units : db.Units.AsNoTracking();
        var unit = await query.FirstOrDefaultAsync(u => u.Id == id, ct) ?? throw new NotFoundException("Unit tidak ditemukan.");
        await scope.EnsureAccessAsync(id, ct);
        return unit;
    }

    private async Task<List<UnitNode>> AllNodesAsync(CancellationToken ct) =>
        await db.Units.AsNoTracking().Select(u => new UnitNode(u.Id, u.ParentId, u.Name)).ToListAsync(ct);

    private async Task<List<UnitNode>> VisibleNodesAsync(CancellationToken ct)
    {
        var visible = await scope.VisibleUnitIdsAsync(ct);
        return (await AllNodesAsync(ct)).Where(n => visible.Contains(n.Id)).ToList();
    }
}
