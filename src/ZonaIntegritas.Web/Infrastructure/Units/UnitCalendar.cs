using Microsoft.EntityFrameworkCore;
using ZonaIntegritas.Web.Domain.Units;
using ZonaIntegritas.Web.Infrastructure.Authorization;
using ZonaIntegritas.Web.Infrastructure.Data;
using ZonaIntegritas.Web.Infrastructure.Identity;
using ZonaIntegritas.Web.Infrastructure.Time;

namespace ZonaIntegritas.Web.Infrastructure.Units;

public sealed record UnitOption(int Id, string Name, IndonesianTimeZone TimeZone);

/// <summary>
/// The units the current user may pick on the roster, work-plan and other pages, and "today" in a unit's time zone
/// through <see cref="UnitClock"/> (a date in Makassar can differ from one in Jakarta around midnight). Shared by features.
/// </summary>
public sealed class UnitCalendar(AppDbContext db, UnitDirectory directory, ResourceAccess scope, ICurrentUser currentUser, UnitClock clock)
{
    public async Task<IReadOnlyList<UnitOption>> VisibleUnitsAsync(CancellationToken ct = default)
    {
        var ids = await scope.VisibleUnitIdsAsync(ct);
        var units = (await directory.AllAsync(ct)).Values.Where(u => ids.Contains(u.Id)).Select(u => new UnitOption(u.Id, u.Name, u.TimeZone));
        return units.OrderBy(u => u.Id == currentUser.UnitId ? 0 : 1).ThenBy(u => u.Name, StringComparer.Ordinal).ToList();
    }

    /// <summary>The requested unit (or the user's own), after the unit-scope check.</summary>
    public async Task<UnitOption> ResolveAsync(int? unitId, CancellationToken ct = default)
    {
        var id = unitId ?? currentUser.UnitId ?? throw new ForbiddenException();
        await scope.EnsureAccessAsync(id, ct);
        return await directory.FindAsync(id, ct) is { } u ? new UnitOption(u.Id, u.Name, u.TimeZone) : throw new NotFoundException();
    }

    public DateOnly Today(IndonesianTimeZone zone) => clock.TodayIn(zone);

    public async Task<DateOnly> TodayAsync(int unitId, CancellationToken ct = default)
    {
        return clock.TodayIn(await ZoneOfAsync(unitId, ct));
    }

    /// <summary>The unit's time zone (WIB when the unit is unknown), looked up once per request.</summary>
    public async Task<IndonesianTimeZone> ZoneOfAsync(int unitId, CancellationToken ct = default)
    {
        return (await directory.FindAsync(unitId, ct))?.TimeZone ?? IndonesianTimeZone.Wib;
    }

    public DateTime UtcNow => clock.UtcNow;

    /// <summary>Active staff of the unit and its sub-units, for member/PIC pickers.</summary>
    public async Task<IReadOnlyList<StaffOption>> StaffOptionsAsync(int unitId, CancellationToken ct = default)
    {
        var ids = await directory.SubtreeAsync(unitId, ct);
        var staff = await db.Staff.AsNoTracking().Where(s => ids.Contains(s.UnitId) && s.IsActive)
            .Select(s => new StaffOption(s.Id, s.FullName, s.Nip, s.Position)).ToListAsync(ct);
        return staff.OrderBy(s => s.FullName, StringComparer.Ordinal).ToList();
    }
}

public sealed record StaffOption(int Id, string FullName, string? Nip, string? Position)
{
    public string Display => string.IsNullOrEmpty(Nip) ? FullName : $"{FullName} ({Nip})";
}
