namespace ZonaIntegritas.Web.Features.TwoFactor;

public sealed record TwoFactorStatusViewModel(bool Enabled, int RecoveryCodesLeft, bool Required);

/// <summary>The enrolment page: the key as a QR code (SVG path) and as text to type in.</summary>
public sealed record TwoFactorEnrolmentViewModel(string SharedKey, string QrSvgPath, int QrSize, string? Code = null);

public sealed record RecoveryCodesViewModel(IReadOnlyList<string> Codes);
