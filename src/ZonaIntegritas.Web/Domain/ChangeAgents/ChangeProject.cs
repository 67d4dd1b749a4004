using System.Text.Json.Serialization;
using ZonaIntegritas.Web.Domain.Common;

namespace ZonaIntegritas.Web.Domain.ChangeAgents;

/// <summary>Where a change project stands; forms and JSON keep the written names <c>Direncanakan</c> … <c>Dibatalkan</c>.</summary>
public enum ChangeProjectStatus
{
    [JsonStringEnumMemberName("Direncanakan")]
    Planned = 1,
    [JsonStringEnumMemberName("Berjalan")]
    InProgress = 2,
    [JsonStringEnumMemberName("Selesai")]
    Done = 3,
    [JsonStringEnumMemberName("Dibatalkan")]
    Cancelled = 4,
}

/// <summary>A concrete change an agent proposes and carries out (what Reform PRA1A/PRA1B count).</summary>
public class ChangeProject : AuditableEntity
{
    public int Id { get; set; }
    public int ChangeAgentId { get; set; }
    public ChangeAgent? Agent { get; set; }
    public required string Title { get; set; }
    public required string AreaCode { get; set; }
    public required string Problem { get; set; }
    public required string BeforeDescription { get; set; }
    public required string AfterDescription { get; set; }
    public DateOnly StartDate { get; set; }

    /// <summary>End (completion) date; required once the project is Selesai.</summary>
    public DateOnly? EndDate { get; set; }
    public ChangeProjectStatus Status { get; set; } = ChangeProjectStatus.InProgress;

    /// <summary>The change is embedded in the management system (an SOP, SK, application…).</summary>
    public bool IsIntegrated { get; set; }

    /// <summary>The SOP/SK/application that integrates the change.</summary>
    public string? IntegrationReference { get; set; }

    /// <summary>Free-text evidence reference (document name, link) besides the linked evidence items.</summary>
    public string? EvidenceNote { get; set; }
    public List<ChangeProjectEvidence> Evidence { get; set; } = [];

    /// <summary>A change made in <paramref name="year"/>: completed with its end date in that year.</summary>
    public bool IsChangeMadeIn(int year) => Status == ChangeProjectStatus.Done && EndDate is { } end && end.Year == year;

    public void CheckRules()
    {
        if (!ChangeAreas.IsValid(AreaCode))
        {
            throw new DomainException("Area perubahan tidak valid.");
        }
        if (EndDate is { } end && end < StartDate)
        {
            throw new DomainException("Tanggal selesai tidak boleh sebelum tanggal mulai.");
        }
        if (Status == ChangeProjectStatus.Done && EndDate is null)
        {
            throw new DomainException("Perubahan yang selesai harus memiliki tanggal selesai.");
        }
        if (IsIntegrated && string.IsNullOrWhiteSpace(IntegrationReference))
        {
            throw new DomainException("Sebutkan SOP/SK/aplikasi yang mengintegrasikan perubahan ini.");
        }
    }
}

/// <summary>A loose link to an evidence item of the evidence library (no foreign key across features).</summary>
public class ChangeProjectEvidence
{
    public int Id { get; set; }
    public int ChangeProjectId { get; set; }
    public int EvidenceItemId { get; set; }
}
