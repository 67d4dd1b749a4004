using ZonaIntegritas.Web.Domain.IntegrityPacts;
using ZonaIntegritas.Web.Domain.Units;

namespace ZonaIntegritas.Web.Features.PactSignatures;

public sealed record PactSignatureDetailsViewModel(
    int Id,
    int CampaignId,
    string CampaignTitle,
    string SignerName,
    string? Nip,
    string? Position,
    string UnitName,
    SignatureMethod Method,
    PactVariant Variant,
    DateTime SignedAtUtc,
    DateOnly SignedOn,
    string Place,
    string VerificationCode,
    string TextSha256,
    bool HashMatches,
    string? TypedName,
    string? Ip,
    string? UserAgent,
    string? DrawnSignatureDataUrl,
    string? ScanFileName,
    long? ScanSizeBytes,
    string? RecordedByName,
    DateTime? VoidedAtUtc,
    string? VoidedByName,
    string? VoidReason,
    string TextHtml,
    IndonesianTimeZone Zone,
    bool CanVoid);

public sealed record PaperCandidate(int StaffMemberId, string Label);

public sealed record PaperSignatureFormViewModel(
    int CampaignId,
    string CampaignTitle,
    DateOnly OpensOn,
    DateOnly ClosesOn,
    string MaxScanSize,
    IReadOnlyList<PaperCandidate> Candidates,
    RecordPaperSignatureInput Input);

public sealed record PactFile(byte[] Content, string ContentType, string FileName);
