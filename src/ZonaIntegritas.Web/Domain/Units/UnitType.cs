namespace ZonaIntegritas.Web.Domain.Units;

public enum UnitType
{
    Kanwil = 1,
    KantorKemenag = 2,
    Kua = 3,
    Madrasah = 4,
    Other = 9,
}

public static class UnitTypeNames
{
    public static string Display(this UnitType type) => type switch
    {
        UnitType.Kanwil => "Kanwil",
        UnitType.KantorKemenag => "Kantor Kemenag Kab/Kota",
        UnitType.Kua => "KUA",
        UnitType.Madrasah => "Madrasah",
        _ => "Lainnya",
    };
}
