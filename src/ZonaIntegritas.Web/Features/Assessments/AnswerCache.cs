using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using ZonaIntegritas.Web.Domain.Assessments;
using ZonaIntegritas.Web.Infrastructure.Data;
using ZonaIntegritas.Web.Infrastructure.Data.ChangeCounters;

namespace ZonaIntegritas.Web.Features.Assessments;

/// <summary>
/// A cheap fingerprint of an assessment's stored answers: per table the row count, the sum of the answers'
/// versions (every change adds one) and the latest change time. Any saved change to an answer, an assessor answer
/// or a Hasil entry changes it; it is read from the database, so every node of a cluster sees the same stamp.
/// </summary>
public sealed record AnswersStamp(int UnitCount, long UnitVersions, int AssessorCount, long AssessorVersions, int HasilCount, DateTime? HasilLatest);

/// <summary>An assessment's answers as of one <see cref="AnswersStamp"/>, with what has been computed from them.</summary>
public sealed class CachedAnswers(AssessmentAnswers answers)
{
    private readonly ConcurrentDictionary<string, Lazy<object>> _derived = new(StringComparer.Ordinal);

    public AssessmentAnswers Answers { get; } = answers;

    /// <summary>
    /// A value computed from these answers once (scores, the planner's plan…). The key must name everything else
    /// the computation depends on (LKE version, target, the unit's WBK fact, basis, external values).
    /// </summary>
    public T Derive<T>(string key, Func<AssessmentAnswers, T> compute)
        where T : notnull =>
        (T)_derived.GetOrAdd(key, _ => new Lazy<object>(() => compute(Answers))).Value;

    /// <summary>
    /// The part of a <see cref="Derive{T}"/> key that names the LKE tree: its version code and the loaded instance
    /// (a re-imported version is a new instance).
    /// </summary>
    public static string TemplateKey(Domain.Lke.LkeTemplate template) =>
        $"{template.VersionCode}#{System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(template)}";
}

/// <summary>
/// Answers of assessments for pages that read them on every request (Kesiapan ZI, Rekap unit): when no answer has
/// changed anywhere (the database's <c>answers</c> change counter, read once per request), nothing else is read;
/// otherwise one stamp query, and the answers (three queries for any number of assessments) only for the assessments
/// whose stamp has changed. Scoring and
/// planning are then done once per stamp instead of once per request.
/// </summary>
public sealed class AnswerCache(AppDbContext db, IMemoryCache cache, StampedCache counters)
{
    private static readonly MemoryCacheEntryOptions EntryOptions = new() { SlidingExpiration = TimeSpan.FromMinutes(10), Size = 1 };

    public async Task<CachedAnswers> GetAsync(int assessmentId, CancellationToken ct) =>
        (await GetManyAsync([assessmentId], ct))[assessmentId];

