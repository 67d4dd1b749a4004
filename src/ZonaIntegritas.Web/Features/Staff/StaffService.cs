using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using ZonaIntegritas.Web.Domain.Common;
using ZonaIntegritas.Web.Domain.Staff;
using ZonaIntegritas.Web.Domain.Units;
using ZonaIntegritas.Web.Features.Shared;
using ZonaIntegritas.Web.Infrastructure.Authorization;
using ZonaIntegritas.Web.Infrastructure.Data;
using ZonaIntegritas.Web.Infrastructure.Identity;

namespace ZonaIntegritas.Web.Features.Staff;

/// <summary>The staff register (pegawai), always limited to the units in the user's <see cref="UnitScope"/>.</summary>
public sealed class StaffService(AppDbContext db, ResourceAccess scope, ICurrentUser currentUser, ILogger<StaffService> logger)
{
    public const int PageSize = 25;

    public async Task<StaffListViewModel> ListAsync(StaffFilterInput filter, CancellationToken ct)
    {
        var visible = (await scope.VisibleUnitIdsAsync(ct)).ToList();
        var nodes = await VisibleNodesAsync(visible, ct);
        var unitIds = visible;
        if (filter.UnitId is { } unitId)
        {
            await scope.EnsureAccessAsync(unitId, ct);
            unitIds = [.. UnitHierarchy.SelfAndDescendants(nodes, unitId)];
        }
        var query = db.Staff.AsNoTracking().Where(s => unitIds.Contains(s.UnitId));
        if (filter.Type is { } type)
        {
            query = query.Where(s => s.EmploymentType == type);
        }
        query = filter.Status switch
        {
            "aktif" => query.Where(s => s.IsActive),
            "nonaktif" => query.Where(s => !s.IsActive),
            _ => query,
        };
        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var q = filter.Q.Trim().ToLower();
            var nipQuery = Nip.Normalize(filter.Q);
            query = query.Where(s => s.FullName.ToLower().Contains(q) || (nipQuery.Length > 0 && s.Nip != null && s.Nip.Contains(nipQuery)));
        }
        var total = await query.CountAsync(ct);
        var page = PagerViewModel.Clamp(filter.Page, total, PageSize);
        filter.Page = page;
        var rows = await query
            .OrderBy(s => s.FullName).ThenBy(s => s.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(s => new StaffRowViewModel(
                s.Id, s.Nip, s.FullName, s.Position, s.RankGrade, s.EmploymentType, s.Unit!.Name, s.Email, s.IsActive,
                db.Users.Any(u => u.StaffMemberId == s.Id)))
            .ToListAsync(ct);
        var pager = new PagerViewModel(page, PageSize, total, new Dictionary<string, string?>
        {
            ["UnitId"] = filter.UnitId?.ToString(CultureInfo.InvariantCulture),
            ["Type"] = filter.Type?.ToString(),
            ["Status"] = filter.Status,
            ["Q"] = filter.Q,
        });
        var unitOptions = new List<SelectListItem> { new("Semua unit dalam cakupan", "") };
        unitOptions.AddRange(UnitOptions(nodes, filter.UnitId));
        var typeOptions = new List<SelectListItem> { new("Semua jenis", "") };
        typeOptions.AddRange(TypeOptions(filter.Type));
        return new StaffListViewModel(filter, rows, pager, unitOptions, typeOptions) { CanManage = currentUser.Has(Permissions.ManageStaff) };
    }

    public async Task<StaffFormViewModel> BuildFormAsync(int? id, SaveStaffInput input, CancellationToken ct)
    {
        var visible = (await scope.VisibleUnitIdsAsync(ct)).ToList();
        var nodes = await db.Units.AsNoTracking()
            .Where(u => visible.Contains(u.Id) && (u.IsActive || u.Id == input.UnitId))
            .Select(u => new UnitNode(u.Id, u.ParentId, u.Name))
            .ToListAsync(ct);
        var units = new List<SelectListItem> { new("— Pilih unit kerja —", "") };
        units.AddRange(UnitOptions(nodes, input.UnitId));
        return new StaffFormViewModel(id, input, units, TypeOptions(input.EmploymentType).ToList());
    }

    public async Task<SaveStaffInput> GetForEditAsync(int id, CancellationToken ct)
    {
        var staff = await FindInScopeAsync(id, tracked: false, ct);
        return new SaveStaffInput
        {
            Nip = staff.Nip,
            FullName = staff.FullName,
            Position = staff.Position,
            RankGrade = staff.RankGrade,
            EmploymentType = staff.EmploymentType,
            UnitId = staff.UnitId,
            Email = staff.Email,
            IsActive = staff.IsActive,
        };
    }

