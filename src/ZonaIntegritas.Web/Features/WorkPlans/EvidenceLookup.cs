using Microsoft.EntityFrameworkCore;
using ZonaIntegritas.Web.Domain.Common;
using ZonaIntegritas.Web.Domain.Evidence;
using ZonaIntegritas.Web.Infrastructure.Data;

namespace ZonaIntegritas.Web.Features.WorkPlans;

/// <summary>
/// What the roster and work-plan pages need from the evidence library: which LKE questions of a unit-year have
/// evidence, the titles of linked evidence items, and a check that typed evidence ids belong to the unit. Plan
/// items, monitoring entries and change projects keep loose evidence-item ids (no foreign key) so an evidence
/// item can be deleted (and restored within 30 days) without touching the plan.
/// </summary>
public interface IEvidenceLookup
{
    Task<IReadOnlySet<string>> QuestionCodesWithEvidenceAsync(int unitId, int year, CancellationToken ct = default);

    /// <summary>Titles of the unit's evidence items among <paramref name="ids"/>; deleted items are marked.</summary>
    Task<IReadOnlyDictionary<int, string>> TitlesAsync(int unitId, IEnumerable<int> ids, CancellationToken ct = default);

    /// <summary>Throws a <see cref="DomainException"/> naming every id that is not an active evidence item of the unit.</summary>
    Task EnsureBelongToUnitAsync(int unitId, IReadOnlyCollection<int> ids, CancellationToken ct = default);
}

/// <summary>The lookup over the evidence library's tables.</summary>
public sealed class EvidenceLibraryLookup(AppDbContext db) : IEvidenceLookup
{
    public async Task<IReadOnlySet<string>> QuestionCodesWithEvidenceAsync(int unitId, int year, CancellationToken ct = default)
    {
        var codes = await db.Set<EvidenceLink>().AsNoTracking()
            .Where(l => l.UnitId == unitId && l.Year == year && l.Item!.DeletedAtUtc == null)
            .Select(l => l.QuestionCode).Distinct().ToListAsync(ct);
        return codes.ToHashSet(StringComparer.Ordinal);
    }

    public async Task<IReadOnlyDictionary<int, string>> TitlesAsync(int unitId, IEnumerable<int> ids, CancellationToken ct = default)
    {
        var wanted = ids.Distinct().ToList();
        if (wanted.Count == 0)
        {
            return new Dictionary<int, string>();
        }
        var rows = await db.Set<EvidenceItem>().AsNoTracking()
            .Where(i => i.UnitId == unitId && wanted.Contains(i.Id))
            .Select(i => new { i.Id, i.Title, Deleted = i.DeletedAtUtc != null })
            .ToListAsync(ct);
        return rows.ToDictionary(r => r.Id, r => r.Deleted ? $"{r.Title} (dihapus)" : r.Title);
    }

    public async Task EnsureBelongToUnitAsync(int unitId, IReadOnlyCollection<int> ids, CancellationToken ct = default)
    {
        if (ids.Count == 0)
        {
            return;
        }
        var known = await db.Set<EvidenceItem>().AsNoTracking()
            .Where(i => i.UnitId == unitId && i.DeletedAtUtc == null && ids.Contains(i.Id))
            .Select(i => i.Id).ToListAsync(ct);
        var unknown = ids.Except(known).Order().ToList();
        if (unknown.Count > 0)
        {
            throw new DomainException(
                $"Eviden dengan ID {string.Join(", ", unknown)} tidak ditemukan di pustaka eviden unit ini (atau sudah dihapus).");
        }
    }
}

public static class EvidenceIds
{
    /// <summary>Parses "12, 15 20" into ids; null when any part is not a positive whole number.</summary>
    public static IReadOnlyList<int>? Parse(string? text)
    {
        var parts = (text ?? "").Split([',', ';', ' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries);
        var ids = new List<int>();
        foreach (var part in parts)
        {
            if (!int.TryParse(part.TrimStart('#'), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) || id <= 0)
            {
                return null;
            }
            ids.Add(id);
        }
        return ids.Distinct().ToList();
    }

    public static string Format(IEnumerable<int> ids) => string.Join(", ", ids.Order());
}
