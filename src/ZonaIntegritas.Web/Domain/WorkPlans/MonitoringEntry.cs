using ZonaIntegritas.Web.Domain.Common;
using ZonaIntegritas.Web.Domain.Staff;

namespace ZonaIntegritas.Web.Domain.WorkPlans;

/// <summary>A monitoring and evaluation (monev) record of an item: progress, notes, follow-ups, evidence.</summary>
public class MonitoringEntry : AuditableEntity
{
    public int Id { get; set; }
    public int WorkPlanItemId { get; set; }
    public WorkPlanItem? Item { get; set; }
    public DateOnly Date { get; set; }
    public int Progress { get; set; }
    public WorkPlanStatus Status { get; set; }
    public required string Notes { get; set; }
    public string? EvidenceNote { get; set; }
    public required string RecordedByName { get; set; }
    public List<FollowUpAction> FollowUps { get; set; } = [];
    public List<MonitoringEvidence> Evidence { get; set; } = [];
}

public class MonitoringEvidence
{
    public int Id { get; set; }
    public int MonitoringEntryId { get; set; }
    public int EvidenceItemId { get; set; }
}

/// <summary>A follow-up action from a monev finding (LKE PPA3C): open until closed.</summary>
public class FollowUpAction : AuditableEntity
{
    public int Id { get; set; }
    public int MonitoringEntryId { get; set; }
    public MonitoringEntry? Entry { get; set; }
    public required string Action { get; set; }
    public int OwnerStaffId { get; set; }
    public StaffMember? Owner { get; set; }
    public DateOnly DueDate { get; set; }
    public DateOnly? ClosedOn { get; set; }
    public string? ClosingNote { get; set; }
    public string? ClosedByName { get; set; }

    public bool IsOpen => ClosedOn is null;

    public bool IsOverdue(DateOnly today) => IsOpen && DueDate < today;

    public void Close(DateOnly on, string note, string byName)
    {
        if (!IsOpen)
        {
            throw new DomainException("Tindak lanjut ini sudah ditutup.");
        }
        if (string.IsNullOrWhiteSpace(note))
        {
            throw new DomainException("Catatan penyelesaian tindak lanjut wajib diisi.");
        }
        ClosedOn = on;
        ClosingNote = note.Trim();
        ClosedByName = byName;
    }
}
