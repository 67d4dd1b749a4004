using Microsoft.AspNetCore.Mvc.Rendering;
using ZonaIntegritas.Web.Domain.Staff;
using ZonaIntegritas.Web.Features.Shared;

namespace ZonaIntegritas.Web.Features.Staff;

/// <summary>The staff list filter, bound from the query string.</summary>
public sealed class StaffFilterInput
{
    /// <summary>A unit; its sub-units are included.</summary>
    public int? UnitId { get; set; }
    public EmploymentType? Type { get; set; }

    /// <summary>"aktif", "nonaktif" or empty for both.</summary>
    public string? Status { get; set; }

    /// <summary>Part of the name or NIP.</summary>
    public string? Q { get; set; }
    public int Page { get; set; } = 1;
}

public sealed record StaffRowViewModel(
    int Id,
    string? Nip,
    string FullName,
    string? Position,
    string? RankGrade,
    EmploymentType EmploymentType,
    string UnitName,
    string? Email,
    bool IsActive,
    bool HasAccount);

public sealed record StaffListViewModel(
    StaffFilterInput Filter,
    IReadOnlyList<StaffRowViewModel> Rows,
    PagerViewModel Pager,
    IReadOnlyList<SelectListItem> UnitOptions,
    IReadOnlyList<SelectListItem> TypeOptions)
{
    /// <summary>The page's right to add/change, computed by the service (views compute no rights).</summary>
    public bool CanManage { get; init; }
}

public sealed record StaffFormViewModel(
    int? Id,
    SaveStaffInput Input,
    IReadOnlyList<SelectListItem> UnitOptions,
    IReadOnlyList<SelectListItem> TypeOptions)
{
    public bool IsNew => Id is null;
}
