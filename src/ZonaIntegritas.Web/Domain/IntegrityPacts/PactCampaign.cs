using ZonaIntegritas.Web.Domain.Common;
using ZonaIntegritas.Web.Domain.Units;

namespace ZonaIntegritas.Web.Domain.IntegrityPacts;

/// <summary>
/// A signing round: who (active staff of a unit, optionally with its descendants), when (open and close dates
/// in the unit's own time zone, both inclusive) and which template version.
/// </summary>
public class PactCampaign : AuditableEntity
{
    public int Id { get; set; }
    public required string Title { get; set; }
    public PactOccasion Occasion { get; set; }
    public int UnitId { get; set; }
    public OrgUnit? Unit { get; set; }
    public bool IncludeDescendants { get; set; } = true;
    public DateOnly OpensOn { get; set; }
    public DateOnly ClosesOn { get; set; }
    public int TemplateVersionId { get; set; }
    public IntegrityPactTemplateVersion? TemplateVersion { get; set; }
    public DateTime? LastReminderAtUtc { get; set; }

    public PactCampaignStatus StatusOn(DateOnly today) =>
        today < OpensOn ? PactCampaignStatus.Upcoming : today > ClosesOn ? PactCampaignStatus.Closed : PactCampaignStatus.Open;

    public bool IsOpenOn(DateOnly today) => StatusOn(today) == PactCampaignStatus.Open;

    public void Schedule(DateOnly opensOn, DateOnly closesOn)
    {
        if (closesOn < opensOn)
        {
            throw new DomainException("Tanggal tutup tidak boleh sebelum tanggal buka.");
        }
        OpensOn = opensOn;
        ClosesOn = closesOn;
    }
}

/// <summary>
/// A participant snapshot row: staff in the campaign's scope, recorded at creation and whenever the campaign is
/// read while open (so staff who join the scope while it is open are added, and the list freezes at closing).
/// </summary>
public class PactParticipant
{
    public int Id { get; set; }
    public int CampaignId { get; set; }
    public int StaffMemberId { get; set; }
    public DateTime AddedAtUtc { get; set; }

    /// <summary>Added after the campaign was created (joined the scope while it was open).</summary>
    public bool JoinedLater { get; set; }
}
