using System.Globalization;
using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using QRCoder;
using ZonaIntegritas.Web.Domain.Users;
using ZonaIntegritas.Web.Infrastructure.Audit;
using ZonaIntegritas.Web.Infrastructure.Authorization;
using ZonaIntegritas.Web.Infrastructure.Identity.Sessions;

namespace ZonaIntegritas.Web.Features.TwoFactor;

/// <summary>
/// Enrolment and removal of the authenticator. Every change renews the user's security stamp (Identity), which ends
/// the user's other sessions; the session making the change continues (CurrentSession + RefreshSignInAsync).
/// </summary>
public sealed class TwoFactorService(
    SignInManager<AppUser> signIn,
    CurrentSession session,
    IAuditTrail audit,
    IOptions<SignInSessionOptions> options)
{
    private const string Issuer = "Portal Zona Integritas";

    private UserManager<AppUser> Users => signIn.UserManager;

    public bool IsRequired(ClaimsPrincipal principal) =>
        options.Value.RequireTwoFactorForAdministrators && Permissions.Has(principal, Permissions.RequiresTwoFactor);

    public async Task<TwoFactorStatusViewModel> StatusAsync(ClaimsPrincipal principal)
    {
        var user = await Users.GetUserAsync(principal) ?? throw new InvalidOperationException("Signed-in user not found.");
        return new TwoFactorStatusViewModel(user.TwoFactorEnabled, await Users.CountRecoveryCodesAsync(user), IsRequired(principal));
    }

    /// <summary>The key to enrol (created on first visit), or null when two-factor sign-in is already on.</summary>
    public async Task<TwoFactorEnrolmentViewModel?> EnrolmentAsync(ClaimsPrincipal principal)
    {
        var user = await Users.GetUserAsync(principal) ?? throw new InvalidOperationException("Signed-in user not found.");
        if (user.TwoFactorEnabled)
        {
            return null;
        }
        var key = await Users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await Users.ResetAuthenticatorKeyAsync(user);
            await KeepThisSessionAsync(user);
            key = await Users.GetAuthenticatorKeyAsync(user) ?? throw new InvalidOperationException("No authenticator key.");
        }
        var account = Uri.EscapeDataString(user.Email ?? user.UserName ?? "");
        var uri = $"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{account}?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits=6";
        var (path, size) = QrSvgPath(uri);
        return new TwoFactorEnrolmentViewModel(FormatKey(key), path, size, IsRequired(principal));
    }

    /// <summary>Turns two-factor sign-in on when the code matches; returns the new recovery codes, or null.</summary>
    public async Task<RecoveryCodesViewModel?> ConfirmEnrolmentAsync(ClaimsPrincipal principal, string code)
    {
        var user = await Users.GetUserAsync(principal) ?? throw new InvalidOperationException("Signed-in user not found.");
        if (user.TwoFactorEnabled
            || !await Users.VerifyTwoFactorTokenAsync(user, Users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            return null;
        }
        await Users.SetTwoFactorEnabledAsync(user, true);
        var codes = (await Users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10))?.ToList() ?? [];
        await KeepThisSessionAsync(user);
        await audit.RecordEventAsync(AuditEvents.TwoFactorChanged, user.Id, user.UnitId, new Dictionary<string, string?> { ["Aktif"] = "ya" });
        return new RecoveryCodesViewModel(codes);
    }

    /// <summary>Turns two-factor sign-in off (false when it is required for this user).</summary>
    public async Task<bool> DisableAsync(ClaimsPrincipal principal)
    {
        if (IsRequired(principal))
        {
            return false;
        }
        var user = await Users.GetUserAsync(principal) ?? throw new InvalidOperationException("Signed-in user not found.");
        await Users.SetTwoFactorEnabledAsync(user, false);
        await Users.ResetAuthenticatorKeyAsync(user);
        await KeepThisSessionAsync(user);
        await audit.RecordEventAsync(AuditEvents.TwoFactorChanged, user.Id, user.UnitId, new Dictionary<string, string?> { ["Aktif"] = "tidak" });
        return true;
    }

    private async Task KeepThisSessionAsync(AppUser user)
    {
        await session.ContinueAfterCredentialChangeAsync(user);
        await signIn.RefreshSignInAsync(user);
    }

    private static string FormatKey(string key)
    {
        var text = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            text.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }
        return text.ToString().TrimEnd().ToLowerInvariant();
    }

    /// <summary>The QR code as one SVG path (one unit per module, quiet zone included): no image, no inline style.</summary>
    private static (string Path, int Size) QrSvgPath(string payload)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(payload, QRCodeGenerator.ECCLevel.M);
        var matrix = data.ModuleMatrix;
        var path = new StringBuilder();
        for (var row = 0; row < matrix.Count; row++)
        {
            for (var col = 0; col < matrix.Count; col++)
            {
                if (matrix[row][col])
                {
                    path.Append(CultureInfo.InvariantCulture, $"M{col} {row}h1v1h-1z");
                }
            }
        }
        return (path.ToString(), matrix.Count);
    }
}
