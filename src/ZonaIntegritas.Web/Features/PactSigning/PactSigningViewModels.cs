using ZonaIntegritas.Web.Domain.IntegrityPacts;

namespace ZonaIntegritas.Web.Features.PactSigning;

public sealed record PendingPact(int CampaignId, string Title, string OccasionLabel, DateOnly ClosesOn, string UnitName);

public sealed record MySignedPact(int SignatureId, string CampaignTitle, DateTime SignedAtUtc, SignatureMethod Method, string VerificationCode, bool Voided);

public sealed record MyPactsViewModel(bool LinkedToStaff, IReadOnlyList<PendingPact> Pending, IReadOnlyList<MySignedPact> Signed);

public sealed record PendingPactsWidgetModel(bool LinkedToStaff, IReadOnlyList<PendingPact> Pending, int UnreadNotifications);

public sealed record PactSigningViewModel(
    int CampaignId,
    string CampaignTitle,
    string OccasionLabel,
    DateOnly ClosesOn,
    string Title,
    string TextHtml,
    string TextSha256,
    PactVariant Variant,
    string SignerName,
    string? Nip,
    string? Position,
    string UnitName,
    string Place,
    DateOnly Date,
    int? ExistingSignatureId,
    string? BlockedMessage)
{
    public bool CanSign => BlockedMessage is null;
}

public sealed record PactSignedViewModel(int SignatureId, string CampaignTitle, string SignerName, DateTime SignedAtUtc, string VerificationCode, string VerificationUrl, string TextSha256);
