using Microsoft.EntityFrameworkCore;
using ZonaIntegritas.Web.Domain.Common;
using ZonaIntegritas.Web.Domain.Lke;
using ZonaIntegritas.Web.Domain.Units;
using ZonaIntegritas.Web.Infrastructure.Authorization;
using ZonaIntegritas.Web.Infrastructure.Data;
using ZonaIntegritas.Web.Infrastructure.Lke;

namespace ZonaIntegritas.Web.Features.Evidence;

/// <summary>Reference data the evidence pages need: the LKE tree (question codes, names), units and user names.</summary>
public sealed class EvidenceCatalog(ILkeTemplateProvider templates, AppDbContext db)
{
    /// <summary>The LKE version evidence links are validated against.</summary>
    public const string LkeVersion = LkeTemplateFile.DefaultVersion;

    public Task<LkeTemplate> TemplateAsync(CancellationToken ct) => templates.GetAsync(LkeVersion, ct);

    /// <summary>Questions in template order, optionally only those in <paramref name="areas"/> (letters).</summary>
    public static IReadOnlyList<QuestionOption> QuestionOptions(LkeTemplate template, IReadOnlySet<string>? areas = null) =>
        template.Halves
            .SelectMany(h => h.Areas.Select(a => (Half: h, Area: a)))
            .Where(x => areas is null || areas.Contains(x.Area.AreaLetter))
            .SelectMany(x => x.Area.Indicators.SelectMany(i => i.Questions.Select(q =>
                new QuestionOption(q.Code, q.Text, x.Area.AreaLetter, $"{x.Area.Code} {x.Area.Name} ({x.Half.Name})"))))
            .ToList();

    /// <summary>The normalised, known codes; throws a <see cref="DomainException"/> naming unknown ones.</summary>
    public async Task<IReadOnlyList<string>> ValidateCodesAsync(IEnumerable<string> codes, CancellationToken ct)
    {
        var template = await TemplateAsync(ct);
        var normalised = codes.Select(c => c.Trim().ToUpperInvariant()).Where(c => c.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var unknown = normalised.Where(c => template.FindQuestion(c) is null).ToList();
        if (unknown.Count > 0)
        {
            throw new DomainException($"Kode pertanyaan LKE tidak dikenal: {string.Join(", ", unknown)}.");
        }
        return normalised;
    }

    public async Task<IReadOnlyList<UnitOption>> UnitsAsync(IReadOnlySet<int> ids, CancellationToken ct)
    {
        var idList = ids.ToList();
        var units = await db.Units.AsNoTracking().Where(u => idList.Contains(u.Id)).Select(u => new { u.Id, u.Name, u.ParentId }).ToListAsync(ct);
        // Parents first, then their children, in name order within a level.
        var byParent = units.ToLookup(u => u.ParentId is { } p && ids.Contains(p) ? p : (int?)null);
        var ordered = new List<UnitOption>();
        void Walk(int? parent, int depth)
        {
            foreach (var u in byParent[parent].OrderBy(u => u.Name, StringComparer.Ordinal))
            {
                ordered.Add(new UnitOption(u.Id, new string('\u00A0', depth * 3) + u.Name));
                Walk(u.Id, depth + 1);
            }
        }
        Walk(null, 0);
        return ordered;
    }

    public async Task<(string Name, IndonesianTimeZone Zone)> UnitAsync(int unitId, CancellationToken ct)
    {
        var unit = await db.Units.AsNoTracking().Where(u => u.Id == unitId).Select(u => new { u.Name, u.TimeZone }).FirstOrDefaultAsync(ct)
            ?? throw new NotFoundException("Unit kerja tidak ditemukan.");
        return (unit.Name, unit.TimeZone);
    }

    public async Task<Dictionary<string, string>> UserNamesAsync(IEnumerable<string?> userIds, CancellationToken ct)
    {
        var ids = userIds.Where(i => i is not null).Select(i => i!).Distinct().ToList();
        return await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.FullName, ct);
    }

    public static IReadOnlyList<AreaOption> Areas(IReadOnlySet<string>? only = null) =>
        ChangeAreas.All.Where(a => only is null || only.Contains(a.Code)).Select(a => new AreaOption(a.Code, a.Name)).ToList();
}
