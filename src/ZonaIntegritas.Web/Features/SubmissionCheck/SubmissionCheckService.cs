using Microsoft.Extensions.Options;
using ZonaIntegritas.Web.Domain.Assessments;
using ZonaIntegritas.Web.Domain.Common;
using ZonaIntegritas.Web.Domain.Evidence;
using ZonaIntegritas.Web.Domain.Lke;
using ZonaIntegritas.Web.Features.Evidence;
using ZonaIntegritas.Web.Features.Reports;
using ZonaIntegritas.Web.Infrastructure.Web;

namespace ZonaIntegritas.Web.Features.SubmissionCheck;

/// <summary>
/// The pre-submission check ("Pemeriksaan sebelum pengajuan"): every question of an assessment gets Sesuai /
/// Perlu perbaikan / Tidak sesuai with its reasons, from the unit's answers, the linked evidence and the
/// assessor's marks. Reusable: the submit confirmation (review cycle) calls <see cref="RunAsync"/>; the pack
/// and the <c>check</c> command call <see cref="Evaluate(ReportData)"/> on data they already loaded.
/// </summary>
public sealed class SubmissionCheckService(ReportDataLoader loader, IOptions<SubmissionCheckOptions> options)
{
    /// <summary>File types PMPZI takes.</summary>
    public static readonly IReadOnlySet<string> AcceptedContentTypes = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "application/pdf", "image/jpeg", "image/png",
    };

    /// <summary>Runs the check for the current user (unit scope: 403 outside it, 404 when the assessment does not exist).</summary>
    public async Task<SubmissionCheckResult> RunAsync(int assessmentId, CancellationToken ct) =>
        Evaluate(await loader.LoadAsync(assessmentId, ct));

    /// <summary>Runs the check without a user (commands, background jobs).</summary>
    public async Task<SubmissionCheckResult> RunUncheckedAsync(int assessmentId, CancellationToken ct) =>
        Evaluate(await loader.LoadUncheckedAsync(assessmentId, ct));

    public SubmissionCheckResult Evaluate(ReportData data) => Evaluate(data, options.Value.MaxFileBytes);

    public static SubmissionCheckResult Evaluate(ReportData data, long maxFileBytes)
    {
        ArgumentNullException.ThrowIfNull(data);
        var year = data.Assessment.Year;
        var questions = new List<QuestionCheck>();
        foreach (var (_, area, indicator, question) in data.Questions())
        {
            var findings = new List<CheckFinding>();
            var unit = data.UnitAnswer(question.Code);
            var answer = unit?.ToAnswer();
            var value = answer is null ? null : LkeScorer.QuestionValue(question, answer);
            var evidence = data.EvidenceOf(question.Code).ToList();

            if (value is null)
            {
                findings.Add(new(CheckRule.Unanswered, CheckStatus.NonCompliant, "Belum dijawab."));
            }
            else if (value > Lowest(question) && evidence.Count == 0)
            {
                findings.Add(new(CheckRule.NoEvidence, CheckStatus.NonCompliant, "Jawaban di atas pilihan terendah, tetapi belum ada data dukung yang ditautkan."));
            }
            if (question.Percentage is { } rule && answer?.Inputs is { } inputs && Inconsistent(rule, inputs) is { } problem)
            {
                findings.Add(new(CheckRule.InputsInconsistent, CheckStatus.NonCompliant, problem));
            }
            var expectedYears = ExpectsPriorYear(question) ? new[] { year - 1, year } : [year];
            foreach (var e in evidence)
            {
                var name = $"«{e.Title}»";
                switch (e.State)
                {
                    case EvidenceLinkState.Pending:
                        findings.Add(new(CheckRule.EvidenceNotReviewed, CheckStatus.NeedsFix, $"Data dukung {name} belum direviu penilai.", e.EvidenceId));
                        break;
                    case EvidenceLinkState.NewVersionPending:
                        findings.Add(new(CheckRule.EvidenceNotReviewed, CheckStatus.NeedsFix, $"Versi baru data dukung {name} belum direviu penilai.", e.EvidenceId));
                        break;
                    case EvidenceLinkState.Rejected:
                        findings.Add(new(CheckRule.EvidenceRejected, CheckStatus.NonCompliant, $"Data dukung {name} ditolak penilai.", e.EvidenceId));
                        break;
                    case EvidenceLinkState.NeedsFix:
                        findings.Add(new(CheckRule.EvidenceRejected, CheckStatus.NeedsFix, $"Data dukung {name} perlu perbaikan menurut penilai.", e.EvidenceId));
                        break;
                }
                if (e.NeedsRevalidation)
                {
                    findings.Add(new(CheckRule.NotRevalidated, CheckStatus.NeedsFix, $"Data dukung {name} dibawa dari tahun {e.ItemYear} dan belum divalidasi ulang.", e.EvidenceId));
                }
                if (!expectedYears.Contains(e.DocumentDate.Year))
                {
                    findings.Add(new(CheckRule.DocumentDateOutsideYear, CheckStatus.NeedsFix,
                        $"Tanggal dokumen {name} ({Fmt.Date(e.DocumentDate)}) di luar tahun penilaian {year}.", e.EvidenceId));
                }
                if (!AcceptedContentTypes.Contains(e.ContentType))
                {
                    findings.Add(new(CheckRule.FileType, CheckStatus.NonCompliant,
                        $"Berkas {name} berjenis {e.Extension.TrimStart('.').ToUpperInvariant()}; PMPZI hanya menerima PDF, JPEG atau PNG.", e.EvidenceId));
                }
                if (e.Size > maxFileBytes)
                {
                    findings.Add(new(CheckRule.FileTooLarge, CheckStatus.NonCompliant,
                        $"Berkas {name} berukuran {Fmt.FileSize(e.Size)}, melebihi batas unggah PMPZI {Fmt.FileSize(maxFileBytes)}.", e.EvidenceId));
                }
            }
            if (data.AssessorAnswer(question.Code) is { NeedsFix: true } fix)
            {
                findings.Add(new(CheckRule.OpenFixRequest, CheckStatus.NeedsFix, $"Ditandai perlu perbaikan oleh penilai: {fix.FixNote}"));
            }
            var status = findings.Count == 0 ? CheckStatus.Compliant : findings.Max(f => f.Severity);
            questions.Add(new QuestionCheck(question.Code, area.AreaLetter, area.Code, indicator.Code, question.Text, status, findings));
        }

        var areas = ChangeAreas.All.Select(a =>
        {
            var inArea = questions.Where(q => q.AreaLetter == a.Code).ToList();
            return new AreaCheckCount(a.Code, a.Name, inArea.Count(q => q.Status == CheckStatus.Compliant),
                inArea.Count(q => q.Status == CheckStatus.NeedsFix), inArea.Count(q => q.Status == CheckStatus.NonCompliant));
        }).ToList();
        var gate = data.Assessment.Target == TargetPredicate.Wbbm ? data.UnitScore.Wbbm : data.UnitScore.Wbk;
        var gates = gate.Checks.Where(c => !c.Passed).Select(c => new GateFailure(gate.Predicate, c.Code, c.Label, c.Value, c.Minimum, c.Gap)).ToList();
        return new SubmissionCheckResult(data.Assessment.Id, data.Unit.Code, year, data.SnapshotCode, data.PrintedAtUtc, maxFileBytes, questions, areas, gates);
    }

    /// <summary>The value of the lowest option (0 for numeric questions).</summary>
    private static decimal Lowest(LkeQuestionDef question) =>
        question.Options.Count == 0 ? 0m : question.Options.Min(o => o.Value);

    /// <summary>
    /// Whether the question accepts documents of the year before (its wording or typical evidence names "tahun
    /// sebelumnya"/"tahun lalu", e.g. last year's LAKIN); other questions expect documents of the assessment year.
    /// </summary>
    public static bool ExpectsPriorYear(LkeQuestionDef question) =>
        new[] { question.Text }.Concat(question.TypicalEvidence)
            .Any(t => t.Contains("tahun sebelumnya", StringComparison.OrdinalIgnoreCase) || t.Contains("tahun lalu", StringComparison.OrdinalIgnoreCase));

    private static string? Inconsistent(PercentageRule rule, IReadOnlyDictionary<string, long> inputs)
    {
        string Label(string key) => rule.Inputs.FirstOrDefault(i => i.Key == key)?.Label ?? key;
        if (inputs.FirstOrDefault(i => i.Value < 0) is { Key: not null } negative)
        {
            return $"Isian \"{Label(negative.Key)}\" bernilai negatif.";
        }
        if (rule.Formula == PercentageFormula.Ratio
            && inputs.TryGetValue(rule.Numerator, out var numerator) && inputs.TryGetValue(rule.Denominator, out var denominator)
            && numerator > denominator)
        {
            return $"Isian tidak konsisten: \"{Label(rule.Numerator)}\" ({Fmt.Integer(numerator)}) lebih besar dari \"{Label(rule.Denominator)}\" ({Fmt.Integer(denominator)}).";
        }
        return null;
    }
}
