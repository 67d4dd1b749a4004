using System.Text.Json.Serialization;

namespace ZonaIntegritas.Web.Domain.Teams;

/// <summary>A member's role in the Tim ZI (Tim Kerja pembangunan ZI).</summary>
public enum TeamRole
{
    PenanggungJawab = 1,
    Ketua = 2,
    Sekretaris = 3,
    KoordinatorArea = 4,
    AnggotaArea = 5,
    AdminPmpzi = 6,
}

/// <summary>Why a membership ended before its decree did.</summary>
public enum MembershipEndReason
{
    [JsonStringEnumMemberName("Mutasi")]
    Transfer = 1,
    [JsonStringEnumMemberName("Pensiun")]
    Retirement = 2,
    [JsonStringEnumMemberName("Promosi")]
    Promotion = 3,
    [JsonStringEnumMemberName("Meninggal")]
    Death = 4,
    [JsonStringEnumMemberName("Lainnya")]
    Other = 9,
}

public static class TeamRoles
{
    public static readonly IReadOnlyList<TeamRole> All = Enum.GetValues<TeamRole>();

    private static readonly IReadOnlySet<string> AllAreas = Common.ChangeAreas.All.Select(a => a.Code).ToHashSet();

    public static string Label(this TeamRole role) => role switch
    {
        TeamRole.PenanggungJawab => "Penanggung Jawab",
        TeamRole.Ketua => "Ketua",
        TeamRole.Sekretaris => "Sekretaris",
        TeamRole.KoordinatorArea => "Koordinator Area",
        TeamRole.AnggotaArea => "Anggota Area",
        TeamRole.AdminPmpzi => "Admin PMPZI",
        _ => role.ToString(),
    };

    /// <summary>Area roles belong to one change area (A–F); the other roles have none.</summary>
    public static bool RequiresArea(this TeamRole role) => role is TeamRole.KoordinatorArea or TeamRole.AnggotaArea;

    /// <summary>
    /// The change areas a membership lets its holder edit: Ketua and Sekretaris all areas, Koordinator and
    /// Anggota their own area, the other roles none.
    /// </summary>
    public static IReadOnlySet<string> AreasGranted(TeamRole role, string? areaCode) => role switch
    {
        TeamRole.Ketua or TeamRole.Sekretaris => AllAreas,
        TeamRole.KoordinatorArea or TeamRole.AnggotaArea when areaCode is not null => new HashSet<string> { areaCode },
        _ => new HashSet<string>(),
    };

    public static string Label(this MembershipEndReason reason) => reason switch
    {
        MembershipEndReason.Transfer => "Mutasi",
        MembershipEndReason.Retirement => "Pensiun",
        MembershipEndReason.Promotion => "Promosi",
        MembershipEndReason.Death => "Meninggal dunia",
        _ => "Lainnya",
    };
}
