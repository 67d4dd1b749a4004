using System.Text.Json;
using ZonaIntegritas.Web.Domain.Common;
using ZonaIntegritas.Web.Domain.Lke;

namespace ZonaIntegritas.Web.Domain.Assessments;

/// <summary>The unit's (Tim ZI) answer to one LKE question of an assessment. One row per assessment and code.</summary>
public class UnitAnswer : AuditableEntity
{
    public int Id { get; private set; }
    public int AssessmentId { get; private set; }
    public string QuestionCode { get; private set; } = "";
    public string? OptionKey { get; private set; }

    /// <summary>Numeric inputs of a percentage question as JSON, e.g. <c>{"agen":4,"perubahan":5}</c>.</summary>
    public string? InputsJson { get; private set; }
    public string? Note { get; private set; }

    /// <summary>Optimistic-concurrency version: +1 at every change; a save based on another version is refused.</summary>
    public int Version { get; private set; }

    private UnitAnswer()
    {
    }

    public UnitAnswer(int assessmentId, string questionCode)
    {
        AssessmentId = assessmentId;
        QuestionCode = questionCode;
    }

    public QuestionAnswer? ToAnswer() => AnswerValues.ToAnswer(OptionKey, InputsJson);

    public string ValueText => AnswerValues.Describe(OptionKey, InputsJson);

    /// <summary>Replaces the answer and note; returns the history row to record, or null when nothing changed.</summary>
    public AnswerHistory? Change(string? optionKey, IReadOnlyDictionary<string, long>? inputs, string? note, string userId, string userName, DateTime nowUtc, string? reason = null)
    {
        var inputsJson = AnswerValues.InputsToJson(inputs);
        note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (OptionKey == optionKey && InputsJson == inputsJson && Note == note)
        {
            return null;
        }
        var old = ValueText;
        OptionKey = optionKey;
        InputsJson = inputsJson;
        Note = note;
        Version++;
        return new AnswerHistory(AssessmentId, QuestionCode, AnswerSource.Unit, old, ValueText, reason is null ? note : $"{reason}{(note is null ? "" : ": " + note)}", userId, userName, nowUtc);
    }
}

/// <summary>
/// An internal assessor's (Penilai Internal) own answer, value and note for one question, kept apart from the
/// unit's answer (which is never overwritten), plus the "Perlu Perbaikan" mark that reopens the question in
/// Tindak Lanjut.
/// </summary>
public class AssessorAnswer : AuditableEntity
{
    public int Id { get; private set; }
    public int AssessmentId { get; private set; }
    public string QuestionCode { get; private set; } = "";

    /// <summary>The assessor who last changed this answer.</summary>
    public string AssessorUserId { get; private set; } = "";
    public string? OptionKey { get; private set; }
    public string? InputsJson { get; private set; }
    public string? Note { get; private set; }
    public bool NeedsFix { get; private set; }

    /// <summary>What the unit must fix; kept as a draft while the question is not (yet) marked.</summary>
    public string? FixNote { get; private set; }

    /// <summary>Optimistic-concurrency version: +1 at every change; a save based on another version is refused.</summary>
    public int Version { get; private set; }

    private AssessorAnswer()
    {
    }

    public AssessorAnswer(int assessmentId, string questionCode, string assessorUserId)
    {
        AssessmentId = assessmentId;
        QuestionCode = questionCode;
        AssessorUserId = assessorUserId;
    }

    public QuestionAnswer? ToAnswer() => AnswerValues.ToAnswer(OptionKey, InputsJson);

    public string ValueText => AnswerValues.Describe(OptionKey, InputsJson) + (NeedsFix ? " · Perlu Perbaikan" : "");

