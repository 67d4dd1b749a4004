using ZonaIntegritas.Web.Domain.Evidence;

namespace ZonaIntegritas.Web.Features.Evidence;

/// <summary>Small display helpers shared by the evidence views.</summary>
public static class EvidenceDisplay
{
    /// <summary>Bootstrap colour of a link state's badge.</summary>
    public static string Badge(EvidenceLinkState state) => state switch
    {
        EvidenceLinkState.Accepted => "text-bg-success",
        EvidenceLinkState.NeedsFix => "text-bg-warning",
        EvidenceLinkState.Rejected => "text-bg-danger",
        EvidenceLinkState.NewVersionPending => "text-bg-info",
        _ => "text-bg-secondary",
    };

    public static string Badge(EvidenceReviewStatus status) => status switch
    {
        EvidenceReviewStatus.Accepted => "text-bg-success",
        EvidenceReviewStatus.NeedsFix => "text-bg-warning",
        _ => "text-bg-danger",
    };

    public static string Icon(string extension) => extension switch
    {
        ".pdf" => "bi-file-earmark-pdf",
        ".jpg" or ".jpeg" or ".png" => "bi-file-earmark-image",
        ".docx" => "bi-file-earmark-word",
        ".xlsx" => "bi-file-earmark-excel",
        ".pptx" => "bi-file-earmark-ppt",
        ".mp4" => "bi-file-earmark-play",
        _ => "bi-file-earmark",
    };
}
