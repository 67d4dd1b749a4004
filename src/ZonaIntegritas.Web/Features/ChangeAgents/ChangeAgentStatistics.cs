using Microsoft.EntityFrameworkCore;
using ZonaIntegritas.Web.Domain.ChangeAgents;
using ZonaIntegritas.Web.Infrastructure.Authorization;
using ZonaIntegritas.Web.Infrastructure.Data;

namespace ZonaIntegritas.Web.Features.ChangeAgents;

/// <summary>
/// LKE Reform PRA1A/PRA1B inputs computed from the Agen Perubahan register for a unit and year:
/// active agents (status aktif, term overlapping the year), changes made (projects Selesai with their end
/// date in the year) and changes integrated (of those, integrated into the management system).
/// </summary>
public interface IChangeAgentStatistics
{
    Task<ChangeAgentStats> GetAsync(int unitId, int year, CancellationToken ct = default);
}

public sealed class ChangeAgentStatistics(AppDbContext db, ResourceAccess scope) : IChangeAgentStatistics
{
    /// <summary>Per request (scoped): the worksheet's PRA1A and PRA1B panels ask for the same unit and year.</summary>
    private readonly Dictionary<(int UnitId, int Year), ChangeAgentStats> _known = [];

    public async Task<ChangeAgentStats> GetAsync(int unitId, int year, CancellationToken ct = default)
    {
        await scope.EnsureAccessAsync(unitId, ct);
        if (_known.TryGetValue((unitId, year), out var known))
        {
            return known;
        }
        var decrees = await db.Set<ChangeAgentDecree>().AsNoTracking()
            .Include(d => d.Agents).ThenInclude(a => a.Projects)
            .Where(d => d.UnitId == unitId)
            .AsSplitQuery()
            .ToListAsync(ct);
        return _known[(unitId, year)] = ChangeAgentRules.Compute(decrees, year);
    }
}
