using System.Text.Json.Serialization;
using ZonaIntegritas.Web.Domain.Common;
using ZonaIntegritas.Web.Domain.Teams;
using ZonaIntegritas.Web.Domain.Units;

namespace ZonaIntegritas.Web.Domain.ChangeAgents;

/// <summary>The SK that appoints a unit's Agen Perubahan for a term (e.g. 2025–2027).</summary>
public class ChangeAgentDecree : AuditableEntity
{
    public int Id { get; set; }
    public int UnitId { get; set; }
    public OrgUnit? Unit { get; set; }
    public required string Number { get; set; }
    public DateOnly DecreeDate { get; set; }
    public required string SignedBy { get; set; }
    public DateOnly TermFrom { get; set; }
    public DateOnly TermTo { get; set; }

    /// <summary>How the agents were chosen (nomination, voting, selection meeting).</summary>
    public required string SelectionMethod { get; set; }

    /// <summary>Minutes (berita acara) of the selection: number/date and a short summary.</summary>
    public string? SelectionMinutes { get; set; }
    public StoredScan? Scan { get; set; }
    public List<ChangeAgent> Agents { get; set; } = [];

    public bool OverlapsYear(int year) => TermFrom <= new DateOnly(year, 12, 31) && new DateOnly(year, 1, 1) <= TermTo;
}

public enum ChangeAgentRole
{
    Katalis = 1,
    PemberiSolusi = 2,
    MediatorPendukungProses = 3,
    Penghubung = 4,
}

public enum ChangeAgentStatus
{
    [JsonStringEnumMemberName("Aktif")]
    Active = 1,
    [JsonStringEnumMemberName("Nonaktif")]
    Inactive = 2,
}

/// <summary>A staff member appointed as Agen Perubahan by a decree.</summary>
public class ChangeAgent : AuditableEntity
{
    public int Id { get; set; }
    public int DecreeId { get; set; }
    public ChangeAgentDecree? Decree { get; set; }
    public int StaffMemberId { get; set; }
    public Staff.StaffMember? StaffMember { get; set; }
    public ChangeAgentRole Role { get; set; }
    public ChangeAgentStatus Status { get; set; } = ChangeAgentStatus.Active;
    public string? StatusNote { get; set; }
    public List<ChangeProject> Projects { get; set; } = [];
}

public static class ChangeAgentLabels
{
    public static string Label(this ChangeAgentRole role) => role switch
    {
        ChangeAgentRole.Katalis => "Katalis",
        ChangeAgentRole.PemberiSolusi => "Pemberi solusi",
        ChangeAgentRole.MediatorPendukungProses => "Mediator / pendukung proses",
        ChangeAgentRole.Penghubung => "Penghubung",
        _ => role.ToString(),
    };

    public static string Label(this ChangeAgentStatus status) => status == ChangeAgentStatus.Active ? "Aktif" : "Nonaktif";

    public static string Label(this ChangeProjectStatus status) => status switch
    {
        ChangeProjectStatus.Planned => "Direncanakan",
        ChangeProjectStatus.InProgress => "Berjalan",
        ChangeProjectStatus.Done => "Selesai",
        ChangeProjectStatus.Cancelled => "Dibatalkan",
        _ => status.ToString(),
    };
}
