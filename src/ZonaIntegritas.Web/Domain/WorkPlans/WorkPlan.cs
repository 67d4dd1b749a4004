using ZonaIntegritas.Web.Domain.Common;
using ZonaIntegritas.Web.Domain.Units;

namespace ZonaIntegritas.Web.Domain.WorkPlans;

/// <summary>
/// A unit's ZI work plan (rencana kerja) for an assessment year. <see cref="Version"/> counts changes to its
/// items; the Pimpinan approves a version.
/// </summary>
public class WorkPlan : AuditableEntity
{
    public int Id { get; set; }
    public int UnitId { get; set; }
    public OrgUnit? Unit { get; set; }
    public int Year { get; set; }
    public int Version { get; set; } = 1;
    public int? ApprovedVersion { get; set; }
    public string? ApprovedByUserId { get; set; }
    public string? ApprovedByName { get; set; }
    public DateTime? ApprovedAtUtc { get; set; }
    public List<WorkPlanItem> Items { get; set; } = [];
    public List<WorkPlanApproval> Approvals { get; set; } = [];

    public bool IsCurrentVersionApproved => ApprovedVersion == Version;

    /// <summary>Records a change to the plan's content: the version moves on.</summary>
    public void Touch() => Version++;

    public WorkPlanApproval Approve(string userId, string name, DateTime atUtc, string? note, string snapshotJson)
    {
        if (Items.Count == 0)
        {
            throw new DomainException("Rencana kerja belum memiliki kegiatan untuk disetujui.");
        }
        if (IsCurrentVersionApproved)
        {
            throw new DomainException($"Versi {Version} sudah disetujui.");
        }
        ApprovedVersion = Version;
        ApprovedByUserId = userId;
        ApprovedByName = name;
        ApprovedAtUtc = atUtc;
        var approval = new WorkPlanApproval
        {
            Version = Version,
            ApprovedByUserId = userId,
            ApprovedByName = name,
            ApprovedAtUtc = atUtc,
            Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
            SnapshotJson = snapshotJson,
        };
        Approvals.Add(approval);
        return approval;
    }
}

/// <summary>One approval of a plan version by the Pimpinan, with a snapshot of the items as approved.</summary>
public class WorkPlanApproval
{
    public int Id { get; set; }
    public int WorkPlanId { get; set; }
    public int Version { get; set; }
    public required string ApprovedByUserId { get; set; }
    public required string ApprovedByName { get; set; }
    public DateTime ApprovedAtUtc { get; set; }
    public string? Note { get; set; }
    public required string SnapshotJson { get; set; }
}
