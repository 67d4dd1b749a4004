using ZonaIntegritas.Web.Domain.Teams;
using ZonaIntegritas.Web.Infrastructure.Units;

namespace ZonaIntegritas.Web.Features.Team;

public sealed record TeamDecreeViewModel(
    int Id, int Year, string Number, DateOnly DecreeDate, string SignedBy, DateOnly ValidFrom, DateOnly ValidTo,
    string? SelectionMechanism, string? ScanFileName, long? ScanSize);

public sealed record MembershipRow(
    int Id, int StaffMemberId, string FullName, string? Nip, string? Position, TeamRole Role, string? AreaCode,
    DateOnly ValidFrom, DateOnly ValidTo, MembershipEndReason? EndReason, string? EndNote,
    string? ReplacedByName, string? ReplacesName, bool IsValidToday, bool CanRemove)
{
    public int SortKey => Role switch
    {
        TeamRole.PenanggungJawab => 0,
        TeamRole.Ketua => 1,
        TeamRole.Sekretaris => 2,
        TeamRole.AdminPmpzi => 3,
        TeamRole.KoordinatorArea => 10 + (AreaCode?[0] ?? 'Z') * 2,
        _ => 11 + (AreaCode?[0] ?? 'Z') * 2,
    };
}

/// <summary>One person's load: the roles they hold now and their open work-plan items as PIC.</summary>
public sealed record PersonLoad(int StaffMemberId, string FullName, IReadOnlyList<string> Roles, int OpenPlanItems);

public sealed record TeamRosterViewModel(
    UnitOption Unit,
    IReadOnlyList<UnitOption> Units,
    int Year,
    DateOnly Today,
    TeamDecreeViewModel? Decree,
    IReadOnlyList<MembershipRow> Members,
    IReadOnlyList<PersonLoad> Load,
    IReadOnlyList<StaffOption> Staff)
{
    public bool CanManage { get; init; }
    public AddTeamMemberInput AddMember { get; init; } = new();
}

public sealed record DecreeFormViewModel(SaveTeamDecreeInput Input, string UnitName, string? CurrentScan);

public sealed record ReplaceFormViewModel(MembershipRow Member, string UnitName, int Year, IReadOnlyList<StaffOption> Staff, ReplaceTeamMemberInput Input);

public sealed record EndFormViewModel(MembershipRow Member, string UnitName, int Year, EndTeamMemberInput Input);

public sealed record UnitYearPickerModel(IReadOnlyList<UnitOption> Units, int UnitId, int Year, string Action);
