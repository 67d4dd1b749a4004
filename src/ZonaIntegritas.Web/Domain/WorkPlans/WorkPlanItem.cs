using System.Text.Json.Serialization;
using ZonaIntegritas.Web.Domain.Common;
using ZonaIntegritas.Web.Domain.Staff;

namespace ZonaIntegritas.Web.Domain.WorkPlans;

/// <summary>
/// One activity of the work plan. The original schedule is kept when the item is re-planned (the LKE asks
/// whether activities ran as planned); every re-plan and PIC move is a <see cref="WorkPlanItemRevision"/>.
/// </summary>
public class WorkPlanItem : AuditableEntity
{
    public int Id { get; set; }
    public int WorkPlanId { get; set; }
    public WorkPlan? Plan { get; set; }
    public required string AreaCode { get; set; }
    public required string Activity { get; set; }
    public required string Output { get; set; }
    public string? ExpectedEvidence { get; set; }
    public int PicStaffId { get; set; }
    public StaffMember? Pic { get; set; }
    public DateOnly OriginalStartMonth { get; set; }
    public DateOnly OriginalEndMonth { get; set; }
    public DateOnly StartMonth { get; set; }
    public DateOnly EndMonth { get; set; }
    public decimal? Budget { get; set; }
    public WorkPlanStatus Status { get; set; } = WorkPlanStatus.NotStarted;

    /// <summary>Progress 0–100 %.</summary>
    public int Progress { get; set; }
    public string? EvidenceNote { get; set; }
    public List<WorkPlanItemQuestion> Questions { get; set; } = [];
    public List<WorkPlanItemHelper> Helpers { get; set; } = [];
    public List<WorkPlanItemRevision> Revisions { get; set; } = [];
    public List<MonitoringEntry> Monitoring { get; set; } = [];
    public List<WorkPlanItemEvidence> Evidence { get; set; } = [];

    public bool IsRescheduled => StartMonth != OriginalStartMonth || EndMonth != OriginalEndMonth;

    /// <summary>Late: the planned end month is over and the item is neither Selesai nor Batal.</summary>
    public bool IsLate(DateOnly today) => Status.IsOpen() && PlanMonths.LastDay(EndMonth) < today;

    public static void CheckSchedule(DateOnly start, DateOnly end)
    {
        if (start.Day != 1 || end.Day != 1)
        {
            throw new DomainException("Bulan rencana harus diisi sebagai bulan (tanggal 1).");
        }
        if (end < start)
        {
            throw new DomainException("Bulan selesai tidak boleh sebelum bulan mulai.");
        }
    }

    /// <summary>What the item is: its area, activity, output, expected evidence, budget and evidence note (trimmed; blanks become null).</summary>
    public void Describe(string areaCode, string activity, string output, string? expectedEvidence, decimal? budget, string? evidenceNote)
    {
        if (!ChangeAreas.IsValid(areaCode))
        {
            throw new DomainException("Area perubahan tidak dikenal.");
        }
        if (string.IsNullOrWhiteSpace(activity) || string.IsNullOrWhiteSpace(output))
        {
            throw new DomainException("Kegiatan dan keluaran wajib diisi.");
        }
        if (budget < 0)
        {
            throw new DomainException("Anggaran tidak boleh negatif.");
        }
        AreaCode = areaCode;
        Activity = activity.Trim();
        Output = output.Trim();
        ExpectedEvidence = string.IsNullOrWhiteSpace(expectedEvidence) ? null : expectedEvidence.Trim();
        Budget = budget;
        EvidenceNote = string.IsNullOrWhiteSpace(evidenceNote) ? null : evidenceNote.Trim();
    }

    /// <summary>
    /// Records a monitoring (monev) entry and takes its status and progress as the item's own. A finished status
    /// means 100 %, on the entry and on the item.
    /// </summary>
    public void RecordProgress(MonitoringEntry entry)
    {
        if (string.IsNullOrWhiteSpace(entry.Notes))
        {
            throw new DomainException("Catatan pemantauan wajib diisi.");
        }
        SetProgress(entry.Status, entry.Progress);
        entry.Progress = Progress;
        Monitoring.Add(entry);
    }

    public void SetProgress(WorkPlanStatus status, int progress)
    {
        if (progress is < 0 or > 100)
        {
            throw new DomainException("Progres harus di antara 0 dan 100 %.");
        }
        Status = status;
        Progress = status == WorkPlanStatus.Done ? 100 : progress;
    }

