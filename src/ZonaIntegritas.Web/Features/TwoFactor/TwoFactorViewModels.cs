namespace ZonaIntegritas.Web.Features.TwoFactor;

public sealed record TwoFactorStatusViewModel(bool Enabled, int RecoveryCodesLeft, bool Required);

/// <summary>The enrolment page: the key as a QR code (SVG path) and as text to type in.</summary>
/// <param name="Required">The account must use two-factor sign-in (computed by <see cref="TwoFactorService.IsRequired"/>).</param>
public sealed record TwoFactorEnrolmentViewModel(string SharedKey, string QrSvgPath, int QrSize, bool Required, string? Code = null);

public sealed record RecoveryCodesViewModel(IReadOnlyList<string> Codes);
