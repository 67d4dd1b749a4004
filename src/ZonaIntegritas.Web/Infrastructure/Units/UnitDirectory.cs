using Microsoft.EntityFrameworkCore;
using ZonaIntegritas.Web.Domain.Units;
using ZonaIntegritas.Web.Infrastructure.Data;
using ZonaIntegritas.Web.Infrastructure.Data.ChangeCounters;

namespace ZonaIntegritas.Web.Infrastructure.Units;

/// <summary>One unit as most pages need it: place in the tree, name and time zone.</summary>
public sealed record UnitEntry(int Id, int? ParentId, string Name, IndonesianTimeZone TimeZone, UnitType Type, bool HoldsWbk, bool IsActive);

/// <summary>
/// Every unit of the portal, read in one query the first time a request needs any of them (scoped: one request sees
/// one consistent tree), and kept in memory until the units table changes (<see cref="StampedCache"/>: a change is
/// visible on the next request on every node). The unit scope,
/// "today" in a unit's zone, the unit pickers and subtree lookups read from here instead of querying the units table
/// each (a page asked for it five to seven times). A Kanwil has tens to hundreds of units: a few KB per request.
/// </summary>
public sealed class UnitDirectory(AppDbContext db, StampedCache stamped)
{
    private IReadOnlyDictionary<int, UnitEntry>? _units;

    /// <summary>Every unit; read again only after a change to the units table (the <c>staff</c> change counter).</summary>
    public async Task<IReadOnlyDictionary<int, UnitEntry>> AllAsync(CancellationToken ct = default) =>
        _units ??= await stamped.GetAsync("units", [ChangeCounterNames.Staff], ReadAsync, ct);

    private async Task<IReadOnlyDictionary<int, UnitEntry>> ReadAsync(CancellationToken ct) =>
        await db.Units.AsNoTracking()
            .Select(u => new UnitEntry(u.Id, u.ParentId, u.Name, u.TimeZone, u.Type, u.HoldsWbk, u.IsActive))
            .ToDictionaryAsync(u => u.Id, ct);

    public async Task<UnitEntry?> FindAsync(int unitId, CancellationToken ct = default) =>
        (await AllAsync(ct)).GetValueOrDefault(unitId);

    /// <summary>The unit and all units below it.</summary>
    public async Task<HashSet<int>> SubtreeAsync(int rootId, CancellationToken ct = default) =>
        Authorization.UnitScope.Descendants((await AllAsync(ct)).Values.Select(u => (u.Id, u.ParentId)), rootId);

    /// <summary>Forgets what was read (after this request changed units itself).</summary>
    public void Reset() => _units = null;
}