    /// <summary>Re-plans the item: the original schedule stays, the change and its reason are recorded.</summary>
    public void Reschedule(DateOnly start, DateOnly end, string reason, string? userId, string userName, DateTime atUtc)
    {
        CheckSchedule(start, end);
        if (start == StartMonth && end == EndMonth)
        {
            return;
        }
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException("Alasan perubahan jadwal wajib diisi.");
        }
        Revisions.Add(new WorkPlanItemRevision
        {
            Kind = RevisionKind.Schedule,
            Description = "Jadwal diubah",
            Reason = reason.Trim(),
            OldStartMonth = StartMonth,
            OldEndMonth = EndMonth,
            NewStartMonth = start,
            NewEndMonth = end,
            AtUtc = atUtc,
            ByUserId = userId,
            ByName = userName,
        });
        StartMonth = start;
        EndMonth = end;
    }

    /// <summary>Hands the item to another PIC and records the move (e.g. after a team member was replaced).</summary>
    public void MovePic(int newPicStaffId, string description, string? reason, string? userId, string userName, DateTime atUtc)
    {
        if (newPicStaffId == PicStaffId)
        {
            return;
        }
        Revisions.Add(new WorkPlanItemRevision
        {
            Kind = RevisionKind.Pic,
            Description = description,
            Reason = reason,
            OldPicStaffId = PicStaffId,
            NewPicStaffId = newPicStaffId,
            AtUtc = atUtc,
            ByUserId = userId,
            ByName = userName,
        });
        PicStaffId = newPicStaffId;
        Helpers.RemoveAll(h => h.StaffMemberId == newPicStaffId);
    }

    public void SetQuestions(IEnumerable<string> codes)
    {
        var wanted = codes.Select(c => c.Trim().ToUpperInvariant()).Where(c => c.Length > 0).Distinct().ToList();
        Questions.RemoveAll(q => !wanted.Contains(q.QuestionCode));
        foreach (var code in wanted.Where(c => Questions.All(q => q.QuestionCode != c)))
        {
            Questions.Add(new WorkPlanItemQuestion { QuestionCode = code });
        }
    }

    public void SetHelpers(IEnumerable<int> staffIds)
    {
        var wanted = staffIds.Where(id => id != PicStaffId).Distinct().ToList();
        Helpers.RemoveAll(h => !wanted.Contains(h.StaffMemberId));
        foreach (var id in wanted.Where(id => Helpers.All(h => h.StaffMemberId != id)))
        {
            Helpers.Add(new WorkPlanItemHelper { StaffMemberId = id });
        }
    }

    public void SetEvidence(IEnumerable<int> evidenceItemIds)
    {
        var wanted = evidenceItemIds.Distinct().ToList();
        Evidence.RemoveAll(e => !wanted.Contains(e.EvidenceItemId));
        foreach (var id in wanted.Where(id => Evidence.All(e => e.EvidenceItemId != id)))
        {
            Evidence.Add(new WorkPlanItemEvidence { EvidenceItemId = id });
        }
    }

    /// <summary>The item has some evidence: linked items or a reference, on the item or its monitoring entries.</summary>
    public bool HasEvidence =>
        Evidence.Count > 0 || !string.IsNullOrWhiteSpace(EvidenceNote)
        || Monitoring.Any(m => m.Evidence.Count > 0 || !string.IsNullOrWhiteSpace(m.EvidenceNote));
}

public class WorkPlanItemQuestion
{
    public int Id { get; set; }
    public int WorkPlanItemId { get; set; }
    public required string QuestionCode { get; set; }
}

/// <summary>A staff member who helps the PIC with an item.</summary>
public class WorkPlanItemHelper
{
    public int Id { get; set; }
    public int WorkPlanItemId { get; set; }
    public int StaffMemberId { get; set; }
    public StaffMember? StaffMember { get; set; }
}

public class WorkPlanItemEvidence
{
    public int Id { get; set; }
    public int WorkPlanItemId { get; set; }
    public int EvidenceItemId { get; set; }
}

public enum RevisionKind
{
    [JsonStringEnumMemberName("Jadwal")]
    Schedule = 1,
    Pic = 2,
}

/// <summary>A change to an item's plan (schedule or PIC): what changed, why, who and when.</summary>
public class WorkPlanItemRevision
{
    public int Id { get; set; }
    public int WorkPlanItemId { get; set; }
    public RevisionKind Kind { get; set; }
    public required string Description { get; set; }
    public string? Reason { get; set; }
    public DateOnly? OldStartMonth { get; set; }
    public DateOnly? OldEndMonth { get; set; }
    public DateOnly? NewStartMonth { get; set; }
    public DateOnly? NewEndMonth { get; set; }
    public int? OldPicStaffId { get; set; }
    public int? NewPicStaffId { get; set; }
    public DateTime AtUtc { get; set; }
    public string? ByUserId { get; set; }
    public required string ByName { get; set; }
}
