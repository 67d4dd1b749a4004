using Microsoft.AspNetCore.Mvc.Rendering;
using ZonaIntegritas.Web.Features.Shared;

namespace ZonaIntegritas.Web.Features.Users;

/// <summary>The list filter, bound from the query string.</summary>
public sealed class UserFilterInput
{
    public int? UnitId { get; set; }
    public string? Role { get; set; }

    /// <summary>"aktif", "nonaktif" or empty for both.</summary>
    public string? Status { get; set; }
    public string? Q { get; set; }
    public int Page { get; set; } = 1;
}

public sealed record UserRowViewModel(
    string Id,
    string FullName,
    string Email,
    string UnitName,
    IReadOnlyList<string> RoleLabels,
    string? StaffNip,
    bool IsActive,
    bool IsLockedOut,
    bool MustChangePassword,
    DateTime? LastSignInAtUtc);

public sealed record UserListViewModel(
    UserFilterInput Filter,
    IReadOnlyList<UserRowViewModel> Rows,
    PagerViewModel Pager,
    IReadOnlyList<SelectListItem> UnitOptions,
    IReadOnlyList<SelectListItem> RoleOptions);

public sealed record RoleOption(string Name, string Label, bool Checked);

public sealed record AreaOption(string Code, string Name, bool Checked);

/// <summary>Choices shared by the create and edit forms.</summary>
public sealed record UserFormOptions(
    IReadOnlyList<SelectListItem> Units,
    IReadOnlyList<SelectListItem> Staff,
    IReadOnlyList<RoleOption> Roles);

public sealed record CreateUserFormViewModel(CreateUserInput Input, UserFormOptions Options);

/// <summary>Read-only facts about the account shown next to the edit form.</summary>
public sealed record UserAccountStatus(
    bool IsActive,
    bool IsLockedOut,
    bool MustChangePassword,
    bool IsSelf,
    DateTime CreatedAtUtc,
    DateTime? LastSignInAtUtc);

public sealed record EditUserFormViewModel(
    string Id,
    EditUserInput Input,
    UserFormOptions Options,
    IReadOnlyList<AreaOption> Areas,
    UserAccountStatus Status,
    string? TemporaryPassword);

/// <summary>The account fields shared by the create and edit forms (<c>_UserFields</c>).</summary>
public sealed record UserFieldsViewModel(
    string Email,
    string FullName,
    int UnitId,
    UserFormOptions Options,
    string? UserId)
{
    public bool IsNew => UserId is null;
}
