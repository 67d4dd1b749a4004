using Microsoft.AspNetCore.Mvc.Rendering;
using ZonaIntegritas.Web.Domain.Audit;
using ZonaIntegritas.Web.Features.Shared;
using ZonaIntegritas.Web.Infrastructure.Audit;

namespace ZonaIntegritas.Web.Features.AuditLog;

public sealed record AuditFieldChange(string Field, string? Old, string? New);

public sealed record AuditRowViewModel(
    long Sequence,
    DateTime AtUtc,
    string Actor,
    string ClientAddress,
    string? UnitName,
    AuditAction Action,
    string EntityType,
    string? EntityId,
    IReadOnlyList<AuditFieldChange> Changes)
{
    public string ActionLabel => AuditLabels.Action(Action);
    public string EntityLabel => AuditLabels.Entity(EntityType);
}

public sealed record AuditListViewModel(
    AuditFilterInput Filter,
    IReadOnlyList<AuditRowViewModel> Rows,
    PagerViewModel Pager,
    IReadOnlyList<SelectListItem> UnitOptions,
    IReadOnlyList<SelectListItem> TypeOptions,
    IReadOnlyDictionary<string, string?> ExportQuery);

public sealed record AuditVerifyViewModel(AuditChainReport Report);

/// <summary>The "Riwayat" card: the latest entries for one object.</summary>
public sealed record AuditHistoryViewModel(string EntityType, string EntityId, IReadOnlyList<AuditRowViewModel> Rows, bool HasMore);