    public AnswerHistory? Change(string? optionKey, IReadOnlyDictionary<string, long>? inputs, string? note, bool needsFix, string? fixNote,
        string userId, string userName, DateTime nowUtc)
    {
        var inputsJson = AnswerValues.InputsToJson(inputs);
        note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        fixNote = string.IsNullOrWhiteSpace(fixNote) ? null : fixNote.Trim();
        if (needsFix && fixNote is null)
        {
            throw new FixNoteRequiredException(QuestionCode);
        }
        if (OptionKey == optionKey && InputsJson == inputsJson && Note == note && NeedsFix == needsFix && FixNote == fixNote)
        {
            return null;
        }
        var old = ValueText;
        OptionKey = optionKey;
        InputsJson = inputsJson;
        Note = note;
        NeedsFix = needsFix;
        FixNote = fixNote;
        AssessorUserId = userId;
        Version++;
        var historyNote = string.Join(" · ", new[] { note, fixNote is null ? null : "Perbaikan: " + fixNote }.Where(s => s is not null));
        return new AnswerHistory(AssessmentId, QuestionCode, AnswerSource.Assessor, old, ValueText, historyNote.Length == 0 ? null : historyNote, userId, userName, nowUtc);
    }
}

/// <summary>
/// "Perlu Perbaikan" was ticked without saying what to fix: nothing is saved, and the form keeps what the user
/// entered so that the note can follow (the flag and the note are stored together).
/// </summary>
public sealed class FixNoteRequiredException(string questionCode)
    : DomainException($"Belum tersimpan: isi catatan perbaikan untuk {questionCode}; tanda Perlu Perbaikan disimpan bersama catatannya.");

/// <summary>A save based on a version of the answer that someone else has changed since.</summary>
public sealed class StaleAnswerException(string message) : DomainException(message);

/// <summary>One change to an answer (unit or assessor): who, when (UTC), the old and the new value, the note.</summary>
public class AnswerHistory
{
    public long Id { get; private set; }
    public int AssessmentId { get; private set; }
    public string QuestionCode { get; private set; } = "";
    public AnswerSource Source { get; private set; }
    public string OldValue { get; private set; } = "";
    public string NewValue { get; private set; } = "";
    public string? Note { get; private set; }
    public string ChangedBy { get; private set; } = "";
    public string ChangedByName { get; private set; } = "";
    public DateTime ChangedAtUtc { get; private set; }

    private AnswerHistory()
    {
    }

    public AnswerHistory(int assessmentId, string questionCode, AnswerSource source, string oldValue, string newValue, string? note,
        string changedBy, string changedByName, DateTime changedAtUtc)
    {
        AssessmentId = assessmentId;
        QuestionCode = questionCode;
        Source = source;
        OldValue = Truncate(oldValue, 1000);
        NewValue = Truncate(newValue, 1000);
        Note = note is null ? null : Truncate(note, 4000);
        ChangedBy = changedBy;
        ChangedByName = Truncate(changedByName, 200);
        ChangedAtUtc = changedAtUtc;
    }

    private static string Truncate(string s, int max) => s.Length <= max ? s : s[..max];
}

/// <summary>Conversions between stored answer columns and the scorer's <see cref="QuestionAnswer"/>.</summary>
public static class AnswerValues
{
    public const string Empty = "(kosong)";

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    public static string? InputsToJson(IReadOnlyDictionary<string, long>? inputs) =>
        inputs is null || inputs.Count == 0 ? null : JsonSerializer.Serialize(inputs, Json);

    public static IReadOnlyDictionary<string, long> InputsFromJson(string? json) =>
        string.IsNullOrEmpty(json)
            ? new Dictionary<string, long>()
            : JsonSerializer.Deserialize<Dictionary<string, long>>(json, Json) ?? new Dictionary<string, long>();

    public static QuestionAnswer? ToAnswer(string? optionKey, string? inputsJson) =>
        optionKey is not null ? QuestionAnswer.Option(optionKey)
        : inputsJson is not null ? QuestionAnswer.FromInputs(InputsFromJson(inputsJson))
        : null;

    /// <summary>"B", "agen = 4; perubahan = 5" or "(kosong)".</summary>
    public static string Describe(string? optionKey, string? inputsJson)
    {
        if (optionKey is not null)
        {
            return optionKey;
        }
        var inputs = InputsFromJson(inputsJson);
        return inputs.Count == 0 ? Empty : string.Join("; ", inputs.Select(i => $"{i.Key} = {i.Value}"));
    }
}
