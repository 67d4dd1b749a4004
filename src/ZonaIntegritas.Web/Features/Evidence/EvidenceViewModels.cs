using ZonaIntegritas.Web.Domain.Evidence;
using ZonaIntegritas.Web.Domain.Units;

namespace ZonaIntegritas.Web.Features.Evidence;

public sealed record UnitOption(int Id, string Name);

public sealed record AreaOption(string Code, string Name);

public sealed record QuestionOption(string Code, string Text, string AreaCode, string Group);

public sealed record UserOption(string Id, string Name);

/// <summary>One link as shown in lists: question code, state and the carry-over flag.</summary>
public sealed record LinkBadge(int LinkId, int Year, string QuestionCode, EvidenceLinkState State, bool NeedsRevalidation);

public sealed record EvidenceRow(
    int Id,
    string Title,
    string AreaCode,
    int Year,
    DateOnly DocumentDate,
    string Tags,
    int RevisionNumber,
    long SizeBytes,
    string Extension,
    string UploaderName,
    DateTime UploadedAtUtc,
    DateTime? DeletedAtUtc,
    bool CanRestore,
    IReadOnlyList<LinkBadge> Links);

public sealed record EvidenceListViewModel(
    EvidenceListQuery Query,
    int UnitId,
    IndonesianTimeZone TimeZone,
    IReadOnlyList<UnitOption> Units,
    IReadOnlyList<UserOption> Uploaders,
    IReadOnlyList<int> Years,
    IReadOnlyList<EvidenceRow> Rows,
    int Total,
    int Page,
    int PageCount,
    bool CanUpload,
    bool CanManage);

public sealed record RevisionRow(int Id, int Number, string FileName, string Sha256, long SizeBytes, string ContentType, string UploaderName, DateTime UploadedAtUtc, bool IsCurrent);

public sealed record ReviewRow(EvidenceReviewStatus Status, string? Note, string ReviewerName, DateTime ReviewedAtUtc, int RevisionNumber);

public sealed record LinkRow(
    int Id,
    int Year,
    string QuestionCode,
    string QuestionText,
    string AreaName,
    string IndicatorName,
    EvidenceLinkState State,
    bool NeedsRevalidation,
    bool CanEdit,
    IReadOnlyList<ReviewRow> Reviews);

public sealed record EvidenceDetailsViewModel(
    int Id,
    int UnitId,
    string UnitName,
    IndonesianTimeZone TimeZone,
    string Title,
    string? Description,
    DateOnly DocumentDate,
    int Year,
    string AreaCode,
    IReadOnlyList<string> Tags,
    string UploaderName,
    DateTime UploadedAtUtc,
    DateTime? DeletedAtUtc,
    RevisionRow? Current,
    bool InlinePreview,
    bool IsImage,
    IReadOnlyList<RevisionRow> Revisions,
    IReadOnlyList<LinkRow> Links,
    IReadOnlyList<QuestionOption> LinkableQuestions,
    bool CanEdit,
    bool CanReview,
    bool CanManage,
    bool CanRestore,
    long MaxBytes,
    string Accept);

public sealed record EditEvidenceViewModel(EditEvidenceInput Input, IReadOnlyList<AreaOption> Areas);

public sealed record DeleteEvidenceViewModel(int Id, string Title, IReadOnlyList<LinkRow> Links);

public sealed record UploadPageViewModel(
    IReadOnlyList<UnitOption> Units,
    int UnitId,
    int Year,
    IReadOnlyList<AreaOption> Areas,
    string? AreaCode,
    IReadOnlyList<QuestionOption> Questions,
    IReadOnlyList<string> SelectedQuestions,
    long MaxBytes,
    string Accept,
    string AllowedLabels);

/// <summary>The per-question page: the question, its typical evidence and the linked items; attach candidates.</summary>
public sealed record QuestionEvidenceViewModel(
    int UnitId,
    string UnitName,
    int Year,
    string QuestionCode,
    string QuestionText,
    string AreaName,
    string IndicatorName,
    IReadOnlyList<string> TypicalEvidence,
    IReadOnlyList<QuestionEvidenceItem> Items,
    EvidenceLinkCounts Counts,
    IReadOnlyList<AttachCandidate> Candidates,
    string? Search,
    bool CanEdit,
    bool CanReview,
    string ReturnUrl);

