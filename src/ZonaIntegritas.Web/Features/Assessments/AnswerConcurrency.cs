using Microsoft.EntityFrameworkCore;
using ZonaIntegritas.Web.Domain.Assessments;
using ZonaIntegritas.Web.Domain.Units;
using ZonaIntegritas.Web.Infrastructure.Data;
using ZonaIntegritas.Web.Infrastructure.Web;

namespace ZonaIntegritas.Web.Features.Assessments;

/// <summary>
/// Optimistic concurrency on answers (the unit's and the assessor's): a form carries the version it was based on;
/// a save from another version is refused with who changed it, when, and the current value. The version column is
/// also an EF concurrency token, so two saves racing between read and write cannot both pass: history rows chain.
/// </summary>
public static class AnswerConcurrency
{
    /// <summary>Throws <see cref="StaleAnswerException"/> when <paramref name="expected"/> is given and is not <paramref name="current"/>.</summary>
    public static async Task EnsureCurrentAsync(AppDbContext db, int assessmentId, string code, AnswerSource source,
        int? expected, int current, string currentValue, IndonesianTimeZone zone, CancellationToken ct)
    {
        if (expected is null || expected == current)
        {
            return;
        }
        throw await StaleAsync(db, assessmentId, code, source, currentValue, zone, ct);
    }

    /// <summary>The refusal: "Jawaban ini sudah diubah oleh … pada …; muat ulang" with the current value.</summary>
    public static async Task<StaleAnswerException> StaleAsync(AppDbContext db, int assessmentId, string code, AnswerSource source,
        string currentValue, IndonesianTimeZone zone, CancellationToken ct)
    {
        var last = await db.Set<AnswerHistory>().AsNoTracking()
            .Where(h => h.AssessmentId == assessmentId && h.QuestionCode == code && h.Source == source)
            .OrderByDescending(h => h.Id)
            .Select(h => new { h.ChangedByName, h.ChangedAtUtc, h.NewValue })
            .FirstOrDefaultAsync(ct);
        var who = last is null ? "pengguna lain" : last.ChangedByName;
        var when = last is null ? "" : $" pada {Fmt.DateTime(last.ChangedAtUtc, zone)}";
        var value = last?.NewValue ?? currentValue;
        return new StaleAnswerException($"Jawaban ini sudah diubah oleh {who}{when}; muat ulang. Nilai sekarang: {value}.");
    }
}
