using ZonaIntegritas.Web.Domain.Common;

namespace ZonaIntegritas.Web.Domain.IntegrityPacts;

/// <summary>
/// A pact text family with numbered versions. Each version holds the officials' and the staff text (Markdown
/// with placeholders, see <see cref="PactText"/>). A version that has been signed is locked and never changes:
/// saving then adds a new version.
/// </summary>
public class IntegrityPactTemplate : AuditableEntity
{
    public int Id { get; set; }
    public required string Name { get; set; }

    /// <summary>The owning unit; null = the portal-wide default (only an Administrator edits it).</summary>
    public int? UnitId { get; set; }
    public bool IsActive { get; set; } = true;
    public List<IntegrityPactTemplateVersion> Versions { get; set; } = [];

    public IntegrityPactTemplateVersion? Latest => Versions.MaxBy(v => v.Number);

    /// <summary>
    /// Saves new text: edits the latest version while it is unlocked, otherwise adds version n+1.
    /// Returns the version that now holds the text.
    /// </summary>
    public IntegrityPactTemplateVersion SaveText(string title, string officialBody, string staffBody)
    {
        var latest = Latest;
        if (latest is { IsLocked: false })
        {
            latest.ChangeText(title, officialBody, staffBody);
            return latest;
        }
        var version = new IntegrityPactTemplateVersion
        {
            Template = this,
            Number = (latest?.Number ?? 0) + 1,
            Title = title.Trim(),
            OfficialBody = PactText.NormalizeNewlines(officialBody),
            StaffBody = PactText.NormalizeNewlines(staffBody),
        };
        Versions.Add(version);
        return version;
    }
}

public class IntegrityPactTemplateVersion : AuditableEntity
{
    public int Id { get; set; }
    public int TemplateId { get; set; }
    public IntegrityPactTemplate? Template { get; set; }
    public int Number { get; set; }

    /// <summary>The document heading, e.g. "PAKTA INTEGRITAS".</summary>
    public required string Title { get; set; }
    public required string OfficialBody { get; set; }
    public required string StaffBody { get; set; }

    /// <summary>Set when the first signature is recorded; a locked version's text never changes.</summary>
    public DateTime? LockedAtUtc { get; set; }

    public bool IsLocked => LockedAtUtc is not null;

    public string BodyFor(PactVariant variant) => variant == PactVariant.Pejabat ? OfficialBody : StaffBody;

    public void Lock(DateTime utc) => LockedAtUtc ??= utc;

    internal void ChangeText(string title, string officialBody, string staffBody)
    {
        if (IsLocked)
        {
            throw new DomainException("Versi teks ini sudah ditandatangani sehingga tidak dapat diubah.");
        }
        Title = title.Trim();
        OfficialBody = PactText.NormalizeNewlines(officialBody);
        StaffBody = PactText.NormalizeNewlines(staffBody);
    }
}
