using ZonaIntegritas.IntegrationTests.Infrastructure;

namespace ZonaIntegritas.IntegrationTests.Uploads;

/// <summary>The portal with a 1 MB limit for scanned documents (<c>Uploads:MaxScanBytes</c>), so over-size cases stay small.</summary>
public sealed class UploadsFactory : PortalFactory
{
    public const int ScanLimitBytes = 1024 * 1024;

    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Uploads:MaxScanBytes"] = ScanLimitBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
