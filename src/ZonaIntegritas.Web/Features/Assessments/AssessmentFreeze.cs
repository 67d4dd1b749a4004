using Microsoft.EntityFrameworkCore;
using ZonaIntegritas.Web.Domain.Assessments;
using ZonaIntegritas.Web.Infrastructure.Data;

namespace ZonaIntegritas.Web.Features.Assessments;

/// <summary>
/// The check other features call before they change what supports an LKE question of a unit-year (evidence
/// links, uploads, new versions and deletions, roster-decided numeric inputs): refused once the year's assessment
/// is submitted, except for questions reopened in Tindak Lanjut. A year without an assessment is open.
/// </summary>
public sealed class AssessmentFreeze(AppDbContext db)
{
    public Task EnsureCanChangeAsync(int unitId, int year, IEnumerable<string> questionCodes, CancellationToken ct) =>
        EnsureCanChangeAsync(unitId, questionCodes.Select(c => (year, c)), skipFinal: false, ct);

    /// <summary>
    /// Checks every (year, question) pair. With <paramref name="skipFinal"/> the finished years are ignored: a new
    /// version of a reused document may serve this year, while the reviews of a final year keep the version they judged.
    /// </summary>
    public async Task EnsureCanChangeAsync(int unitId, IEnumerable<(int Year, string Code)> questions, bool skipFinal, CancellationToken ct)
    {
        var pairs = questions.Distinct().ToList();
        if (pairs.Count == 0)
        {
            return;
        }
        var years = pairs.Select(p => p.Year).Distinct().ToList();
        var assessments = await db.Set<Assessment>().AsNoTracking()
            .Where(a => a.UnitId == unitId && years.Contains(a.Year) && a.Stage != AssessmentStage.SelfAssessment)
            .ToListAsync(ct);
        if (skipFinal)
        {
            assessments.RemoveAll(a => a.Stage == AssessmentStage.Final);
        }
        if (assessments.Count == 0)
        {
            return;
        }
        var ids = assessments.Select(a => a.Id).ToList();
        var reopened = (await db.Set<AssessorAnswer>().AsNoTracking()
                .Where(a => ids.Contains(a.AssessmentId) && a.NeedsFix)
                .Select(a => new { a.AssessmentId, a.QuestionCode }).ToListAsync(ct))
            .Select(a => (a.AssessmentId, a.QuestionCode))
            .ToHashSet();
        foreach (var (year, code) in pairs.OrderBy(p => p.Year).ThenBy(p => p.Code, StringComparer.Ordinal))
        {
            if (assessments.FirstOrDefault(a => a.Year == year) is { } assessment)
            {
                assessment.EnsureSupportingMaterialCanChange(code, reopened.Contains((assessment.Id, code)));
            }
        }
    }
}
