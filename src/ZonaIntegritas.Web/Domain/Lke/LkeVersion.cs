using System.Text.RegularExpressions;
using ZonaIntegritas.Web.Domain.Common;

namespace ZonaIntegritas.Web.Domain.Lke;

public enum LkeVersionStatus
{
    /// <summary>Offered for new assessments.</summary>
    Active = 1,

    /// <summary>Kept for existing assessments and reports, no longer offered.</summary>
    Retired = 2,
}

public enum LkeVersionSource
{
    /// <summary>Loaded at start-up from a template file shipped with the application.</summary>
    Shipped = 1,

    /// <summary>Imported by an administrator from a zi-lke-template/1 file.</summary>
    Imported = 2,

    /// <summary>Copied from another version ("Salin sebagai versi baru").</summary>
    Copied = 3,
}

/// <summary>
/// An LKE version stored in the database: the tree (halves → areas → indicators → questions, Hasil items) and its
/// gate settings. Once an assessment uses it, it is locked: its structure, weights and gates never change again
/// (a corrected version is a new version). Wording and typical evidence may be edited while it is not locked.
/// </summary>
public class LkeVersion : AuditableEntity
{
    public const int CodeMaxLength = 60;
    public const int TitleMaxLength = 300;

    private static readonly Regex CodePattern = new("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant);

    public const string LockedMessage =
        "Versi LKE ini sudah digunakan oleh penilaian sehingga tidak dapat diubah. Salin sebagai versi baru untuk membuat perbaikan.";

    private LkeVersion()
    {
    }

    public int Id { get; private set; }
    public string Code { get; private set; } = "";
    public string Title { get; private set; } = "";
    public LkeVersionStatus Status { get; private set; } = LkeVersionStatus.Active;
    public LkeVersionSource Source { get; private set; }

    /// <summary>The version this one was copied from, if any.</summary>
    public string? CopiedFromCode { get; private set; }

    public DateTime ImportedAtUtc { get; private set; }

    /// <summary>Who loaded the version (a person's name, or the system for shipped templates).</summary>
    public string ImportedBy { get; private set; } = "";

    /// <summary>Set when the first assessment is created on this version; from then on nothing may change.</summary>
    public DateTime? LockedAtUtc { get; private set; }

    public AreaCheckMode AreaMode { get; private set; } = AreaCheckMode.PerHalf;
    public PredicateGate Wbk { get; private set; } = GateSettings.Default.Wbk;
    public PredicateGate Wbbm { get; private set; } = GateSettings.Default.Wbbm;

    public List<LkeHalf> Halves { get; private set; } = [];
    public List<LkeHasilItem> HasilItems { get; private set; } = [];

    public bool IsLocked => LockedAtUtc is not null;

    public GateSettings Gates => new(Wbk, Wbbm, AreaMode);

    public static bool IsWellFormedCode(string? code) =>
        code is { Length: >= 3 and <= CodeMaxLength } && CodePattern.IsMatch(code);

    /// <summary>A new version holding <paramref name="template"/>'s tree and gates under <paramref name="code"/>.</summary>
    public static LkeVersion Create(LkeTemplate template, string code, string title, LkeVersionSource source, string importedBy, DateTime nowUtc, string? copiedFromCode = null)
    {
        if (!IsWellFormedCode(code))
        {
            throw new DomainException($"Kode versi '{code}' tidak valid: gunakan 3–{CodeMaxLength} huruf kecil, angka dan tanda hubung, misalnya permenpanrb-90-2021.");
        }
        if (string.IsNullOrWhiteSpace(title) || title.Length > TitleMaxLength)
        {
            throw new DomainException($"Judul versi LKE wajib diisi, paling banyak {TitleMaxLength} karakter.");
        }
        var version = new LkeVersion
        {
            Code = code,
            Title = title.Trim(),
            Source = source,
            CopiedFromCode = copiedFromCode,
            ImportedAtUtc = nowUtc,
            ImportedBy = importedBy,
            AreaMode = template.Gates.AreaMode,
            Wbk = template.Gates.Wbk,
            Wbbm = template.Gates.Wbbm,
        };
        version.Halves = template.Halves.Select((h, i) => LkeHalf.From(h, i + 1)).ToList();
        version.HasilItems = template.Hasil.Select((h, i) => LkeHasilItem.From(h, i + 1)).ToList();
        return version;
    }

    /// <summary>A copy of this version's current tree and gates under a new code, unlocked and active.</summary>
    public LkeVersion CopyAs(string code, string title, string copiedBy, DateTime nowUtc) =>
        Create(ToTemplate(), code, title, LkeVersionSource.Copied, copiedBy, nowUtc, Code);

    /// <summary>Called by the assessment feature when an assessment is created on this version. Idempotent.</summary>
    public void Lock(DateTime nowUtc)
    {
        LockedAtUtc ??= nowUtc;
    }

    public void ChangeGates(GateSettings gates)
    {
        EnsureNotLocked();
        AreaMode = gates.AreaMode;
        Wbk = gates.Wbk;
        Wbbm = gates.Wbbm;
    }

    /// <summary>Edits a question's wording and typical evidence (one document per entry).</summary>
    public void EditQuestion(string questionCode, string text, IEnumerable<string> typicalEvidence)
    {
        EnsureNotLocked();
        var question = FindQuestion(questionCode)
            ?? throw new DomainException($"Pertanyaan {questionCode} tidak ada pada versi LKE {Code}.");
        question.Edit(text, typicalEvidence);
    }

    public void ChangeStatus(LkeVersionStatus status)
    {
        Status = status;
    }

    public void EnsureNotLocked()
    {
        if (IsLocked)
        {
            throw new DomainException(LockedMessage);
        }
    }

    public LkeQuestion? FindQuestion(string code) =>
        Halves.SelectMany(h => h.Areas).SelectMany(a => a.Indicators).SelectMany(i => i.Questions).FirstOrDefault(q => q.Code == code);

    /// <summary>The immutable tree the scorer works on. Needs the whole tree loaded.</summary>
    public LkeTemplate ToTemplate() => new(
        Code,
        Title,
        Halves.OrderBy(h => h.Order).Select(h => h.ToDef()).ToList(),
        HasilItems.OrderBy(h => h.Order).Select(h => h.ToDef()).ToList(),
        Gates);
}
