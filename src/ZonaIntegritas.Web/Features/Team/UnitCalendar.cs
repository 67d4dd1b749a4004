using Microsoft.EntityFrameworkCore;
using ZonaIntegritas.Web.Domain.Units;
using ZonaIntegritas.Web.Infrastructure.Authorization;
using ZonaIntegritas.Web.Infrastructure.Data;
using ZonaIntegritas.Web.Infrastructure.Identity;

namespace ZonaIntegritas.Web.Features.Team;

public sealed record UnitOption(int Id, string Name, IndonesianTimeZone TimeZone);

/// <summary>
/// The units the current user may pick on the roster and work-plan pages, and "today" in a unit's time zone
/// (a date in Makassar can differ from one in Jakarta around midnight).
/// </summary>
public sealed class UnitCalendar(AppDbContext db, UnitScope scope, ICurrentUser currentUser, TimeProvider clock)
{
    public async Task<IReadOnlyList<UnitOption>> VisibleUnitsAsync(CancellationToken ct = default)
    {
        var ids = await scope.VisibleUnitIdsAsync(ct);
        var units = await db.Units.AsNoTracking().Where(u => ids.Contains(u.Id))
            .Select(u => new UnitOption(u.Id, u.Name, u.TimeZone)).ToListAsync(ct);
        return units.OrderBy(u => u.Id == currentUser.UnitId ? 0 : 1).ThenBy(u => u.Name, StringComparer.Ordinal).ToList();
    }

    /// <summary>The requested unit (or the user's own), after the unit-scope check.</summary>
    public async Task<UnitOption> ResolveAsync(int? unitId, CancellationToken ct = default)
    {
        var id = unitId ?? currentUser.UnitId ?? throw new ForbiddenException();
        await scope.EnsureAccessAsync(id, ct);
        return await db.Units.AsNoTracking().Where(u => u.Id == id)
            .Select(u => new UnitOption(u.Id, u.Name, u.TimeZone)).FirstOrDefaultAsync(ct)
            ?? throw new NotFoundException();
    }

    public DateOnly Today(IndonesianTimeZone zone) => DateOnly.FromDateTime(zone.ToLocal(clock.GetUtcNow().UtcDateTime));

    public async Task<DateOnly> TodayAsync(int unitId, CancellationToken ct = default)
    {
        var zone = await db.Units.AsNoTracking().Where(u => u.Id == unitId).Select(u => u.TimeZone).FirstOrDefaultAsync(ct);
        return Today(zone);
    }

    public DateTime UtcNow => clock.GetUtcNow().UtcDateTime;

    /// <summary>Active staff of the unit and its sub-units, for member/PIC pickers.</summary>
    public async Task<IReadOnlyList<StaffOption>> StaffOptionsAsync(int unitId, CancellationToken ct = default)
    {
        var units = await db.Units.AsNoTracking().Select(u => new { u.Id, u.ParentId }).ToListAsync(ct);
        var ids = UnitScope.Descendants(units.Select(u => (u.Id, u.ParentId)), unitId);
        var staff = await db.Staff.AsNoTracking().Where(s => ids.Contains(s.UnitId) && s.IsActive)
            .Select(s => new StaffOption(s.Id, s.FullName, s.Nip, s.Position)).ToListAsync(ct);
        return staff.OrderBy(s => s.FullName, StringComparer.Ordinal).ToList();
    }
}

public sealed record StaffOption(int Id, string FullName, string? Nip, string? Position)
{
    public string Display => string.IsNullOrEmpty(Nip) ? FullName : $"{FullName} ({Nip})";
}
