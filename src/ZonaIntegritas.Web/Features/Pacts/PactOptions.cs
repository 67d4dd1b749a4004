namespace ZonaIntegritas.Web.Features.Pacts;

/// <summary><c>Pakta:*</c> settings.</summary>
public sealed class PactOptions
{
    public const string Section = "Pakta";

    /// <summary>Base address printed in QR codes (e.g. https://zi.kemenagkotamalang.go.id). Empty = the request's own address.</summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>First line of the letterhead.</summary>
    public string LetterheadAgency { get; set; } = "KEMENTERIAN AGAMA REPUBLIK INDONESIA";

    /// <summary>Verification page requests allowed per client address per minute.</summary>
    public int VerificationRequestsPerMinute { get; set; } = 30;
}
