namespace ZonaIntegritas.Web.Features.WorkPlan;

/// <summary>
/// What the roster and work-plan pages need from the evidence library (built on another branch): which LKE
/// questions of a unit-year have evidence, and the titles of linked evidence items. Plan items, monitoring
/// entries and change projects keep loose evidence-item ids (no foreign key) so the two features stay apart.
/// </summary>
public interface IEvidenceLookup
{
    Task<IReadOnlySet<string>> QuestionCodesWithEvidenceAsync(int unitId, int year, CancellationToken ct = default);

    Task<IReadOnlyDictionary<int, string>> TitlesAsync(IEnumerable<int> ids, CancellationToken ct = default);
}

/// <summary>
/// Placeholder until the evidence library is merged: knows no evidence. The coordinator replaces it with an
/// implementation over the evidence tables.
/// </summary>
public sealed class NoEvidenceLookup : IEvidenceLookup
{
    public Task<IReadOnlySet<string>> QuestionCodesWithEvidenceAsync(int unitId, int year, CancellationToken ct = default) =>
        Task.FromResult<IReadOnlySet<string>>(new HashSet<string>());

    public Task<IReadOnlyDictionary<int, string>> TitlesAsync(IEnumerable<int> ids, CancellationToken ct = default) =>
        Task.FromResult<IReadOnlyDictionary<int, string>>(new Dictionary<int, string>());
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
