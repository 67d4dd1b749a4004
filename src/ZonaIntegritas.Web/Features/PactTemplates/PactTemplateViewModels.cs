namespace ZonaIntegritas.Web.Features.PactTemplates;

public sealed record PactTemplateListItem(int Id, string Name, string ScopeLabel, int LatestNumber, bool LatestLocked, bool CanEdit);

public sealed record UnitOption(int Id, string Name);

public sealed record PactTemplateFormViewModel(
    SavePactTemplateInput Input,
    IReadOnlyList<UnitOption> Units,
    bool AllowPortalWide,
    int? LatestNumber,
    bool LatestLocked);

public sealed record PactTemplateVersionRow(int Id, int Number, string Title, DateTime CreatedAtUtc, DateTime? LockedAtUtc);

public sealed record PactTemplateDetailsViewModel(
    int Id,
    string Name,
    string ScopeLabel,
    bool CanEdit,
    IReadOnlyList<PactTemplateVersionRow> Versions,
    PactTemplateVersionRow Shown,
    string OfficialHtml,
    string StaffHtml);

public sealed record PactTemplatePreviewViewModel(string Title, string OfficialHtml, string StaffHtml);

public sealed record PactTemplateSaved(int Id, int VersionNumber, bool NewVersion);
