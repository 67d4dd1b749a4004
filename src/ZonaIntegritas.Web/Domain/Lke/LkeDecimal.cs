using System.Globalization;

namespace ZonaIntegritas.Web.Domain.Lke;

public static class LkeDecimal
{
    /// <summary>The same value without trailing zeros (15.750000 → 15.75, 30.0 → 30), for files and messages.</summary>
    public static decimal Trim(decimal value)
    {
        var text = value.ToString(CultureInfo.InvariantCulture);
        return text.Contains('.') ? decimal.Parse(text.TrimEnd('0').TrimEnd('.'), CultureInfo.InvariantCulture) : value;
    }
}
