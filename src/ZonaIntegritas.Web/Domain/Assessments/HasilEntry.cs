using System.Globalization;
using System.Text.Json;
using ZonaIntegritas.Web.Domain.Common;
using ZonaIntegritas.Web.Domain.Lke;

namespace ZonaIntegritas.Web.Domain.Assessments;

/// <summary>
/// A Hasil input of an assessment: a survey index (IPAK = HBA, IPKP = HPA) with the scale it was measured on,
/// or the capaian kinerja grade (HBB, A–E). Provisional = a self-survey or estimate before the official survey.
/// </summary>
public class HasilEntry : AuditableEntity
{
    public int Id { get; private set; }
    public int AssessmentId { get; private set; }
    public string Code { get; private set; } = "";
    public decimal? Index { get; private set; }
    public decimal ScaleMin { get; private set; } = 1m;
    public decimal ScaleMax { get; private set; } = 4m;
    public string? OptionKey { get; private set; }
    public bool Provisional { get; private set; }

    /// <summary>Where the value comes from (e.g. "Survei mandiri unit", "TPN 2026").</summary>
    public string? Source { get; private set; }

    private HasilEntry()
    {
    }

    public HasilEntry(int assessmentId, string code)
    {
        AssessmentId = assessmentId;
        Code = code;
    }

    public HasilAnswer ToAnswer() => new(Index, ScaleMin, ScaleMax, OptionKey, Provisional);

    public string ValueText => Describe(Index, ScaleMin, ScaleMax, OptionKey, Provisional);

    public AnswerHistory? Change(HasilAnswer answer, string? source, string userId, string userName, DateTime nowUtc)
    {
        source = string.IsNullOrWhiteSpace(source) ? null : source.Trim();
        if (Index == answer.Index && ScaleMin == answer.ScaleMin && ScaleMax == answer.ScaleMax && OptionKey == answer.OptionKey
            && Provisional == answer.Provisional && Source == source)
        {
            return null;
        }
        var old = ValueText;
        Index = answer.Index;
        ScaleMin = answer.ScaleMin;
        ScaleMax = answer.ScaleMax;
        OptionKey = answer.OptionKey;
        Provisional = answer.Provisional;
        Source = source;
        return new AnswerHistory(AssessmentId, Code, AnswerSource.Unit, old, ValueText, source, userId, userName, nowUtc);
    }

    public static string Describe(decimal? index, decimal scaleMin, decimal scaleMax, string? optionKey, bool provisional)
    {
        var text = optionKey ?? (index is { } i
            ? string.Create(CultureInfo.InvariantCulture, $"{i:0.####} (skala {scaleMin:0.##}–{scaleMax:0.##})")
            : AnswerValues.Empty);
        return provisional ? text + " · sementara" : text;
    }

    /// <summary>A deleted entry's history row (the entry itself is removed).</summary>
    public AnswerHistory Cleared(string userId, string userName, DateTime nowUtc) =>
        new(AssessmentId, Code, AnswerSource.Unit, ValueText, AnswerValues.Empty, null, userId, userName, nowUtc);
}

/// <summary>The recorded outcome of an external stage (TPP, TPI/Itjen, TPN) for an assessment.</summary>
public class ExternalStageResult : AuditableEntity
{
    public int Id { get; private set; }
    public int AssessmentId { get; private set; }
    public ExternalStage Stage { get; private set; }
    public bool Passed { get; private set; }
    public DateOnly Date { get; private set; }
    public string? Note { get; private set; }

    /// <summary>Optional per-question values given by the external team as JSON: <c>{"PPA1A":"A","PRA1A":0.8}</c>.</summary>
    public string? QuestionValuesJson { get; private set; }

    private ExternalStageResult()
    {
    }

    public ExternalStageResult(int assessmentId, ExternalStage stage)
    {
        AssessmentId = assessmentId;
        Stage = stage;
    }

    /// <summary>True when the external team gave per-question values (the dashboard can then score on them).</summary>
    public bool HasQuestionValues => QuestionValuesJson is not null;

    /// <summary>
    /// The per-question values as answers: an option key as that option, a number (0..1) as a given value.
    /// Malformed JSON (never stored by the portal, which normalises it) gives no values.
    /// </summary>
    public IReadOnlyDictionary<string, QuestionAnswer> QuestionValues()
    {
        var values = new Dictionary<string, QuestionAnswer>(StringComparer.Ordinal);
        if (QuestionValuesJson is null)
        {
            return values;
        }
        try
        {
            using var doc = JsonDocument.Parse(QuestionValuesJson);
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
            {
                return values;
            }
            foreach (var prop in doc.RootElement.EnumerateObject())
            {
                if (prop.Value.ValueKind == JsonValueKind.String && prop.Value.GetString() is { Length: > 0 } key)
                {
                    values[prop.Name] = QuestionAnswer.Option(key);
                }
                else if (prop.Value.ValueKind == JsonValueKind.Number && prop.Value.TryGetDecimal(out var d))
                {
                    values[prop.Name] = QuestionAnswer.Given(d);
                }
            }
        }
        catch (JsonException)
        {
            values.Clear();
        }
        return values;
    }

    public void Record(bool passed, DateOnly date, string? note, string? questionValuesJson)
    {
        if (date.Year < 2000)
        {
            throw new DomainException("Tanggal hasil tahap eksternal tidak valid.");
        }
        Passed = passed;
        Date = date;
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        QuestionValuesJson = string.IsNullOrWhiteSpace(questionValuesJson) ? null : questionValuesJson.Trim();
    }
}