    public async Task<int> CreateAsync(SaveStaffInput input, CancellationToken ct)
    {
        await EnsureUnitUsableAsync(input.UnitId, ct);
        var nip = StaffRules.NormalizeNip(input.Nip);
        await EnsureNipFreeAsync(nip, null, ct);
        var staff = new StaffMember { FullName = (input.FullName ?? "").Trim() };
        Apply(staff, input, nip);
        db.Staff.Add(staff);
        await SaveAsync(ct);
        logger.LogInformation("Staff member {StaffId} created by {UserId}", staff.Id, currentUser.UserId);
        return staff.Id;
    }

    public async Task UpdateAsync(int id, SaveStaffInput input, CancellationToken ct)
    {
        var staff = await FindInScopeAsync(id, tracked: true, ct);
        if (input.UnitId != staff.UnitId)
        {
            await EnsureUnitUsableAsync(input.UnitId, ct);
        }
        var nip = StaffRules.NormalizeNip(input.Nip);
        if (nip != staff.Nip)
        {
            await EnsureNipFreeAsync(nip, id, ct);
        }
        Apply(staff, input, nip);
        await SaveAsync(ct);
        logger.LogInformation("Staff member {StaffId} updated by {UserId}", staff.Id, currentUser.UserId);
    }

    private static void Apply(StaffMember staff, SaveStaffInput input, string? nip)
    {
        staff.Nip = nip;
        staff.FullName = (input.FullName ?? "").Trim();
        staff.Position = Clean(input.Position);
        staff.RankGrade = Clean(input.RankGrade);
        staff.EmploymentType = input.EmploymentType;
        staff.UnitId = input.UnitId;
        staff.Email = Clean(input.Email);
        staff.IsActive = input.IsActive;
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>The unit must be in scope (else 403: the form only offers those) and active.</summary>
    private async Task EnsureUnitUsableAsync(int unitId, CancellationToken ct)
    {
        await scope.EnsureAccessAsync(unitId, ct);
        var unit = await db.Units.AsNoTracking().Where(u => u.Id == unitId).Select(u => new { u.Name, u.IsActive }).FirstAsync(ct);
        if (!unit.IsActive)
        {
            throw new DomainException($"Unit {unit.Name} tidak aktif. Pilih unit kerja yang aktif.");
        }
    }

    private async Task EnsureNipFreeAsync(string? nip, int? exceptId, CancellationToken ct)
    {
        if (nip is null)
        {
            return;
        }
        var holder = await db.Staff.AsNoTracking()
            .Where(s => s.Nip == nip && s.Id != exceptId)
            .Select(s => new { s.FullName, s.UnitId, UnitName = s.Unit!.Name })
            .FirstOrDefaultAsync(ct);
        if (holder is null)
        {
            return;
        }
        throw new DomainException(await scope.CanAccessAsync(holder.UnitId, ct)
            ? $"NIP {nip} sudah terdaftar atas nama {holder.FullName} ({holder.UnitName}). Satu NIP hanya boleh dimiliki satu pegawai."
            : $"NIP {nip} sudah terdaftar pada unit lain di luar cakupan Anda. Hubungi administrator.");
    }

    private async Task SaveAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex)
        {
            logger.LogWarning(ex, "Staff member could not be saved");
            throw new DomainException("Data pegawai tidak dapat disimpan; kemungkinan NIP yang sama baru saja disimpan pengguna lain. Periksa kembali lalu coba lagi.");
        }
    }

    private async Task<StaffMember> FindInScopeAsync(int id, bool tracked, CancellationToken ct)
    {
        var query = tracked ? db.Staff : db.Staff.AsNoTracking();
        var staff = await query.FirstOrDefaultAsync(s => s.Id == id, ct) ?? throw new NotFoundException("Data pegawai tidak ditemukan.");
        await scope.EnsureAccessAsync(staff.UnitId, ct);
        return staff;
    }

    private async Task<List<UnitNode>> VisibleNodesAsync(List<int> visible, CancellationToken ct) =>
        await db.Units.AsNoTracking()
            .Where(u => visible.Contains(u.Id))
            .Select(u => new UnitNode(u.Id, u.ParentId, u.Name))
            .ToListAsync(ct);

    private static IEnumerable<SelectListItem> UnitOptions(IEnumerable<UnitNode> nodes, int? selected) =>
        UnitHierarchy.Order(nodes).Select(e => new SelectListItem(
            UnitHierarchy.IndentedLabel(e), e.Unit.Id.ToString(CultureInfo.InvariantCulture), e.Unit.Id == selected));

    private static IEnumerable<SelectListItem> TypeOptions(EmploymentType? selected) =>
        Enum.GetValues<EmploymentType>().Select(t => new SelectListItem(t.Display(), t.ToString(), t == selected));
}
