using ZonaIntegritas.Web.Domain.IntegrityPacts;
using ZonaIntegritas.Web.Domain.Units;
using ZonaIntegritas.Web.Features.Pacts;
using ZonaIntegritas.Web.Features.PactTemplates;
using ZonaIntegritas.Web.Features.Shared;

namespace ZonaIntegritas.Web.Features.PactCampaigns;

public sealed record PactCampaignListItem(
    int Id,
    string Title,
    string OccasionLabel,
    string UnitName,
    bool IncludeDescendants,
    DateOnly OpensOn,
    DateOnly ClosesOn,
    PactCampaignStatus Status,
    int Signed,
    int Total);

/// <summary>The campaign list; <paramref name="CanManage"/> shows "Kampanye baru" (computed by the service).</summary>
public sealed record PactCampaignListViewModel(IReadOnlyList<PactCampaignListItem> Campaigns, bool CanManage);

public sealed record TemplateVersionOption(int Id, string Label);

public sealed record PactCampaignFormViewModel(
    SavePactCampaignInput Input,
    IReadOnlyList<UnitOption> Units,
    IReadOnlyList<TemplateVersionOption> Versions,
    bool HasSignatures);

public sealed record UnitCoverageRow(int UnitId, string UnitName, int Signed, int Total);

public sealed record PactEvidenceExportRow(int Id, string QuestionCodes, DateTime CreatedAtUtc, string? CreatedByName, int SignedCount, int ParticipantCount, string PdfSha256,
    int? PdfEvidenceId, int? ListEvidenceId);

public sealed record PactCoverageViewModel(
    int Id,
    string Title,
    string OccasionLabel,
    string UnitName,
    bool IncludeDescendants,
    DateOnly OpensOn,
    DateOnly ClosesOn,
    PactCampaignStatus Status,
    string TemplateLabel,
    int TemplateId,
    DateTime? LastReminderAtUtc,
    IndonesianTimeZone Zone,
    int Signed,
    int Total,
    IReadOnlyList<UnitCoverageRow> Units,
    int? UnitFilter,
    IReadOnlyList<PactParticipantRow> Participants,
    IReadOnlyList<PactEvidenceExportRow> Exports,
    bool CanManage,
    bool MailEnabled)
{
    /// <summary>Pages of the "not signed" and "signed" lists (each list shows one page of <see cref="Participants"/>).</summary>
    public PagerViewModel? UnsignedPager { get; init; }

    public PagerViewModel? SignedPager { get; init; }
}

public sealed record PactReminderResult(int NotSigned, int Notified, int Emailed, int EmailFailed, int WithoutAccount);

public sealed record FilePactEvidenceViewModel(int CampaignId, string CampaignTitle, int Signed, int Total, FilePactEvidenceInput Input);

public static class Progress
{
    public static int Percent(int part, int total) => total == 0 ? 0 : (int)Math.Round(100m * part / total, MidpointRounding.AwayFromZero);
}
