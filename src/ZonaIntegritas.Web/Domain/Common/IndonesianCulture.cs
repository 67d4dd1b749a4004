using System.Globalization;

namespace ZonaIntegritas.Web.Domain.Common;

/// <summary>
/// The one id-ID culture of the portal (1.234,56; 22 November 2026), for the domain's messages and every display
/// helper (<c>Infrastructure.Web.Fmt</c>). Read-only and shared.
/// </summary>
public static class IndonesianCulture
{
    public static readonly CultureInfo Id = CultureInfo.GetCultureInfo("id-ID");
}