    /// <summary>The answers of each assessment id: one query for the stamps, at most three more for any that changed.</summary>
    public async Task<IReadOnlyDictionary<int, CachedAnswers>> GetManyAsync(IReadOnlyCollection<int> assessmentIds, CancellationToken ct)
    {
        var result = new Dictionary<int, CachedAnswers>();
        if (assessmentIds.Count == 0)
        {
            return result;
        }
        // Fast path: no answer anywhere has changed since these sets were read (the database's change counter), so the
        // per-assessment stamps need not be counted. Read before anything else: a set kept under it is never older.
        var counter = await counters.CounterAsync(ChangeCounterNames.Answers, ct);
        if (counter is { } seen)
        {
            foreach (var id in assessmentIds)
            {
                if (!cache.TryGetValue(CounterKey(id, seen), out CachedAnswers? current) || current is null)
                {
                    break;
                }
                result[id] = current;
            }
            if (result.Count == assessmentIds.Count)
            {
                return result;
            }
            result.Clear();
        }
        var stamps = await StampsAsync(assessmentIds, ct);
        var missing = new List<int>();
        foreach (var id in assessmentIds)
        {
            var stamp = stamps.GetValueOrDefault(id) ?? new AnswersStamp(0, 0, 0, 0, 0, null);
            if (cache.TryGetValue(Key(id, stamp), out CachedAnswers? hit) && hit is not null)
            {
                result[id] = hit;
            }
            else
            {
                missing.Add(id);
            }
        }
        if (missing.Count == 0)
        {
            return Remember(result, counter);
        }
        var unit = (await db.Set<UnitAnswer>().AsNoTracking().Where(a => missing.Contains(a.AssessmentId)).ToListAsync(ct)).ToLookup(a => a.AssessmentId);
        var hasil = (await db.Set<HasilEntry>().AsNoTracking().Where(a => missing.Contains(a.AssessmentId)).ToListAsync(ct)).ToLookup(a => a.AssessmentId);
        var assessor = (await db.Set<AssessorAnswer>().AsNoTracking().Where(a => missing.Contains(a.AssessmentId)).ToListAsync(ct)).ToLookup(a => a.AssessmentId);
        foreach (var id in missing)
        {
            var answers = new CachedAnswers(new AssessmentAnswers([.. unit[id]], [.. hasil[id]], [.. assessor[id]]));
            // The stamp is recomputed from the rows just read, so a change between the two queries is never cached under the old stamp.
            cache.Set(Key(id, StampOf(answers.Answers)), answers, EntryOptions);
            result[id] = answers;
        }
        return Remember(result, counter);
    }

    /// <summary>Keeps each set under the answers counter read at the start of the request too (the fast path).</summary>
    private Dictionary<int, CachedAnswers> Remember(Dictionary<int, CachedAnswers> result, long? counter)
    {
        if (counter is { } seen)
        {
            foreach (var (id, answers) in result)
            {
                cache.Set(CounterKey(id, seen), answers, EntryOptions);
            }
        }
        return result;
    }

    private async Task<Dictionary<int, AnswersStamp>> StampsAsync(IReadOnlyCollection<int> ids, CancellationToken ct)
    {
        var rows = await db.Set<Assessment>().AsNoTracking().Where(a => ids.Contains(a.Id)).Select(a => new
        {
            a.Id,
            UnitCount = db.Set<UnitAnswer>().Count(x => x.AssessmentId == a.Id),
            UnitVersions = db.Set<UnitAnswer>().Where(x => x.AssessmentId == a.Id).Sum(x => (long)x.Version),
            AssessorCount = db.Set<AssessorAnswer>().Count(x => x.AssessmentId == a.Id),
            AssessorVersions = db.Set<AssessorAnswer>().Where(x => x.AssessmentId == a.Id).Sum(x => (long)x.Version),
            HasilCount = db.Set<HasilEntry>().Count(x => x.AssessmentId == a.Id),
            HasilLatest = db.Set<HasilEntry>().Where(x => x.AssessmentId == a.Id).Max(x => (DateTime?)(x.UpdatedAtUtc ?? x.CreatedAtUtc)),
        }).ToListAsync(ct);
        return rows.ToDictionary(r => r.Id, r => new AnswersStamp(r.UnitCount, r.UnitVersions, r.AssessorCount, r.AssessorVersions, r.HasilCount, Normalize(r.HasilLatest)));
    }

    private static AnswersStamp StampOf(AssessmentAnswers a) => new(
        a.Unit.Count, a.Unit.Sum(x => (long)x.Version),
        a.Assessor.Count, a.Assessor.Sum(x => (long)x.Version),
        a.Hasil.Count, Normalize(a.Hasil.Count == 0 ? null : a.Hasil.Max(x => x.UpdatedAtUtc ?? x.CreatedAtUtc)));

    /// <summary>Providers keep different sub-second precision; the stamp compares whole ticks as stored and read back.</summary>
    private static DateTime? Normalize(DateTime? utc) => utc is { } t ? DateTime.SpecifyKind(t, DateTimeKind.Utc) : null;

    private static (string, int, AnswersStamp) Key(int id, AnswersStamp stamp) => ("answers", id, stamp);

    private static (string, int, long) CounterKey(int id, long counter) => ("answers-counter", id, counter);
}