public sealed record QuestionEvidenceItem(
    int LinkId,
    int ItemId,
    string Title,
    DateOnly DocumentDate,
    int? RevisionId,
    int RevisionNumber,
    string Extension,
    long SizeBytes,
    EvidenceLinkState State,
    bool NeedsRevalidation,
    string? LatestNote);

public sealed record AttachCandidate(int ItemId, string Title, string AreaCode, int Year, DateOnly DocumentDate);

/// <summary>Link counts of one question, one area or a whole year. Pending includes new versions awaiting review.</summary>
public sealed record EvidenceLinkCounts(int Accepted, int Pending, int NeedsFix, int Rejected, int NeedsRevalidation, int NewVersionPending)
{
    public static EvidenceLinkCounts Empty { get; } = new(0, 0, 0, 0, 0, 0);

    public int Total => Accepted + Pending + NeedsFix + Rejected;

    public EvidenceLinkCounts Add(EvidenceLinkState state, bool needsRevalidation, int count = 1)
    {
        var revalidation = NeedsRevalidation + (needsRevalidation ? count : 0);
        return state switch
        {
            EvidenceLinkState.Accepted => this with { Accepted = Accepted + count, NeedsRevalidation = revalidation },
            EvidenceLinkState.NeedsFix => this with { NeedsFix = NeedsFix + count, NeedsRevalidation = revalidation },
            EvidenceLinkState.Rejected => this with { Rejected = Rejected + count, NeedsRevalidation = revalidation },
            EvidenceLinkState.NewVersionPending => this with { Pending = Pending + count, NewVersionPending = NewVersionPending + count, NeedsRevalidation = revalidation },
            _ => this with { Pending = Pending + count, NeedsRevalidation = revalidation },
        };
    }
}

/// <summary>Counts per question code and per change-area letter (A–F) for one unit and year.</summary>
public sealed record EvidenceCounts(
    IReadOnlyDictionary<string, EvidenceLinkCounts> ByQuestion,
    IReadOnlyDictionary<string, EvidenceLinkCounts> ByArea,
    EvidenceLinkCounts Total)
{
    public EvidenceLinkCounts ForQuestion(string code) => ByQuestion.GetValueOrDefault(code) ?? EvidenceLinkCounts.Empty;

    public EvidenceLinkCounts ForArea(string areaLetter) => ByArea.GetValueOrDefault(areaLetter) ?? EvidenceLinkCounts.Empty;
}

public sealed record AreaSummaryRow(string AreaCode, string AreaName, int QuestionCount, int QuestionsWithEvidence, EvidenceLinkCounts Counts);

public sealed record AreaSummaryViewModel(int UnitId, int Year, IReadOnlyList<AreaSummaryRow> Rows, EvidenceLinkCounts Total);

public sealed record QuotaRow(int UnitId, string UnitName, int Items, int Revisions, long LogicalBytes, long UniqueBytes, long DeletedBytes);

public sealed record QuotaAreaRow(string AreaCode, string AreaName, int Items, long LogicalBytes);

public sealed record QuotaViewModel(IReadOnlyList<QuotaRow> Units, int SelectedUnitId, IReadOnlyList<QuotaAreaRow> Areas, long TotalStoredBytes);

/// <summary>The JSON answer to one uploaded file.</summary>
public sealed record UploadResponse(bool Ok, string Message, int? Id = null, string? Title = null, IReadOnlyList<string>? Questions = null, string? Url = null, bool Deduplicated = false);

public sealed record ReviewFormModel(int LinkId, int RevisionId, int RevisionNumber, string ReturnUrl);

public sealed record QuestionItemsModel(IReadOnlyList<QuestionEvidenceItem> Items, bool CanEdit, bool CanReview, string ReturnUrl);

/// <summary>The worksheet panel under one question.</summary>
public sealed record QuestionPanelViewModel(
    int UnitId,
    int Year,
    string QuestionCode,
    IReadOnlyList<QuestionEvidenceItem> Items,
    EvidenceLinkCounts Counts,
    bool CanEdit,
    bool CanReview,
    string ReturnUrl);
