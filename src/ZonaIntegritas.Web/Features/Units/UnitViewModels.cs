using Microsoft.AspNetCore.Mvc.Rendering;
using ZonaIntegritas.Web.Domain.Units;

namespace ZonaIntegritas.Web.Features.Units;

public sealed record UnitRowViewModel(
    int Id,
    int Depth,
    string Code,
    string Name,
    UnitType Type,
    string? City,
    IndonesianTimeZone TimeZone,
    bool HoldsWbk,
    bool IsActive,
    int ActiveStaff,
    int ActiveUsers);

public sealed record UnitTreeViewModel(IReadOnlyList<UnitRowViewModel> Rows);

/// <summary>The create/edit form: the posted input plus the choices for its dropdowns.</summary>
public sealed record UnitFormViewModel(
    int? Id,
    SaveUnitInput Input,
    IReadOnlyList<SelectListItem> ParentOptions,
    IReadOnlyList<SelectListItem> TypeOptions,
    IReadOnlyList<SelectListItem> TimeZoneOptions)
{
    public bool IsNew => Id is null;
}
