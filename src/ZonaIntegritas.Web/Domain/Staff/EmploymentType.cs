namespace ZonaIntegritas.Web.Domain.Staff;

public enum EmploymentType
{
    Pns = 1,
    Cpns = 2,
    Pppk = 3,
    NonAsn = 4,
}

public static class EmploymentTypes
{
    public static string Display(this EmploymentType type) => type switch
    {
        EmploymentType.Pns => "PNS",
        EmploymentType.Cpns => "CPNS",
        EmploymentType.Pppk => "PPPK",
        _ => "Non-ASN",
    };

    /// <summary>Parses the labels used in CSV files and forms (case-insensitive, "Non ASN" and "NonASN" too).</summary>
    public static EmploymentType? Parse(string? text)
    {
        var key = (text ?? "").Trim().Replace("-", "").Replace(" ", "").ToUpperInvariant();
        return key switch
        {
            "PNS" => EmploymentType.Pns,
            "CPNS" => EmploymentType.Cpns,
            "PPPK" => EmploymentType.Pppk,
            "NONASN" or "HONORER" => EmploymentType.NonAsn,
            _ => null,
        };
    }
}
